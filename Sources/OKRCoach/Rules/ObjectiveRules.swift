import OKRModel

/// Rules about one objective's title and the set of its key results.
struct ObjectiveRules {
    let vocabulary: Vocabulary
    /// How `objective-too-long` names the limit passed (`reason.length`, `reason.sentences`, `reason.both` of rules.txt).
    let tooLongReasons: [String: String]

    /// Longer than this, an objective stops being something people remember.
    static let maximumLength = 70

    func hits(_ objective: Objective, at index: Int, traits: [KeyResultTraits]) -> [RuleHit] {
        var hits: [RuleHit] = []
        let title = objective.title.trimmingSpaces()
        // Pointers are built for hits only: most objectives have few or none. Their tokens in one array:
        // `/` copied them into a new array for each.
        let titleMember = "title", setMember = "keyResults"
        func hit(_ rule: String, _ member: String, _ values: [String: String] = [:]) {
            hits.append(RuleHit(rule: rule, target: objective.id, path: JSONPointer(["objectives", String(index), member]), order: (index + 1, 0), values: values))
        }
        // The title is split once, for its words and its numbers.
        let tokens = StatementLexer.tokens(title)
        let words = vocabulary.indexed(WordSequence(tokens: tokens))
        let fillers = vocabulary[.fillers]
        if holdsMetric(tokens, words) { hit("objective-has-metric", titleMember) }
        // A title is never longer in Characters than in bytes: most are settled without counting.
        let long = title.utf8.count > ObjectiveRules.maximumLength && title.count > ObjectiveRules.maximumLength
        let sentences = ObjectiveRules.sentenceCount(title)
        if long || sentences > 1 {
            let values = ["length": String(title.count), "limit": String(ObjectiveRules.maximumLength), "sentences": String(sentences)]
            let key = long && sentences > 1 ? "reason.both" : long ? "reason.length" : "reason.sentences"
            hit("objective-too-long", titleMember, ["reason": RuleText.fill(tooLongReasons[key] ?? "", values)])
        }
        if words.opens(with: vocabulary[.businessAsUsual], skipping: fillers) { hit("objective-business-as-usual", titleMember) }
        let isOutput = namesDeliverable(words)
        if isOutput { hit("objective-is-output", titleMember) }
        let count = objective.keyResults.count
        if count < 2 || count > 5 { hit("kr-count", setMember, ["count": String(count)]) }
        if !traits.isEmpty, !traits.contains(where: \.isAdoption), deliversToPeople(words, traits, isOutput: isOutput) {
            hit("no-adoption-kr", setMember)
        }
        if !traits.isEmpty, traits.allSatisfy(\.isLagging) { hit("no-leading-indicator", setMember) }
        return hits
    }

    /// An objective headed by an activity ("Launch…", "Successfully implement…", "Evaluate and build out…"),
    /// or by any verb whose object is a deliverable ("Create a planning process", "Extend the advertising
    /// programmes"); unless what follows says the change it should make ("Build a company that thrives",
    /// "Deliver city services effectively").
    private func namesDeliverable(_ words: WordSequence) -> Bool {
        let v = vocabulary
        let head = words.head(skipping: v[.fillers])
        guard head < words.words.count else { return false }
        let w = words.words
        let activities = v[.objectiveActivities]
        // "Evaluate and build out…", "Start publishing videos": the activity may come second.
        var activity = words.matchesAny(activities, at: head)
            || (head + 2 < w.count && w[head + 1] == "and" && words.matchesAny(activities, at: head + 2))
            || (head + 1 < w.count && ["start", "begin"].contains(w[head]) && words.matchesAny(vocabulary[.krActivities], at: head + 1))
        if !activity, head + 2 < w.count, ObjectiveRules.determiners.contains(w[head + 1]),
           !words.matchesAny(v[.changeVerbs], at: head), !words.matchesAny(v[.businessAsUsual], at: head),
           !ObjectiveRules.outcomeVerbs.contains(w[head]) {
            let deliverables = v.words(.deliverableNouns)
            activity = w[(head + 2)..<min(w.count, head + 5)].contains { deliverables.contains($0) }
        }
        guard activity else { return false }
        let qualifiers = v[.outcomeQualifiers]
        return !((head + 2)..<max(head + 2, w.count)).contains { words.matchesAny(qualifiers, at: $0) }
    }

    /// Whether the objective ships something people could take up, so that people using it is worth a
    /// key result: a deliverable title with mostly deliverable key results; only deliverables or attention
    /// for a title that names what is shipped or for whom; or a title naming the people it serves outside
    /// the team. Revenue to plan, a fiscal close or hiring deliver nothing anyone adopts.
    private func deliversToPeople(_ title: WordSequence, _ traits: [KeyResultTraits], isOutput: Bool) -> Bool {
        // Hiring ("Hire a lead engineer") gives nobody anything to adopt.
        if traits.allSatisfy(isStaffing) { return false }
        // A deliverable objective whose key results are mostly deliverables too.
        if isOutput, traits.filter({ $0.isOutput || $0.shape.isMilestone }).count * 2 >= traits.count { return true }
        // Only deliverables, or attention (followers, views) counted instead of use: the set can turn green
        // with nobody using what was shipped, when attention is counted or the title names what is shipped
        // or for whom ("Grow the leaders we need", not "Research is projecting the present into the future").
        let vanity = vocabulary[.vanityWords]
        let people = vocabulary.words(.people)
        let deliverables = vocabulary.words(.deliverableNouns)
        if traits.allSatisfy({ $0.isOutput || $0.shape.isMilestone || $0.words.contains(any: vanity) }),
           traits.contains(where: { $0.words.contains(any: vanity) }) || title.words.contains(where: { people.contains($0) || deliverables.contains($0) }) {
            return true
        }
        // The title names the people it serves outside the team: "… for our customers".
        return title.words.contains { people.contains($0) && !ObjectiveRules.insiders.contains($0) }
    }

    /// People words that name the team, its staff or its circle rather than those it serves.
    private static let insiders: WordSet = [
        "team", "teams", "staff", "employees", "members", "interns", "intern", "candidates", "candidate", "volunteers",
        "people", "person", "communities", "organisations", "organizations", "partners",
    ]

    /// "Hire a Senior test engineer", "Add 1 full time UI/UX designer", "Interview 25 candidates".
    private func isStaffing(_ trait: KeyResultTraits) -> Bool {
        let w = trait.words.words
        guard trait.head < w.count, ObjectiveRules.staffingVerbs.contains(w[trait.head]) else { return false }
        let people = vocabulary.words(.people)
        return w[trait.head...].contains { people.contains($0) }
    }

    private static let staffingVerbs: WordSet = ["hire", "recruit", "add", "interview", "source", "staff", "fill"]

    /// Words that open a verb's object: "Create a…", "Extend the…", "Roll out our…".
    private static let determiners: WordSet = ["a", "an", "the", "our", "new", "its", "their", "one", "this"]
    /// Verbs that say what should change rather than what to make.
    private static let outcomeVerbs: WordSet = [
        "make", "help", "become", "be", "turn", "win", "earn", "delight", "enable", "empower", "ensure", "simplify",
        "streamline", "strengthen", "modernise", "modernize", "transform", "unlock", "grow", "protect", "support",
    ]

    /// Numbers, money, percentages, "from X to Y" or multiples; a year ("in 2027") is a time, not a metric.
    private func holdsMetric(_ tokens: [StatementToken], _ words: WordSequence) -> Bool {
        let quantities = QuantityScanner.scan(tokens, skipping: nil)
        // A year ("in 2027") is a time; "one team", "#1", "top 3" name a place or a group rather than a metric.
        let amounts = quantities.filter { q in
            !(q.unit == nil && q.value == q.value.rounded() && (1900...2200).contains(q.value))
                && !(q.spelled && q.unit == nil) && q.form != .rank
        }
        return !amounts.isEmpty || words.contains(any: vocabulary[.relativeChange])
    }

    /// Sentences end at . ! or ? followed by a space and a capital letter ("e.g. this" stays one).
    static func sentenceCount(_ text: String) -> Int {
        // ASCII on bytes: none of ". ", "!", "?", a space or a capital joins a neighbour into one
        // Character, so the byte triples are the Character triples (splitting into Characters cost
        // more than all the other objective rules together). Read in place, not copied into an array.
        var text = text
        let ascii: Int? = text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            var count = 1
            for i in utf8.indices.dropLast(2) where utf8[i + 1] == UInt8(ascii: " ") {
                switch (utf8[i], utf8[i + 2]) {
                case (UInt8(ascii: "."), UInt8(ascii: "A")...UInt8(ascii: "Z")),
                     (UInt8(ascii: "!"), UInt8(ascii: "A")...UInt8(ascii: "Z")),
                     (UInt8(ascii: "?"), UInt8(ascii: "A")...UInt8(ascii: "Z")):
                    count += 1
                default:
                    break
                }
            }
            return count
        }
        if let ascii { return ascii }
        let chars = Array(text)
        var count = 1
        for i in chars.indices.dropLast(2) where ".!?".contains(chars[i]) && chars[i + 1] == " " && chars[i + 2].isUppercase {
            count += 1
        }
        return count
    }
}
