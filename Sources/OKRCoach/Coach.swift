import OKRModel
import OKRPrompts

/// The coach: reviews a document against every rule of the catalog and words
/// each finding from the prompt files. Pure: no clock, no files, no terminal.
public struct Coach: Sendable {
    /// The rule texts and word lists: this coach's own, or the built-in ones, built on first use.
    private let storage: Storage

    private enum Storage: Sendable {
        case own(Parts)
        case builtin
    }

    private final class Parts: Sendable {
        let texts: [String: RuleText]
        let severities: [Severity: String]
        let failureModes: [Int: String]
        let vocabulary: Vocabulary

        init(rules: PromptFile, words: PromptFile) throws(PromptFileError) {
            var texts: [String: RuleText] = [:]
            for entry in RuleCatalog.entries {
                texts[entry.id] = try RuleText(ruleID: entry.id, in: rules)
            }
            self.texts = texts
            var severities: [Severity: String] = [:]
            let section = rules["severities"]
            for severity in Severity.allCases {
                guard let meaning = section?[severity.rawValue], !meaning.allSatisfy(\.isWhitespace) else {
                    throw PromptFileError(file: rules.name, line: section?.line ?? 0, message: "[severities] needs a \(severity.rawValue) = line")
                }
                severities[severity] = meaning
            }
            self.severities = severities
            var modes: [Int: String] = [:]
            let modeSection = rules["failure-modes"]
            for mode in 1...5 {
                guard let name = modeSection?[String(mode)], !name.allSatisfy(\.isWhitespace) else {
                    throw PromptFileError(file: rules.name, line: modeSection?.line ?? 0, message: "[failure-modes] needs a \(mode) = line")
                }
                modes[mode] = name
            }
            failureModes = modes
            vocabulary = try Vocabulary(words)
        }
    }

    /// The built-in prompt files parsed and their word lists built once, when a review first
    /// needs them (thread-safe, as every `static let`): the workshop shows its first question
    /// before this work, which is about half of what okr does up to that question.
    private static let builtinParts: Parts = {
        do {
            return try Parts(rules: builtinFile("rules.txt"), words: builtinFile("words.txt"))
        } catch {
            preconditionFailure("the built-in prompts are broken: \(error)")
        }
    }()

    private var parts: Parts {
        switch storage {
        case .own(let parts): return parts
        case .builtin: return Coach.builtinParts
        }
    }

    private var texts: [String: RuleText] { parts.texts }
    private var vocabulary: Vocabulary { parts.vocabulary }

    /// Checks that every rule has a summary, message and question and that every word list is there.
    public init(rules: PromptFile, words: PromptFile) throws(PromptFileError) {
        storage = .own(try Parts(rules: rules, words: words))
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// The coach with the prompt files compiled into okr.
    public static func builtin() -> Coach {
        Coach(storage: .builtin)
    }

    private static func builtinFile(_ name: String) throws(PromptFileError) -> PromptFile {
        try PromptFile.parse(String(decoding: BuiltinPrompts.files[name] ?? [], as: UTF8.self), name: name)
    }

    /// The built-in prompts with a facilitator's copies laid over them.
    /// `overrides` maps a file name (`rules.txt`, `words.txt`) to the copy's text.
    /// Without either, the built-in coach, built on first use; a copy is checked at once.
    public static func load(overrides: [String: String]) throws(PromptFileError) -> Coach {
        guard overrides["rules.txt"] != nil || overrides["words.txt"] != nil else { return builtin() }
        func file(_ name: String) throws(PromptFileError) -> PromptFile {
            let builtin = try builtinFile(name)
            guard let text = overrides[name] else { return builtin }
            return builtin.overlaid(with: try PromptFile.parse(text, name: name))
        }
        return try Coach(rules: file("rules.txt"), words: file("words.txt"))
    }

    /// Every rule with its id, default severity, failure mode, what it looks for and why it has that severity.
    public var catalog: [Rule] {
        RuleCatalog.entries.map { entry in
            Rule(id: entry.id, severity: entry.severity, failureMode: entry.failureMode, summary: texts[entry.id]?.summary ?? "",
                 severityRationale: texts[entry.id]?.severityRationale ?? "")
        }
    }

    /// The name of failure mode `mode` (1...5), from `rules.txt`'s `[failure-modes]`.
    public func name(ofFailureMode mode: Int) -> String {
        parts.failureModes[mode] ?? ""
    }

    /// What each severity means for a team and for `okr lint`'s exit status, from `rules.txt`'s `[severities]`.
    public func meaning(of severity: Severity) -> String {
        parts.severities[severity] ?? ""
    }

    /// Runs every rule. Objective and key result findings whose rule id is in that
    /// item's `accepted` list are left out; document-level findings cannot be accepted
    /// (see `DocumentRules`). Sorted by place in the document, then by severity, errors first.
    public func review(_ document: Document) -> [Finding] {
        review(document, objectives: document.objectives.indices, documentRules: true, includingKept: false)
    }

    /// `review(_:)` with the team's decisions among them: findings whose rule the item's `accepted`
    /// lists, marked `kept`, in the same order. What `okr lint`, `/review` and the Markdown show.
    public func review(_ document: Document, includingKept: Bool) -> [Finding] {
        review(document, objectives: document.objectives.indices, documentRules: true, includingKept: includingKept)
    }

    /// `review(_:includingKept:)` and, once some key result has check-ins, the outcome review as of
    /// `asOf` (`YYYY-MM-DD`), in the same order: what `okr lint` and `okr export` show. A document
    /// without check-ins is reviewed exactly as `review(_:includingKept:)` reviews it.
    public func review(_ document: Document, includingKept: Bool, asOf: String) -> [Finding] {
        let rules: RuleSet = DocumentScore.hasCheckIns(document) ? .draftingAndOutcome(asOf: asOf) : .drafting
        return review(document, objectives: document.objectives.indices, documentRules: true, includingKept: includingKept, rules: rules)
    }

    /// Every objective's and key result's score as of `asOf` (`YYYY-MM-DD`): what `okr status` shows.
    /// The coach reads a statement where the key result's own numbers leave a gap.
    public func scores(_ document: Document, asOf: String) -> DocumentScore {
        DocumentScore(document, asOf: asOf, vocabulary: vocabulary)
    }

    /// The outcome review alone, on scores already made (`scores(_:asOf:)`): what
    /// `okr status` shows below the scores. Empty while no key result has a check-in.
    public func outcomeReview(_ document: Document, scores: DocumentScore, includingKept: Bool) -> [Finding] {
        guard DocumentScore.hasCheckIns(document) else { return [] }
        return review(document, objectives: document.objectives.indices, documentRules: false, includingKept: includingKept, rules: .outcome(scores))
    }

    /// Only what `review(_:)` finds about items whose id is `id` or starts with `prefix`
    /// (objectives and key results; `document` for the document itself), in the same order,
    /// reviewing only the objectives that hold such items. The workshop asks this after
    /// every answer; reviewing the whole document each time made answers slow on large documents.
    public func review(_ document: Document, about id: String, orPrefix prefix: String? = nil) -> [Finding] {
        func matches(_ target: String) -> Bool {
            target == id || prefix.map { target.hasPrefix($0) } == true
        }
        let objectives = document.objectives.indices.filter { o in
            let objective = document.objectives[o]
            return matches(objective.id) || objective.keyResults.contains { matches($0.id) }
        }
        return review(document, objectives: objectives, documentRules: matches("document"), includingKept: false)
            .filter { matches($0.target) }
    }

    /// Which rules a review runs: the drafting rules (every review), the outcome review as well
    /// (scores made per objective as it is reviewed), or the outcome review alone on given scores.
    private enum RuleSet: Sendable {
        case drafting
        case draftingAndOutcome(asOf: String)
        case outcome(DocumentScore)
    }

    private func review(_ document: Document, objectives: some Sequence<Int>, documentRules: Bool, includingKept: Bool,
                        rules: RuleSet = .drafting) -> [Finding] {
        let objectives = Array(objectives)
        let context = ParseContext(period: document.period.isEmpty ? nil : document.period)
        let wordings = ruleWordings()
        let texts = self.texts
        let documentHits = documentRules ? DocumentRules(purposeNames: texts["purpose-missing"]?.fields ?? [:], vocabulary: vocabulary).hits(document) : []
        // Objectives are reviewed independently: on a large document (okr lint) in contiguous
        // chunks on all processors, each sorted there and joined in document order. Every
        // finding of a chunk lies after those of the chunks before it in the sort order (its
        // first key is the place in the document), so this is the sort of all of them.
        let coach = self
        let chunks = ParallelChunks.map(count: objectives.count, minimumPerChunk: 200) { range in
            Coach.sorted(Coach.ranked(coach.hits(document, objectives: objectives[range], context: context, includingKept: includingKept, rules: rules),
                                      wordings))
        }
        // Appended chunk by chunk: joining them lazily went finding by finding through a generic iterator.
        var findings = Coach.sorted(Coach.ranked(documentHits, wordings))
        findings.reserveCapacity(chunks.reduce(findings.count) { $0 + $1.count })
        for chunk in chunks { findings += chunk }
        return findings
    }

    /// In document order, then by severity, errors first, then by the rule's place in the catalog.
    private static func sorted(_ ranked: [Ranked]) -> [Finding] {
        ranked.sorted { a, b in
            if a.order != b.order { return a.order < b.order }
            if a.finding.severity != b.finding.severity { return a.finding.severity > b.finding.severity }
            return a.rank < b.rank
        }.map(\.finding)
    }

    /// What the objective and key result rules find about `objectives`, in the order given; accepted rules
    /// left out, or marked kept.
    private func hits(_ document: Document, objectives: ArraySlice<Int>, context: ParseContext, includingKept: Bool, rules: RuleSet) -> [RuleHit] {
        let vocabulary = self.vocabulary
        let objectiveRules = ObjectiveRules(vocabulary: vocabulary, tooLongReasons: texts["objective-too-long"]?.fields ?? [:])
        let keyResultRules = KeyResultRules(vocabulary: vocabulary)
        let outcomeRules = outcomeRules(document, rules)
        var hits: [RuleHit] = []
        for o in objectives {
            let objective = document.objectives[o]
            let traits = objective.keyResults.map { KeyResultTraits($0, vocabulary: vocabulary, context: context) }
            // Accepted: dropped, or kept as the team's decision.
            func sift(_ found: [RuleHit], _ accepted: (RuleHit) -> Bool) {
                for var hit in found {
                    if accepted(hit) {
                        guard includingKept else { continue }
                        hit.kept = true
                    }
                    hits.append(hit)
                }
            }
            // An objective's finding is kept by its `accepted`, a key result's by its own.
            func accepted(_ hit: RuleHit) -> Bool {
                hit.order.1 == 0 ? objective.accepted.contains(hit.rule) : objective.keyResults[hit.order.1 - 1].accepted.contains(hit.rule)
            }
            if case .outcome = rules {} else {
                sift(objectiveRules.hits(objective, at: o, traits: traits), accepted)
                var keyResultHits = keyResultRules.duplicates(traits, objective: o)
                for (k, trait) in traits.enumerated() {
                    keyResultHits += keyResultRules.hits(trait, objective: o, index: k)
                }
                sift(keyResultHits, accepted)
            }
            if let outcomeRules {
                let score: ObjectiveScore
                if case .outcome(let scores) = rules {
                    score = scores.objectives[o]
                } else {
                    // The statements were just parsed for the traits: the scores read them from there.
                    score = ObjectiveScore(objective, asOf: outcomeRules.asOf, period: outcomeRules.period) { traits[$0] }
                }
                sift(outcomeRules.hits(objective, at: o, score: score, traits: traits), accepted)
            }
        }
        return hits
    }

    /// The outcome review's rules for `document`, when `rules` runs them.
    private func outcomeRules(_ document: Document, _ rules: RuleSet) -> OutcomeRules? {
        let asOf: String
        switch rules {
        case .drafting: return nil
        case .draftingAndOutcome(let date): asOf = date
        case .outcome(let scores): asOf = scores.asOf
        }
        let kpis = Dictionary(document.kpis.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fields = ["kpi-up-outcome-flat", "kpi-side-effect", "check-in-overdue", "confidence-without-progress"].map { ($0, texts[$0]?.fields ?? [:]) }
        return OutcomeRules(asOf: asOf, period: PeriodDates(period: document.period), kpis: kpis, texts: Dictionary(uniqueKeysWithValues: fields))
    }

    /// A finding with what `review` sorts it by: place in the document, severity, the rule's place in the catalog.
    private struct Ranked: Sendable {
        var order: (Int, Int)
        var rank: Int
        var finding: Finding
    }

    /// What every finding of one rule shares: its place in the catalog, its catalog entry and its words.
    private struct RuleWording: Sendable {
        var rank: Int
        var entry: RuleCatalog.Entry
        var message: Template
        var question: Template
    }

    /// Every rule's wording by id, gathered once per review: each finding then costs one lookup,
    /// where it took a scan of the catalog and two more lookups.
    private func ruleWordings() -> [String: RuleWording] {
        let texts = self.texts
        return Dictionary(uniqueKeysWithValues: RuleCatalog.entries.enumerated().map { rank, entry in
            let text = texts[entry.id]!
            return (entry.id, RuleWording(rank: rank, entry: entry, message: Template(text.message), question: Template(text.question)))
        })
    }

    /// A message or question cut once at its `{name}` placeholders, so that filling it for a finding
    /// joins pieces: `RuleText.fill` splits the whole text by Characters each time, which cost more
    /// than all the rest of a finding. One value is filled as `RuleText.fill` fills it.
    private struct Template: Sendable {
        let text: String
        /// Literal text and placeholder names in turn, from literal text; nil when there is no placeholder.
        private let pieces: [String]?

        init(_ text: String) {
            self.text = text
            // A placeholder is `{`, then Characters other than braces, then `}`, as RuleText.fill matches it.
            var pieces = [""]
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{") {
                pieces[pieces.count - 1] += rest[..<open]
                let inner = rest[rest.index(after: open)...]
                guard let close = inner.firstIndex(where: { $0 == "{" || $0 == "}" }), inner[close] == "}" else {
                    pieces[pieces.count - 1] += "{"
                    rest = inner
                    continue
                }
                pieces += [String(inner[..<close]), ""]
                rest = inner[inner.index(after: close)...]
            }
            pieces[pieces.count - 1] += rest
            self.pieces = pieces.count > 1 ? pieces : nil
        }

        func filled(_ values: [String: String]) -> String {
            guard let pieces, !values.isEmpty else { return text }
            guard !values.keys.contains(where: { $0.contains { $0 == "{" || $0 == "}" } }) else { return RuleText.fill(text, values) }
            guard values.count == 1, let (name, value) = values.first else {
                // Several values (the outcome review's) in one pass: a value quoting a KPI name with
                // braces in it is never filled in turn.
                var out = ""
                for (i, piece) in pieces.enumerated() {
                    out += i % 2 == 0 ? piece : values[piece] ?? "{" + piece + "}"
                }
                return out
            }
            var out = ""
            for (i, piece) in pieces.enumerated() {
                // Names compared Character by Character, as a search for `{name}` compares them.
                out += i % 2 == 0 ? piece : piece.elementsEqual(name) ? value : "{" + piece + "}"
            }
            return out
        }
    }

    /// The hits as findings with their sort keys.
    private static func ranked(_ hits: [RuleHit], _ wordings: [String: RuleWording]) -> [Ranked] {
        hits.map { hit in
            let wording = wordings[hit.rule]!
            let finding = Finding(
                rule: hit.rule, severity: wording.entry.severity, failureMode: wording.entry.failureMode, target: hit.target, path: hit.path,
                message: wording.message.filled(hit.values), question: wording.question.filled(hit.values), kept: hit.kept
            )
            return Ranked(order: hit.order, rank: wording.rank, finding: finding)
        }
    }
}
