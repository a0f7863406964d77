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
        /// Every rule's wording, cut into templates once: a review of a company's thousand small
        /// documents rebuilt them for each one.
        let wordings: [String: RuleWording]

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
            wordings = Coach.wordings(texts)
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

    /// The words of rule `id`, from `rules.txt`.
    func text(of id: String) -> RuleText? {
        texts[id]
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
        findings(document, objectives: document.objectives.indices, documentRules: true, includingKept: false)
    }

    /// `review(_:)` with the team's decisions among them: findings whose rule the item's `accepted`
    /// lists, marked `kept`, in the same order. What `okr lint`, `/review` and the Markdown show.
    public func review(_ document: Document, includingKept: Bool) -> [Finding] {
        findings(document, objectives: document.objectives.indices, documentRules: true, includingKept: includingKept)
    }

    /// The document with every key result's unstated fields read from its statement (what the source
    /// stated wins: `KeyResult.take(_:over: false)`), and the tally of `review(_:includingKept:)` of
    /// that document, in one pass: each statement is read once, for both (an import of 80,000 key
    /// results read every statement twice).
    public func review(completing document: Document, includingKept: Bool) -> (document: Document, tally: FindingTally) {
        let wordings = ruleWordings()
        var completed = document
        let review = review(document, objectives: document.objectives.indices, documentRules: true, includingKept: includingKept, completing: true) { hits in
            FindingTally(hits.lazy.map { (wordings[$0.rule]!.entry.severity, kept: $0.kept) })
        }
        completed.objectives = review.completed
        return (completed, review.found.reduce(FindingTally(), +))
    }

    /// `review(_:includingKept:)` and, once some key result has check-ins, the outcome review as of
    /// `asOf` (`YYYY-MM-DD`), in the same order: what `okr lint` and `okr export` show. A document
    /// without check-ins is reviewed exactly as `review(_:includingKept:)` reviews it.
    public func review(_ document: Document, includingKept: Bool, asOf: String) -> [Finding] {
        let outcome = DocumentScore.hasCheckIns(document) ? outcomeRules(document, asOf: asOf) : nil
        return findings(document, objectives: document.objectives.indices, documentRules: true, includingKept: includingKept, outcome: outcome)
    }

    /// Every objective's and key result's score as of `asOf` (`YYYY-MM-DD`). The coach reads a
    /// statement only where the key result's own numbers leave a gap.
    public func scores(_ document: Document, asOf: String) -> DocumentScore {
        status(document, asOf: asOf, includingKept: false, reviewing: false).scores
    }

    /// The scores as of `asOf` and the outcome review on them (no findings while no key result has a
    /// check-in): what `okr status` shows. Made in one pass, in chunks of objectives on all
    /// processors, reading each statement at most once and only where a score or a rule needs it.
    public func status(_ document: Document, asOf: String, includingKept: Bool) -> (scores: DocumentScore, findings: [Finding]) {
        status(document, asOf: asOf, includingKept: includingKept, reviewing: true)
    }

    private func status(_ document: Document, asOf: String, includingKept: Bool, reviewing: Bool) -> (scores: DocumentScore, findings: [Finding]) {
        let period = PeriodDates(period: document.period)
        let rules = reviewing && DocumentScore.hasCheckIns(document) ? outcomeRules(document, asOf: asOf) : nil
        let context = ParseContext(period: document.period.isEmpty ? nil : document.period)
        let wordings = ruleWordings()
        let vocabulary = self.vocabulary
        let chunks = ParallelChunks.map(count: document.objectives.count, minimumPerChunk: 200) { range in
            var scores: [ObjectiveScore] = []
            scores.reserveCapacity(range.count)
            var hits: [RuleHit] = []
            for o in range {
                let objective = document.objectives[o]
                let traits = TraitsCache(objective.keyResults, vocabulary: vocabulary, context: context)
                let score = ObjectiveScore(objective, asOf: asOf, period: period) { traits[$0] }
                scores.append(score)
                if let rules {
                    Coach.sift(rules.hits(objective, at: o, score: score) { traits[$0] }, of: objective, includingKept: includingKept, into: &hits)
                }
            }
            return (scores: scores, findings: Coach.sorted(Coach.ranked(hits, wordings)))
        }
        var scores: [ObjectiveScore] = []
        scores.reserveCapacity(document.objectives.count)
        var findings: [Finding] = []
        for chunk in chunks {
            scores += chunk.scores
            findings += chunk.findings
        }
        return (DocumentScore(asOf: asOf, period: period, objectives: scores), findings)
    }

    /// What the retrospective reads out once every grade is in: the grade rules and the outcome review
    /// as of `asOf` (the period's last day, or the retrospective's date when that comes first). The
    /// review's habits of a period under way (an overdue check-in, confidence ahead of the numbers)
    /// look forward, and are left to the check-ins.
    public func retrospective(_ document: Document, asOf: String) -> [Finding] {
        let underWay: Set = ["check-in-overdue", "confidence-without-progress"]
        let rules = Set(RuleCatalog.entries.filter { ($0.family == .grades || $0.family == .outcome) && !underWay.contains($0.id) }.map(\.id))
        return review(document, includingKept: false, asOf: asOf).filter { rules.contains($0.rule) }
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
        return findings(document, objectives: objectives, documentRules: matches("document"), includingKept: false)
            .filter { matches($0.target) }
    }

    /// The findings of `review(_:objectives:…)`, sorted and worded. Every finding of a chunk lies after
    /// those of the chunks before it in the sort order (its first key is the place in the document),
    /// so the chunks' sorted findings joined in order are the sort of all of them.
    private func findings(_ document: Document, objectives: some Sequence<Int>, documentRules: Bool, includingKept: Bool,
                          outcome: OutcomeRules? = nil) -> [Finding] {
        let wordings = ruleWordings()
        let found = review(document, objectives: objectives, documentRules: documentRules, includingKept: includingKept, outcome: outcome) {
            Coach.sorted(Coach.ranked($0, wordings))
        }.found
        // Appended chunk by chunk: joining them lazily went finding by finding through a generic iterator.
        var findings: [Finding] = []
        findings.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for chunk in found { findings += chunk }
        return findings
    }

    /// The rules' hits, each chunk's as `summarise` gives them: the document's own first, then the
    /// objectives' in document order, in contiguous chunks on all processors (a large document,
    /// `okr lint`, reviews its objectives independently). `completing`: every objective is completed
    /// as it is reviewed: the completed objectives come back in document order (none without it),
    /// and the document's own rules read the document with them.
    private func review<Found: Sendable>(_ document: Document, objectives: some Sequence<Int>, documentRules: Bool, includingKept: Bool,
                                         outcome: OutcomeRules? = nil, completing: Bool = false,
                                         summarising summarise: @escaping @Sendable ([RuleHit]) -> Found) -> (found: [Found], completed: [Objective]) {
        let objectives = Array(objectives)
        let context = ParseContext(period: document.period.isEmpty ? nil : document.period)
        let texts = self.texts
        let coach = self
        let chunks = ParallelChunks.map(count: objectives.count, minimumPerChunk: 200) { range in
            var completed: [Objective] = []
            let hits = coach.hits(document, objectives: objectives[range], context: context, includingKept: includingKept, outcome: outcome,
                                  completing: completing, into: &completed)
            return (found: summarise(hits), completed: completed)
        }
        var reviewed = document
        if completing { reviewed.objectives = chunks.flatMap(\.completed) }
        let documentHits = documentRules
            ? DocumentRules(purposeNames: texts["purpose-missing"]?.fields ?? [:], vocabulary: vocabulary).hits(reviewed) + GradeRules().documentHits(reviewed)
            : []
        return ([summarise(documentHits)] + chunks.map(\.found), completing ? reviewed.objectives : [])
    }

    /// In document order, then by severity, errors first, then by the rule's place in the catalog.
    private static func sorted(_ ranked: [Ranked]) -> [Finding] {
        ranked.sorted { a, b in
            if a.order != b.order { return a.order < b.order }
            if a.finding.severity != b.finding.severity { return a.finding.severity > b.finding.severity }
            return a.rank < b.rank
        }.map(\.finding)
    }

    /// What the objective and key result rules (and `outcome`, when given) find about `objectives`, in the
    /// order given; accepted rules left out, or marked kept.
    private func hits(_ document: Document, objectives: ArraySlice<Int>, context: ParseContext, includingKept: Bool, outcome: OutcomeRules?,
                      completing: Bool, into completed: inout [Objective]) -> [RuleHit] {
        let vocabulary = self.vocabulary
        let objectiveRules = ObjectiveRules(vocabulary: vocabulary, tooLongReasons: texts["objective-too-long"]?.fields ?? [:])
        let keyResultRules = KeyResultRules(vocabulary: vocabulary)
        var hits: [RuleHit] = []
        for o in objectives {
            var objective = document.objectives[o]
            let traits = objective.keyResults.map { KeyResultTraits($0, vocabulary: vocabulary, context: context, completing: completing) }
            if completing {
                objective.keyResults = traits.map(\.keyResult)
                completed.append(objective)
            }
            Coach.sift(objectiveRules.hits(objective, at: o, traits: traits), of: objective, includingKept: includingKept, into: &hits)
            var keyResultHits = keyResultRules.duplicates(traits, objective: o)
            for (k, trait) in traits.enumerated() {
                keyResultHits += keyResultRules.hits(trait, objective: o, index: k)
            }
            Coach.sift(keyResultHits, of: objective, includingKept: includingKept, into: &hits)
            Coach.sift(GradeRules().hits(objective, at: o) { traits[$0] }, of: objective, includingKept: includingKept, into: &hits)
            if let outcome {
                // The statements were just read for the traits: the scores and the rules take them from there.
                let score = ObjectiveScore(objective, asOf: outcome.asOf, period: outcome.period) { traits[$0] }
                Coach.sift(outcome.hits(objective, at: o, score: score) { traits[$0] }, of: objective, includingKept: includingKept, into: &hits)
            }
        }
        return hits
    }

    /// Appends `found` to `hits`, leaving out what the team accepted (an objective's finding by its
    /// `accepted`, a key result's by its own), or marking it kept as the team's decision.
    private static func sift(_ found: [RuleHit], of objective: Objective, includingKept: Bool, into hits: inout [RuleHit]) {
        for var hit in found {
            let accepted = hit.order.1 == 0 ? objective.accepted : objective.keyResults[hit.order.1 - 1].accepted
            if accepted.contains(hit.rule) {
                guard includingKept else { continue }
                hit.kept = true
            }
            hits.append(hit)
        }
    }

    /// The outcome review's rules for `document` as of `asOf`, with their sentence parts from `rules.txt`.
    private func outcomeRules(_ document: Document, asOf: String) -> OutcomeRules {
        let kpis = Dictionary(document.kpis.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var parts: [String: Template] = [:]
        for rule in ["kpi-up-outcome-flat", "kpi-side-effect", "check-in-overdue", "confidence-without-progress"] {
            for (field, text) in texts[rule]?.fields ?? [:] { parts[rule + " " + field] = Template(text) }
        }
        return OutcomeRules(asOf: asOf, period: PeriodDates(period: document.period), kpis: kpis, parts: parts)
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

    /// Every rule's wording by id: each finding then costs one lookup, where it took a scan of the
    /// catalog and two more lookups.
    private func ruleWordings() -> [String: RuleWording] {
        parts.wordings
    }

    private static func wordings(_ texts: [String: RuleText]) -> [String: RuleWording] {
        Dictionary(uniqueKeysWithValues: RuleCatalog.entries.enumerated().map { rank, entry in
            let text = texts[entry.id]!
            return (entry.id, RuleWording(rank: rank, entry: entry, message: Template(text.message), question: Template(text.question)))
        })
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
