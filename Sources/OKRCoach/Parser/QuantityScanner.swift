/// Finds the quantities of a statement: plain counts, `12,000`, `1.5k`, `$2M`,
/// `4.2%`, `3 days`, `24h`, `<3/month`, `2 million euros`, numbers in words
/// ("ninety-five percent", "a dozen"), placeholders ("N users"), ratings ("4.5/5"),
/// ranks ("top 5"), tolerances ("±25%") and rates per a count ("per 1,000 bed-days").
/// Numbers that are part of names ("Q2", "top-100 items", "SOC 2", "24/7", "Python 3")
/// or of the due date are skipped.
enum QuantityScanner {
    private static let below: [[String]] = [["<"], ["≤"], ["under"], ["below"], ["less", "than"], ["fewer", "than"], ["at", "most"], ["max"], ["up", "to"], ["no", "more", "than"]]
    private static let above: [[String]] = [[">"], ["≥"], ["over"], ["above"], ["more", "than"], ["at", "least"], ["min"], ["no", "less", "than"]]
    /// Comparators written after the number: "5.5 hours or less", "4.5/5 or higher".
    private static let trailing: [([String], Quantity.Bound)] = [
        (["or", "less"], .below), (["or", "fewer"], .below), (["or", "lower"], .below), (["or", "below"], .below),
        (["or", "under"], .below), (["or", "better"], .above), (["or", "more"], .above), (["or", "higher"], .above),
        (["or", "above"], .above), (["or", "greater"], .above), (["and", "above"], .above), (["or", "over"], .above),
        (["and", "up"], .above),
    ]
    /// The comparators in the order they are tried, built once rather than for every number.
    private static let comparators: [([String], Quantity.Bound)] =
        below.map { ($0, Quantity.Bound.below) } + above.map { ($0, Quantity.Bound.above) }
    /// The last words of the comparators: a number after any other word has none, and need not try them all.
    private static let comparatorEnds = WordSet(comparators.compactMap(\.0.last))

    /// Numbers written in words. "one" is left out where it is a pronoun ("one of", "no one").
    static let numberWords: WordMap<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Letters and marks teams write where a number was left out or is not known yet (marked by the lexer, `WordClasses`).
    static let placeholders: WordSet = ["n", "x", "xx", "xxx", "y", "tbd", "tbc"]
    /// Scales a rating is given on: "4.5/5", "8/10", "90/100".
    private static let ratingScales: Set<Double> = [4, 5, 7, 10, 100]

    static func scan(_ t: [StatementToken], skipping skipped: Range<Int>?) -> [Quantity] {
        var quantities: [Quantity] = []
        // In Title Case every word has a capital, so a capital says nothing about a name.
        let titleCase = isTitleCase(t)
        var i = 0
        while i < t.count {
            if let skipped, skipped.contains(i) { i = skipped.upperBound; continue }
            if let quantity = quantity(at: i, t, titleCase: titleCase) {
                quantities.append(quantity)
                i = max(quantity.tokens.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return quantities
    }

    private static func quantity(at i: Int, _ t: [StatementToken], titleCase: Bool) -> Quantity? {
        // Most tokens are words that are neither a number nor a placeholder: settled by the lexer's bits before the token is copied.
        switch t[i].kind {
        case .symbol: return nil
        case .word where !t[i].classes.contains(.numberWord) && !(t[i].capitalised && t[i].classes.contains(.placeholder)): return nil
        default: break
        }
        let token = t[i]
        var value: Double
        var end = i + 1
        var form = TargetForm.amount
        var spelled = false
        var start = i
        if token.kind == .number, let v = token.value {
            if let rating = rating(at: i, t) { return rating }
            if let rank = rank(at: i, t) { return rank }
            if isPartOfName(i, t, titleCase: titleCase) { return nil }
            value = v
        } else if token.kind == .word, let (v, wordsEnd) = spelledNumber(at: i, t) {
            value = v
            end = wordsEnd
            spelled = true
            if token.text == "dozen" { start = i - 1 }
        } else if token.kind == .word, isPlaceholder(at: i, t) {
            value = 0
            form = .placeholder
        } else {
            return nil
        }
        var unit: String?
        // Currency symbol right before: $2M.
        if start > 0, t[start - 1].kind == .symbol, token.joined, let code = Units.currencySymbols[t[start - 1].text] {
            unit = code
            start -= 1
        }
        // A sign right before: "+2 people" is a step, "±25%" a tolerance.
        if start > 0, t[start - 1].kind == .symbol, token.joined {
            if t[start - 1].text == "±" {
                form = .tolerance
                start -= 1
            } else if t[start - 1].text == "+", start < 2 || t[start - 2].kind != .number {
                form = .change
                start -= 1
            } else if t[start - 1].text == "-", start >= 3, t[start - 2].isSymbol("/"), t[start - 3].isSymbol("+") {
                // "+/-25%".
                form = .tolerance
                start -= 3
            }
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
        // Joined suffix: 1.5k, 2M, 10x, 24h, 4.2%, 5pp.
        if end < t.count, t[end].joined, t[end].kind == .word, !spelled {
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
            } else if let size = Units.sizes[suffix] {
                unit = size
            } else {
                // 5G, 3rd, 2FA: a name or an ordinal, not an amount.
                return nil
            }
            end += 1
        }
        // "5+ customers": at least five.
        if end < t.count, t[end].isSymbol("+"), t[end].joined, bound == nil {
            bound = .above
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
        // Rate: /month, per week, a day, per order, per 1,000 bed-days.
        if let (period, length) = rate(at: end, t) {
            unit = (unit.map { $0 + " " } ?? "") + "per " + period
            end += length
        }
        if bound == nil, let (trailingBound, length) = trailingComparator(at: end, t) {
            bound = trailingBound
            end += length
        }
        return Quantity(value: value, unit: unit, bound: bound, tokens: start..<end, form: form, spelled: spelled)
    }

    /// "ninety-five", "twenty five", "four", "three hundred", "a dozen": the value and where the words end.
    private static func spelledNumber(at i: Int, _ t: [StatementToken]) -> (Double, Int)? {
        let word = t[i].text
        if word == "dozen" {
            return i > 0 && t[i - 1].isWord("a") && !t[i].joined ? (12, i + 1) : nil
        }
        guard var value = numberWords[word] else { return nil }
        if word == "one" {
            let next = i + 1 < t.count ? t[i + 1].text : ""
            let previous = i > 0 ? t[i - 1].text : ""
            if ["of", "another", "day", "off", "on", "way"].contains(next) || ["no", "any", "every", "each", "the", "some", "this", "that"].contains(previous) {
                return nil
            }
        }
        // "one-click", "two-factor": a number joined to the word it describes is a name.
        var j = i + 1
        if value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, j < t.count {
            if j + 1 < t.count, t[j].isSymbol("-"), t[j].joined, t[j + 1].joined, let ones = numberWords[t[j + 1].text], (1...9).contains(ones) {
                value += ones
                j += 2
            } else if t[j].kind == .word, !t[j].joined, let ones = numberWords[t[j].text], (1...9).contains(ones) {
                value += ones
                j += 1
            }
        }
        if j + 1 < t.count, t[j].isSymbol("-"), t[j].joined, t[j + 1].kind == .word { return nil }
        if j < t.count, t[j].isWord("hundred") {
            value *= 100
            j += 1
        }
        return (value, j)
    }

    /// "N monthly users", "X% of plan", "to TBD": a capital letter (or TBD) standing where a number belongs.
    private static func isPlaceholder(at i: Int, _ t: [StatementToken]) -> Bool {
        let token = t[i]
        guard token.capitalised, placeholders.contains(token.text), i > 0 else { return false }
        guard i + 1 < t.count else { return ["to", "by", "of", "reach", "at"].contains(t[i - 1].text) }
        let next = t[i + 1]
        if next.isSymbol("%") || next.isWord("percent") { return true }
        // "Reach N monthly users", "handling X claims"; not "Feature Z is on" or "Plan B".
        return next.kind == .word && !next.joined && !Units.notNouns.contains(next.text) && !next.capitalised
    }

    /// "4.5/5", "8 out of 10": a score on a fixed scale, whose unit is the scale ("/5").
    private static func rating(at i: Int, _ t: [StatementToken]) -> Quantity? {
        guard let value = t[i].value else { return nil }
        var scale: Double?
        var end = i + 1
        if i + 2 < t.count, t[i + 1].isSymbol("/"), t[i + 1].joined, t[i + 2].kind == .number, t[i + 2].joined {
            scale = t[i + 2].value
            end = i + 3
        } else if i + 3 < t.count, t[i + 1].isWord("out"), t[i + 2].isWord("of"), t[i + 3].kind == .number {
            scale = t[i + 3].value
            end = i + 4
        }
        guard let scale, ratingScales.contains(scale), value <= scale, !(i > 0 && t[i].joined && t[i - 1].kind == .word) else { return nil }
        var bound: Quantity.Bound?
        if let (trailingBound, length) = trailingComparator(at: end, t) {
            bound = trailingBound
            end += length
        }
        let unit = "/" + (scale == scale.rounded() ? String(Int(scale)) : String(scale))
        return Quantity(value: value, unit: unit, bound: bound, tokens: i..<end, form: .rating)
    }

    /// "top 5", "the top 3 in Europe", "#1": a rank, unless a noun follows ("top 10 customers" names a group).
    private static func rank(at i: Int, _ t: [StatementToken]) -> Quantity? {
        guard i > 0, let value = t[i].value else { return nil }
        let previous = t[i - 1]
        let hash = previous.isSymbol("#") && t[i].joined
        let top = previous.isWord("top") && !t[i].joined
        guard hash || top else { return nil }
        if top, i + 1 < t.count, t[i + 1].kind == .word, !Units.notNouns.contains(t[i + 1].text), !t[i + 1].isWord("in") {
            return nil
        }
        return Quantity(value: value, unit: "rank", bound: .below, tokens: (i - 1)..<(i + 1), form: .rank)
    }

    /// "or less", "or higher", "and above" right after a number.
    private static func trailingComparator(at j: Int, _ t: [StatementToken]) -> (Quantity.Bound, Int)? {
        guard j + 1 < t.count, t[j].kind == .word, t[j].text == "or" || t[j].text == "and" else { return nil }
        for (words, bound) in trailing where t[j].text == words[0] && t[j + 1].text == words[1] {
            return (bound, 2)
        }
        return nil
    }

    /// "/month", "per week", "a day", "per order", "per 1,000 bed-days".
    private static func rate(at j: Int, _ t: [StatementToken]) -> (String, Int)? {
        guard j + 1 < t.count else { return nil }
        if t[j].isWord("per"), t[j + 1].kind == .number, j + 2 < t.count, t[j + 2].kind == .word {
            var end = j + 2
            var text = t[j + 1].text
            if t[end].joined, let scale = Units.scales[t[end].text], let v = t[j + 1].value {
                text = String(Int(v * scale))
                end += 1
            }
            guard end < t.count, t[end].kind == .word, !Units.notNouns.contains(t[end].text) else { return nil }
            var noun = t[end].text
            end += 1
            // "bed-days": a hyphenated noun is one noun.
            while end + 1 < t.count, t[end].isSymbol("-"), t[end].joined, t[end + 1].kind == .word, t[end + 1].joined {
                noun += "-" + t[end + 1].text
                end += 2
            }
            return (text + " " + noun, end - j)
        }
        guard t[j + 1].kind == .word else { return nil }
        let next = t[j + 1].text
        if t[j].isSymbol("/"), let period = Units.periods[next] { return (period, 2) }
        if t[j].isWord("per") { return (Units.periods[next] ?? next, 2) }
        if t[j].isWord("a") || t[j].isWord("an") || t[j].isWord("each") || t[j].isWord("every"), let period = Units.periods[next] { return (period, 2) }
        return nil
    }

    /// Q2, top-100, SOC 2, 24/7, 1/2, Python 3: numbers that name something rather than measure it.
    private static func isPartOfName(_ i: Int, _ t: [StatementToken], titleCase: Bool) -> Bool {
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
        // "Python 3.12", "Drupal 10", "Section 508": a name with a capital, not the sentence's first word, right before.
        if !titleCase, i > 1, !token.joined, t[i - 1].kind == .word, t[i - 1].capitalised, t[i - 1].text.count > 1,
           !Units.notNouns.contains(t[i - 1].text), comparatorEnds.contains(t[i - 1].text) == false,
           !(i + 1 < t.count && (t[i + 1].isSymbol("%") || t[i + 1].isWord("percent"))) {
            return true
        }
        // A year after "in", "since", "of": the time, not the amount.
        if token.text.count == 4, let v = token.value, (1900...2200).contains(v), v == v.rounded(), i > 0,
           ["in", "since", "of", "for", "during", "fy", "until", "before", "after"].contains(t[i - 1].text),
           !(i + 1 < t.count && (t[i + 1].isSymbol("%") || t[i + 1].kind == .word && !Units.notNouns.contains(t[i + 1].text))) {
            return true
        }
        return false
    }

    /// Most longer words capitalised: "Increase Weekly Active Users To 500".
    private static func isTitleCase(_ t: [StatementToken]) -> Bool {
        var words = 0
        var capitals = 0
        // By index: iterating the tokens would copy each.
        for i in t.indices where t[i].kind == .word && t[i].text.utf8.count > 3 {
            words += 1
            if t[i].capitalised { capitals += 1 }
        }
        return words >= 4 && capitals * 4 >= words * 3
    }
}
