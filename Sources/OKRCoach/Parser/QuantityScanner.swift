/// Finds the quantities of a statement: plain counts, `12,000`, `1.5k`, `$2M`,
/// `4.2%`, `3 days`, `24h`, `<3/month`, `2 million euros`. Numbers that are part of
/// names ("Q2", "top-100", "SOC 2", "24/7") or of the due date are skipped.
enum QuantityScanner {
    private static let below: [[String]] = [["<"], ["≤"], ["under"], ["below"], ["less", "than"], ["fewer", "than"], ["at", "most"], ["max"], ["up", "to"], ["no", "more", "than"]]
    private static let above: [[String]] = [[">"], ["≥"], ["over"], ["above"], ["more", "than"], ["at", "least"], ["min"], ["no", "less", "than"]]
    private static let numberWords: WordMap<Double> = ["zero": 0]
    /// The comparators in the order they are tried, built once rather than for every number.
    private static let comparators: [([String], Quantity.Bound)] =
        below.map { ($0, Quantity.Bound.below) } + above.map { ($0, Quantity.Bound.above) }
    /// The last words of the comparators: a number after any other word has none, and need not try them all.
    private static let comparatorEnds = WordSet(comparators.compactMap(\.0.last))

    static func scan(_ t: [StatementToken], skipping skipped: Range<Int>?) -> [Quantity] {
        var quantities: [Quantity] = []
        var i = 0
        while i < t.count {
            if let skipped, skipped.contains(i) { i = skipped.upperBound; continue }
            if let quantity = quantity(at: i, t) {
                quantities.append(quantity)
                i = max(quantity.tokens.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return quantities
    }

    private static func quantity(at i: Int, _ t: [StatementToken]) -> Quantity? {
        let token = t[i]
        var value: Double
        if token.kind == .number, let v = token.value {
            value = v
        } else if token.kind == .word, let v = numberWords[token.text] {
            value = v
        } else {
            return nil
        }
        if token.kind == .number, isPartOfName(i, t) { return nil }
        var start = i
        var unit: String?
        // Currency symbol right before: $2M.
        if i > 0, t[i - 1].kind == .symbol, token.joined, let code = Units.currencySymbols[t[i - 1].text] {
            unit = code
            start = i - 1
        }
        // Comparator before: <3, under 5, at least 90%.
        var bound: Quantity.Bound?
        let mayFollowComparator = start > 0 && comparatorEnds.contains(t[start - 1].text)
        for (words, kind) in comparators where mayFollowComparator {
            let n = words.count
            if start >= n, (0..<n).allSatisfy({ t[start - n + $0].text == words[$0] }) {
                bound = kind
                start -= n
                break
            }
        }
        var end = i + 1
        // Joined suffix: 1.5k, 2M, 10x, 24h, 4.2%, 5pp.
        if end < t.count, t[end].joined, t[end].kind == .word {
            let suffix = t[end].text
            if let scale = Units.scales[suffix] {
                value *= scale
            } else if suffix == "x" {
                unit = "x"
            } else if suffix == "pp" {
                unit = "pp"
            } else if let time = Units.time[suffix] {
                unit = time
            } else if let code = Units.currencyWords[suffix] {
                unit = code
            } else {
                // 5G, 3rd, 2FA: a name or an ordinal, not an amount.
                return nil
            }
            end += 1
        }
        // Spaced scale word: 2 million.
        if end < t.count, t[end].kind == .word, !t[end].joined, let scale = Units.scales[t[end].text], t[end].text.count > 2 {
            value *= scale
            end += 1
        }
        if end < t.count, t[end].isSymbol("%") {
            unit = "%"
            end += 1
        } else if end < t.count, t[end].kind == .word {
            let word = t[end].text
            if word == "percent" {
                unit = "%"; end += 1
            } else if word == "per", end + 1 < t.count, t[end + 1].isWord("cent") {
                unit = "%"; end += 2
            } else if word == "percentage", end + 1 < t.count, t[end + 1].isWord("points") {
                unit = "pp"; end += 2
            } else if word == "pp" || word == "points" || word == "pts" {
                unit = word == "pp" ? "pp" : "points"; end += 1
            } else if ["business", "working", "calendar"].contains(word), end + 1 < t.count, let time = Units.time[t[end + 1].text] {
                unit = time; end += 2
            } else if let time = Units.time[word], word.count > 1 {
                unit = time; end += 1
            } else if let code = Units.currencyWords[word] {
                unit = code; end += 1
            }
        }
        // Rate: /month, per week, a day, per order.
        if let (period, length) = rate(at: end, t) {
            unit = (unit.map { $0 + " " } ?? "") + "per " + period
            end += length
        }
        return Quantity(value: value, unit: unit, bound: bound, tokens: start..<end)
    }

    /// "/month", "per week", "a day", "per order".
    private static func rate(at j: Int, _ t: [StatementToken]) -> (String, Int)? {
        guard j + 1 < t.count, t[j + 1].kind == .word else { return nil }
        let next = t[j + 1].text
        if t[j].isSymbol("/"), let period = Units.periods[next] { return (period, 2) }
        if t[j].isWord("per") { return (Units.periods[next] ?? next, 2) }
        if t[j].isWord("a") || t[j].isWord("an") || t[j].isWord("each") || t[j].isWord("every"), let period = Units.periods[next] { return (period, 2) }
        return nil
    }

    /// Q2, top-100, SOC 2, 24/7, 1/2: numbers that name something rather than measure it.
    private static func isPartOfName(_ i: Int, _ t: [StatementToken]) -> Bool {
        let token = t[i]
        if i > 0, token.joined {
            let previous = t[i - 1]
            if previous.kind == .word, Units.currencyWords[previous.text] == nil { return true }
            if previous.isSymbol("-"), i > 1, previous.joined, t[i - 2].kind == .word { return true }
            if previous.isSymbol("/"), i > 1, previous.joined, t[i - 2].kind == .number { return true }
            if previous.isSymbol("#") { return false }
        }
        if i + 2 < t.count, t[i + 1].isSymbol("/"), t[i + 1].joined, t[i + 2].kind == .number, t[i + 2].joined { return true }
        if i > 0, !token.joined, t[i - 1].kind == .word, Units.labels.contains(t[i - 1].text) { return true }
        // A year after "in", "since", "of": the time, not the amount.
        if token.text.count == 4, let v = token.value, (1900...2200).contains(v), v == v.rounded(), i > 0,
           ["in", "since", "of", "for", "during", "fy", "until", "before", "after"].contains(t[i - 1].text),
           !(i + 1 < t.count && (t[i + 1].isSymbol("%") || t[i + 1].kind == .word && !Units.notNouns.contains(t[i + 1].text))) {
            return true
        }
        return false
    }
}
