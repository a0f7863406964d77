import OKRModel

/// Rules about one key result, and the duplicate check across an objective's key results.
struct KeyResultRules {
    let vocabulary: Vocabulary

    func hits(_ traits: KeyResultTraits, objective: Int, index: Int) -> [RuleHit] {
        var hits: [RuleHit] = []
        // Built on the first hit: most key results have none, and a pointer is five small arrays.
        var path: JSONPointer?
        func hit(_ rule: String) {
            let at = path ?? JSONPointer.root / "objectives" / objective / "keyResults" / index / "statement"
            path = at
            hits.append(RuleHit(rule: rule, target: traits.keyResult.id, path: at, order: (objective + 1, index + 1)))
        }
        let v = vocabulary
        let words = traits.words
        if traits.shape == .vague || traits.shape == .activity { hit("kr-not-measurable") }
        if traits.isOutput { hit("kr-is-output") }
        let binary = isBinary(traits)
        if binary { hit("kr-binary") }
        if needsBaseline(traits), !binary { hit("kr-no-baseline") }
        if traits.shape == .constraint { hit("kr-health-metric") }
        // Attention counted: a number of views or followers ("Traffic is mirrored to staging" counts nothing).
        if traits.shape == .measure, words.contains(any: v[.vanityWords]), !words.contains(any: v[.signsOfUse]), !traits.isAdoption,
           traits.direction != .decrease {
            hit("kr-vanity-metric")
        }
        return hits
    }

    /// Done-or-not results: "Pass the audit", "Plan agreed with finance", "Rollout 100% complete".
    /// A milestone that is the team's own deliverable is coached as output instead.
    private func isBinary(_ traits: KeyResultTraits) -> Bool {
        let v = vocabulary
        let words = traits.words
        if traits.shape == .milestone(deliverable: false) { return true }
        if words.opens(with: v[.binaryOpeners], skipping: v[.fillers]) { return true }
        let parsed = traits.parsed
        let onlyAll = parsed.target == 100 && parsed.unit == "%" && parsed.baseline == nil && parsed.form == .amount
        return onlyAll && (words.contains(any: v[.completionWords]) || traits.opensWithActivity)
    }

    /// A measure with a target whose starting point the statement does not give, and could:
    /// not a rank, a placeholder, a step ("+2"), a stated reference ("compared to last quarter"),
    /// or a count that starts at zero ("200 new customers", "Train 200 planners").
    private func needsBaseline(_ traits: KeyResultTraits) -> Bool {
        guard traits.shape == .measure, traits.target != nil, traits.baseline == nil else { return false }
        let parsed = traits.parsed
        if parsed.relative || parsed.fromZero { return false }
        switch parsed.form {
        case .rank, .placeholder, .change, .tolerance, .range, .quantifier: return false
        case .amount, .rating: break
        }
        // "100% of systems", "zero failed releases": everything or nothing, wherever it starts.
        if parsed.form == .amount, traits.target == 0 || (traits.target == 100 && parsed.unit == "%") { return false }
        // A count of things done in the period ("Have 4 meetings", "at least 10 systems decommissioned")
        // starts at zero; a count the team moves ("Grow to 40 clubs") has a start worth knowing.
        // "at least 75%", "$5 million or more": a threshold to clear, whatever the start.
        if parsed.bound != nil { return false }
        let unit = traits.keyResult.unit ?? parsed.unit
        if unit.map({ KeyResultTraits.isCount($0) }) ?? true {
            // A count the team moves ("Grow to 40 clubs") has a start worth knowing; things done in
            // the period ("Have 4 meetings", "Get 5 curators") start at zero.
            return traits.words.matchesAny(vocabulary[.changeVerbs], at: traits.head)
                && !KeyResultTraits.reachVerbs.contains(traits.words.words[traits.head])
        }
        return true
    }

    /// Later key results that measure what an earlier one of the same objective already measures.
    func duplicates(_ traits: [KeyResultTraits], objective: Int) -> [RuleHit] {
        // An objective has a handful of key results: a list searched in order beats hashing the keys.
        var seen: [(key: [String], id: String)] = []
        var hits: [RuleHit] = []
        for index in traits.indices {
            guard let key = metricKey(traits[index].metric) else { continue }
            let id = traits[index].keyResult.id
            if let first = seen.first(where: { $0.key == key }) {
                hits.append(RuleHit(rule: "duplicate-kr", target: id,
                                    path: JSONPointer.root / "objectives" / objective / "keyResults" / index / "statement",
                                    order: (objective + 1, index + 1), values: ["other": first.id]))
            } else {
                seen.append((key, id))
            }
        }
        return hits
    }

    /// The metric's content words, singular, sorted and each once: "share of stores ordering" ~ "stores ordering share".
    private func metricKey(_ metric: String?) -> [String]? {
        guard let metric else { return nil }
        let fillers = vocabulary.words(.metricFillers)
        var words = WordSequence(metric).words
        words.removeAll { KeyResultRules.opensWithNumber($0) || fillers.contains($0) }
        for i in words.indices { words[i] = KeyResultRules.singular(words[i]) }
        // Sorted, then each word once: the same key as `Set(words).sorted()` without hashing every word.
        words.sort()
        var unique: [String] = []
        unique.reserveCapacity(words.count)
        for word in words where word != unique.last { unique.append(word) }
        return unique.isEmpty ? nil : unique
    }

    /// "2027", "3x": a word of the text that starts with a digit (ASCII words checked on their first byte).
    private static func opensWithNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first < 0x80 ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) : word.first?.isNumber == true
    }

    /// "stores" → "store", but "access" and short words such as "bus" stay.
    private static func singular(_ word: String) -> String {
        let utf8 = word.utf8
        // An ASCII word's bytes are its Characters.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.count > 3, utf8.last == UInt8(ascii: "s"), utf8.dropLast().last != UInt8(ascii: "s") else { return word }
            return String(word.utf8.dropLast())!
        }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }
}
