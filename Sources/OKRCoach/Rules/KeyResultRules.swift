import OKRModel

/// Rules about one key result, and the duplicate check across an objective's key results.
struct KeyResultRules {
    let vocabulary: Vocabulary

    func hits(_ traits: KeyResultTraits, objective: Int, index: Int) -> [RuleHit] {
        var hits: [RuleHit] = []
        // Built on the first hit: most key results have none.
        var path: JSONPointer?
        func hit(_ rule: String) {
            let at = path ?? KeyResultRules.statementPath(objective: objective, index: index)
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

    /// `/objectives/<objective>/keyResults/<index>/statement`, its tokens in one array: `/` copied them
    /// into a new array for each of the five.
    private static func statementPath(objective: Int, index: Int) -> JSONPointer {
        JSONPointer(["objectives", String(objective), "keyResults", String(index), "statement"])
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
        // "at least 75%", "$5 million or more": a threshold to clear, whatever the start.
        if parsed.bound != nil { return false }
        let unit = traits.keyResult.unit ?? parsed.unit
        if unit.map({ KeyResultTraits.isCount($0) }) ?? true {
            // A count the team moves ("Grow to 40 clubs") has a start worth knowing; things done in
            // the period ("Have 4 meetings", "Get 5 curators") start at zero.
            return traits.movesANumber
        }
        return true
    }

    /// Later key results that measure what an earlier one of the same objective already measures.
    func duplicates(_ traits: [KeyResultTraits], objective: Int) -> [RuleHit] {
        // An objective has a handful of key results: a list searched in order beats hashing the keys.
        var seen: [(key: [Int], id: String)] = []
        var hits: [RuleHit] = []
        for index in traits.indices {
            guard let key = metricKey(traits[index]) else { continue }
            let id = traits[index].keyResult.id
            if let first = seen.first(where: { $0.key == key }) {
                hits.append(RuleHit(rule: "duplicate-kr", target: id,
                                    path: KeyResultRules.statementPath(objective: objective, index: index),
                                    order: (objective + 1, index + 1), values: ["other": first.id]))
            } else {
                seen.append((key, id))
            }
        }
        return hits
    }

    /// The metric's content words, singular and each once, as sorted hashes: "share of stores ordering" ~
    /// "stores ordering share". Hashes, not the words: only equal keys matter, and sorting and comparing
    /// numbers costs a fraction of doing it with Strings (this ran for every key result `okr lint` reads).
    private func metricKey(_ traits: KeyResultTraits) -> [Int]? {
        // The team's own metric is split here, unless it is the one the parser read (the workshop stores
        // that one) and splits as the parser's tokens do; the parser's reading comes with its words.
        let words: [String]
        if let given = traits.keyResult.metric, !KeyResultRules.isBlank(given) {
            words = given == traits.parsed.metric && WordSequence.splitsAsTokens(given) ? traits.parsed.metricWords : WordSequence(given).words
        } else if traits.parsed.metric != nil {
            words = traits.parsed.metricWords
        } else {
            return nil
        }
        let fillers = vocabulary.words(.metricFillers)
        var key: [Int] = []
        key.reserveCapacity(words.count)
        for word in words where !KeyResultRules.opensWithNumber(word) && !fillers.contains(word) {
            key.append(KeyResultRules.singularHash(word))
        }
        key.sort()
        var unique: [Int] = []
        unique.reserveCapacity(key.count)
        for hash in key where hash != unique.last { unique.append(hash) }
        return unique.isEmpty ? nil : unique
    }

    /// The hash of `singular(word)`: FNV-1a over an ASCII word's bytes, the trailing "s" left out; for any
    /// other word, `String`'s own hash, which treats canonically equivalent spellings alike.
    private static func singularHash(_ word: String) -> Int {
        var word = word
        let ascii: Int? = word.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            var count = utf8.count
            if count > 3, utf8[count - 1] == UInt8(ascii: "s"), utf8[count - 2] != UInt8(ascii: "s") { count -= 1 }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in utf8[..<count] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return Int(bitPattern: UInt(hash))
        }
        return ascii ?? singular(word).hashValue
    }

    /// `text.allSatisfy(\.isWhitespace)`, settled by the first ASCII byte that is not whitespace: that byte
    /// opens a Character of its own, or follows a prefix mark, and neither Character is whitespace.
    private static func isBlank(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 < 0x80 && $0 != UInt8(ascii: " ") && !(0x09...0x0D).contains($0) }) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// "2027", "3x": a word of the text that starts with a digit (ASCII words checked on their first byte).
    private static func opensWithNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first < 0x80 ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) : word.first?.isNumber == true
    }

    /// "stores" → "store", but "access" and short words such as "bus" stay (words beyond ASCII; see `singularHash`).
    private static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }
}
