import OKRModel

/// Rules about one objective's title and the set of its key results.
struct ObjectiveRules {
    let vocabulary: Vocabulary

    /// Longer than this, an objective stops being something people remember.
    static let maximumLength = 70

    func hits(_ objective: Objective, at index: Int, traits: [KeyResultTraits]) -> [RuleHit] {
        var hits: [RuleHit] = []
        let title = objective.title.trimmingSpaces()
        // Pointers are built for hits only: most objectives have few or none.
        let titleMember = "title", setMember = "keyResults"
        func hit(_ rule: String, _ member: String, _ values: [String: String] = [:]) {
            hits.append(RuleHit(rule: rule, target: objective.id, path: JSONPointer.root / "objectives" / index / member, order: (index + 1, 0), values: values))
        }
        let words = WordSequence(title)
        let fillers = vocabulary[.fillers]
        if holdsMetric(title, words) { hit("objective-has-metric", titleMember) }
        if title.count > ObjectiveRules.maximumLength || ObjectiveRules.sentenceCount(title) > 1 {
            hit("objective-too-long", titleMember, ["length": String(title.count)])
        }
        if words.opens(with: vocabulary[.businessAsUsual], skipping: fillers) { hit("objective-business-as-usual", titleMember) }
        if words.opens(with: vocabulary[.objectiveActivities], skipping: fillers) { hit("objective-is-output", titleMember) }
        let count = objective.keyResults.count
        if count < 2 || count > 5 { hit("kr-count", setMember, ["count": String(count)]) }
        if !traits.isEmpty, !traits.contains(where: \.isAdoption) { hit("no-adoption-kr", setMember) }
        if !traits.isEmpty, traits.allSatisfy(\.isLagging) { hit("no-leading-indicator", setMember) }
        return hits
    }

    /// Numbers, money, percentages, "from X to Y" or multiples; a year ("in 2027") is a time, not a metric.
    private func holdsMetric(_ title: String, _ words: WordSequence) -> Bool {
        let quantities = QuantityScanner.scan(StatementLexer.tokens(title), skipping: nil)
        let amounts = quantities.filter { q in
            !(q.unit == nil && q.value == q.value.rounded() && (1900...2200).contains(q.value))
        }
        return !amounts.isEmpty || words.contains(any: vocabulary[.relativeChange])
    }

    /// Sentences end at . ! or ? followed by a space and a capital letter ("e.g. this" stays one).
    static func sentenceCount(_ text: String) -> Int {
        // ASCII on bytes: none of ". ", "!", "?", a space or a capital joins a neighbour into one
        // Character, so the byte triples are the Character triples (splitting into Characters cost
        // more than all the other objective rules together).
        let utf8 = Array(text.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) {
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
        let chars = Array(text)
        var count = 1
        for i in chars.indices.dropLast(2) where ".!?".contains(chars[i]) && chars[i + 1] == " " && chars[i + 2].isUppercase {
            count += 1
        }
        return count
    }
}
