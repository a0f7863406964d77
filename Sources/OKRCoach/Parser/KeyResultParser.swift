import OKRModel

/// Reads a key result statement for its metric, baseline, target, unit,
/// direction and due date, and says which of them it could not find so the
/// workshop can ask for exactly those. A pure function of its input.
public enum KeyResultParser {
    private static let increaseVerbs: Set<String> = [
        "increase", "raise", "grow", "lift", "boost", "improve", "expand", "double", "triple", "quadruple", "gain",
        "accelerate", "maximise", "maximize", "strengthen", "widen", "extend", "speed",
    ]
    private static let decreaseVerbs: Set<String> = [
        "reduce", "cut", "lower", "decrease", "shorten", "halve", "drop", "shrink", "eliminate", "minimise", "minimize",
        "slash", "trim", "decline",
    ]
    private static let maintainVerbs: Set<String> = ["keep", "maintain", "stay", "sustain", "remain", "hold", "preserve", "protect"]
    private static let multiples: [String: (Double, Direction)] = [
        "double": (2, .increase), "triple": (3, .increase), "quadruple": (4, .increase), "halve": (0.5, .decrease),
    ]
    // The word tables below are internal for `WordClasses`, which marks their words in the lexer.
    static let openers: WordSet = ["we", "will", "to", "our", "team"]
    static let articles: WordSet = ["the", "a", "an", "our", "its", "their", "all", "of"]
    static let connectors: WordSet = [
        "from", "to", "by", "at", "in", "within", "before", "until", "of", "for", "on", "and", "per", "with", "across", "than", "vs",
    ]

    public static func parse(_ statement: String, context: ParseContext) -> ParsedKeyResult {
        parse(statement, tokens: StatementLexer.tokens(statement), context: context)
    }

    /// The number a line holds when the line is just that number, with its unit if any ("4.2", "4.2%",
    /// "$2M", "3 days", "ninety"): what a question that wants a number accepts. A sentence that merely
    /// contains numbers ("from 3.1 to 4.2 by 15 March") gives nil, so nothing is taken from it unseen.
    public static func number(_ line: String) -> (value: Double, unit: String?)? {
        let tokens = StatementLexer.tokens(line)
        let quantities = QuantityScanner.scan(tokens, skipping: nil)
        guard quantities.count == 1, let quantity = quantities.first, quantity.form == .amount || quantity.form == .rating else { return nil }
        // Only the quantity, and at most a full stop after it.
        let rest = tokens.indices.filter { !quantity.tokens.contains($0) }
        guard rest.allSatisfy({ tokens[$0].isSymbol(".") }) else { return nil }
        return (quantity.value, quantity.unit)
    }

    /// `parse(_:context:)` of a statement the coach has already split into tokens.
    static func parse(_ statement: String, tokens: [StatementToken], context: ParseContext) -> ParsedKeyResult {
        let due = DueDateScanner.scan(tokens, calendar: context.calendar)
        let quantities = QuantityScanner.scan(tokens, skipping: due?.tokens)
        var result = ParsedKeyResult(missing: [])
        result.due = due?.date

        var baseline: Quantity?
        var target: Quantity?
        for (k, q) in quantities.enumerated() where k + 1 < quantities.count {
            let next = quantities[k + 1]
            let arrow = q.tokens.upperBound < next.tokens.lowerBound
                && (tokens[next.tokens.lowerBound - 1].isWord("to") || tokens[next.tokens.lowerBound - 1].isSymbol("→")
                    || tokens[next.tokens.lowerBound - 1].isSymbol(">") && q.tokens.upperBound + 2 == next.tokens.lowerBound)
            let from = q.tokens.lowerBound > 0 && tokens[q.tokens.lowerBound - 1].isWord("from")
            if arrow, from || next.tokens.lowerBound - q.tokens.upperBound <= 2 {
                baseline = q
                target = next
                break
            }
        }
        // "between 3 and 5": a range, its upper end the target.
        var range = false
        if target == nil {
            for (k, q) in quantities.enumerated() where k + 1 < quantities.count && q.tokens.lowerBound > 0
                && tokens[q.tokens.lowerBound - 1].isWord("between") && q.tokens.upperBound + 1 == quantities[k + 1].tokens.lowerBound
                && tokens[q.tokens.upperBound].isWord("and") {
                var upper = quantities[k + 1]
                upper.unit = upper.unit ?? q.unit
                target = upper
                range = true
                break
            }
        }
        if target == nil {
            target = quantities.last { $0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].isWord("to") }
                ?? quantities.first { $0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].isWord("by") }
                ?? quantities.first { $0.unit != nil }
                ?? quantities.first
        }

        // Words by their token's index, tested by the lexer's bits: iterating the tokens would copy each (and retain its text).
        // Room reserved: a filter grows its array a few times for every statement.
        var words: [Int] = []
        words.reserveCapacity(tokens.count)
        for i in tokens.indices where tokens[i].kind == .word { words.append(i) }
        let verb = words.first { !tokens[$0].classes.contains(.opener) }
        // "Double the partner channel": looked for only where no number settles target or direction.
        // "Twice a year" is a rhythm, not a multiple.
        lazy var multiple = words.indices.lazy.compactMap { k -> (Double, Direction)? in
            let i = words[k]
            guard tokens[i].classes.contains(.multiple), let m = multipleForms[tokens[i].text] else { return nil }
            return tokens[i].text == "twice" && k + 1 < words.count && ["a", "per", "each", "every"].contains(tokens[words[k + 1]].text) ? nil : m
        }.first

        // "200k views per 30 days (current is 125k)": the starting value said in words.
        if baseline == nil, let target, let stated = quantities.first(where: { q in
            q.tokens.lowerBound != target.tokens.lowerBound && q.tokens.lowerBound > 0
                && (currentWords.contains(tokens[q.tokens.lowerBound - 1].text)
                    || q.tokens.lowerBound > 1 && tokens[q.tokens.lowerBound - 1].isWord("is") && currentWords.contains(tokens[q.tokens.lowerBound - 2].text))
        }) {
            baseline = stated
        }
        if var target {
            if var baseline {
                unify(&baseline, &target)
                result.baseline = baseline.value
            }
            result.form = range ? .range : target.form
            result.bound = target.bound
            // A placeholder's number was left out: only its unit is known.
            result.target = target.form == .placeholder ? nil : target.value
            result.unit = target.unit ?? countedNoun(after: target, tokens) ?? "count"
            result.fromZero = target.form == .change || countsNew(after: target, tokens)
        } else if let multiple {
            result.target = multiple.0
            result.unit = "x"
        } else if let quantifier = quantifier(tokens) {
            result.target = quantifier.value
            result.unit = quantifier.unit
            result.form = .quantifier
            target = quantifier
        }
        // "Reduce bugs by 25%", "increased by 5 points": a step from today, which is the reference.
        let step = target.map { $0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].isWord("by") } == true
            && result.baseline == nil
            && words.contains { tokens[$0].classes.contains(.directionVerb) && direction(ofVerb: tokens[$0].text).map { $0 != .maintain } == true }
        result.relative = step || states(referenceIn: tokens)
        result.fromZero = result.fromZero || contains(["first", "time"], in: tokens)

        if let verb, tokens[verb].classes.contains(.directionVerb), let direction = direction(ofVerb: tokens[verb].text) {
            result.direction = direction
        } else if range || target?.form == .tolerance {
            result.direction = .maintain
        } else if result.form == .quantifier, let value = result.target {
            result.direction = value == 0 ? .decrease : .increase
        } else if let b = result.baseline, let t = result.target, b != t {
            result.direction = t > b ? .increase : .decrease
        } else if let multiple {
            result.direction = multiple.1
        } else if let bound = target?.bound {
            result.direction = bound == .below ? .decrease : .increase
        }

        if let metric = metric(statement, tokens, quantities: quantities, due: due?.tokens) {
            result.metric = metric.text
            result.metricWords = WordSequence(tokens: tokens[metric.tokens]).words
        }
        result.missing = result.computedMissing
        return result
    }

    private static func direction(ofVerb word: String) -> Direction? {
        verbDirections[word]
    }

    /// Openings that only lead into the number: "There are at least…", "We have…", "Ensure that…".
    private static let leadIns: WordSet = ["there", "are", "is", "be", "have", "has", "get", "gets", "we", "it", "reach", "hit", "achieve", "ensure", "that", "our"]

    /// Words that name what a number is compared against: "compared to last quarter", "year over year", "120% of plan".
    private static let references: [[String]] = [
        ["compared", "to"], ["compared", "with"], ["relative", "to"], ["than", "last"], ["vs", "last"], ["versus", "last"],
        ["over", "last"], ["over", "the", "previous"], ["than", "the", "previous"], ["month", "over", "month"],
        ["year", "over", "year"], ["week", "over", "week"], ["quarter", "over", "quarter"], ["year", "on", "year"],
        ["yoy"], ["mom"], ["qoq"], ["of", "plan"], ["of", "target"], ["of", "budget"], ["of", "forecast"], ["of", "goal"],
        ["against", "plan"], ["above", "plan"], ["to", "plan"], ["than", "it"], ["than", "those"], ["than", "in"], ["than", "before"],
    ]

    /// The references by their first word: each word of a statement is looked up once, rather than
    /// every reference tried at every word (it was a tenth of the coach's time on real statements).
    static let referencesByFirstWord: WordMap<[[String]]> = WordMap(Dictionary(grouping: references) { $0[0] })

    private static func states(referenceIn tokens: [StatementToken]) -> Bool {
        for i in tokens.indices where tokens[i].kind == .word {
            guard tokens[i].classes.contains(.referenceStart), let phrases = referencesByFirstWord[tokens[i].text] else { continue }
            if phrases.contains(where: { phrase in
                i + phrase.count <= tokens.count && (1..<phrase.count).allSatisfy { tokens[i + $0].isWord(phrase[$0]) }
            }) {
                return true
            }
        }
        return false
    }

    /// Whether the words occur one after the other among the statement's words.
    private static func contains(_ phrase: [String], in tokens: [StatementToken]) -> Bool {
        guard phrase.count <= tokens.count else { return false }
        return (0...(tokens.count - phrase.count)).contains { i in
            tokens[i].isWord(phrase[0]) && (1..<phrase.count).allSatisfy { tokens[i + $0].isWord(phrase[$0]) }
        }
    }

    /// Words that say a number is where things stand now.
    private static let currentWords: WordSet = ["current", "currently", "today", "baseline", "now"]

    /// "200 new customers", "3 more partners", "3 times": what is counted did not exist when the period began.
    private static func countsNew(after quantity: Quantity, _ tokens: [StatementToken]) -> Bool {
        let j = quantity.tokens.upperBound
        return quantity.unit == nil && j < tokens.count && ["new", "more", "additional", "extra", "times"].contains(tokens[j].text)
    }

    /// Things that can be counted to zero: "no open incidents", "no P1 bugs".
    private static let events: WordSet = [
        "incidents", "incident", "outages", "outage", "bugs", "defects", "errors", "failures", "breaches", "regressions",
        "vulnerabilities", "escalations", "complaints", "violations", "accidents", "injuries", "crashes", "rollbacks",
        "tickets", "issues", "blockers", "exceptions", "findings", "downtime", "delays", "backlog", "leaks", "losses",
    ]

    static let quantifierWords: WordSet = ["all", "every", "each", "half", "no", "none"]

    /// Periods after "every" and "each" make a rhythm, not a quantifier: "every week".
    private static let rhythms: WordSet = ["week", "month", "day", "quarter", "year", "sprint", "release", "time", "other", "single"]

    /// "all services", "every team", "each region" (100%), "half of the queries" (50%),
    /// "no open incidents", "none of" (0): a quantity in words where the statement holds no number.
    private static func quantifier(_ tokens: [StatementToken]) -> Quantity? {
        for i in tokens.indices where tokens[i].classes.contains(.quantifier) {
            let token = tokens[i]
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let nextIsWord = next?.kind == .word && next?.joined == false
            switch token.text {
            case "all", "every", "each":
                guard nextIsWord, let next, !rhythms.contains(next.text), !next.isWord("times"),
                      !(token.text == "all" && (i > 0 && tokens[i - 1].isWord("at") || next.isWord("hands")))
                else { continue }
                return Quantity(value: 100, unit: "%", tokens: i..<(i + 1))
            case "half":
                guard let next, next.isWord("of") || next.isWord("the") || next.isWord("our"), !(i > 0 && tokens[i - 1].isWord("first") || i > 0 && tokens[i - 1].isWord("second")) else { continue }
                return Quantity(value: 50, unit: "%", tokens: i..<(i + 1))
            case "no", "none":
                if token.text == "none", next?.isWord("of") == true { return Quantity(value: 0, unit: "count", tokens: i..<(i + 1)) }
                // "no open incidents": up to two describing words, then something countable.
                var j = i + 1
                while j < min(tokens.count, i + 4) {
                    if tokens[j].kind == .word, events.contains(tokens[j].text) {
                        return Quantity(value: 0, unit: tokens[j].text, tokens: i..<(i + 1))
                    }
                    j += 1
                }
                // "No transactions accepted by our products have a fatal error": a count of zero, said in a
                // whole clause (a bare "No distractions" names a wish, not something to count).
                if token.text == "no", i == 0 || tokens[i - 1].kind != .word, i + 4 < tokens.count, nextIsWord {
                    return Quantity(value: 0, unit: next?.text ?? "count", tokens: i..<(i + 1))
                }
            default:
                continue
            }
        }
        return nil
    }

    /// Every form of the direction verbs ("raise", "raises", "raised", "raising") and its direction,
    /// inflected once rather than for every word of every statement (it was most of `okr lint`'s time).
    /// Built lowest precedence first, so a form in two lists keeps the direction of the list checked first before:
    /// increase, then decrease, then maintain.
    static let verbDirections: WordMap<Direction> = {
        var map: [String: Direction] = [:]
        for (verbs, direction) in [(maintainVerbs, Direction.maintain), (decreaseVerbs, .decrease), (increaseVerbs, .increase)] {
            for verb in verbs {
                for form in Phrase.inflections(of: verb) { map[form] = direction }
            }
        }
        return WordMap(map)
    }()

    /// Every form of the multiplying verbs ("doubled", "halving") and what it multiplies by.
    static let multipleForms: WordMap<(Double, Direction)> = {
        var map: [String: (Double, Direction)] = [:]
        for (verb, value) in multiples {
            for form in Phrase.inflections(of: verb) { map[form] = value }
        }
        map["twice"] = (2, .increase)
        return WordMap(map)
    }()

    /// Makes "from 3 days to 24 hours" one unit: the target's, converting the baseline when both are times.
    private static func unify(_ baseline: inout Quantity, _ target: inout Quantity) {
        switch (baseline.unit, target.unit) {
        case (nil, let unit?): baseline.unit = unit
        case (let unit?, nil): target.unit = unit
        case (let from?, let to?) where from != to:
            if let a = Units.seconds[from], let b = Units.seconds[to] {
                baseline.value = baseline.value * a / b
                baseline.unit = to
            }
        default: break
        }
    }

    /// "from 40 to 120 stores" counts stores; "200 new customers" counts customers.
    private static func countedNoun(after quantity: Quantity, _ tokens: [StatementToken]) -> String? {
        var j = quantity.tokens.upperBound
        while j < tokens.count, tokens[j].kind == .word, Units.countAdjectives.contains(tokens[j].text) { j += 1 }
        guard j < tokens.count, tokens[j].kind == .word, !Units.notNouns.contains(tokens[j].text),
              DueDateScanner.months[tokens[j].text] == nil, tokens[j].text.count > 1 else { return nil }
        return tokens[j].text
    }

    /// What is measured: the statement without its opening verb, numbers, from/to/by phrases and date.
    private static func metric(_ statement: String, _ tokens: [StatementToken], quantities: [Quantity], due: Range<Int>?) -> (text: String, tokens: Range<Int>)? {
        var removed = Array(repeating: false, count: tokens.count)
        var spans = quantities.map(\.tokens)
        if let due { spans.append(due) }
        for span in spans {
            for j in span { removed[j] = true }
            // The connector that leads into a number or date: "from", "to", "by", "of".
            var k = span.lowerBound - 1
            while k >= 0, tokens[k].classes.contains(.connector) || tokens[k].isWord("the") { removed[k] = true; k -= 1 }
            // "80% of stores": "of" after a leading number.
            if span.upperBound < tokens.count, tokens[span.upperBound].isWord("of") { removed[span.upperBound] = true }
        }
        for j in tokens.indices where tokens[j].kind == .symbol
            && tokens[j].text != "&" && tokens[j].text != "-" && tokens[j].text != "/" && tokens[j].text != "'" {
            removed[j] = true
        }
        // The runs of tokens left, as index ranges.
        var segments: [Range<Int>] = []
        // Runs are at least a token apart, so at most one in two tokens starts one: room reserved rather than grown.
        segments.reserveCapacity(tokens.count / 2 + 1)
        var start: Int?
        for j in tokens.indices {
            if removed[j] {
                if let open = start { segments.append(open..<j); start = nil }
            } else if start == nil {
                start = j
            }
        }
        if let open = start { segments.append(open..<tokens.count) }

        func trimmed(_ segment: Range<Int>, leading: Bool) -> Range<Int> {
            var s = segment
            if leading {
                while let first = s.first, !tokens[first].classes.isDisjoint(with: [.opener, .directionVerb, .multiple]) {
                    s = s.dropFirst()
                }
            }
            while let first = s.first, tokens[first].kind != .word || tokens[first].classes.contains(.article) { s = s.dropFirst() }
            while let last = s.last, tokens[last].kind != .word || !tokens[last].classes.isDisjoint(with: [.connector, .article]) { s = s.dropLast() }
            return s
        }
        guard let first = segments.first else { return nil }
        var chosen = trimmed(first, leading: true)
        // "Hire 5 engineers": the opening word alone is a verb; what it acts on comes after the number.
        // "There are at least 100 …", "Our survey indicates that 75% …": the opening only leads into it.
        let leadIn = chosen.allSatisfy { leadIns.contains(tokens[$0].text) } || chosen.last.map { tokens[$0].isWord("that") } == true
        if chosen.count <= 1 || leadIn, first.first == 0, segments.count > 1 {
            let next = trimmed(segments[1], leading: false)
            if !next.isEmpty { chosen = next }
        }
        guard let from = chosen.first, let to = chosen.last else { return nil }
        var statement = statement
        // In plain ASCII, offsets are byte offsets (see StatementLexer); no need to split into Characters.
        let text = statement.withUTF8 { bytes in
            StatementLexer.isPlainASCII(bytes) ? String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[from].start..<tokens[to].end]), as: UTF8.self) : nil
        } ?? String(Array(statement)[tokens[from].start..<tokens[to].end])
        return text.isEmpty ? nil : (text, from..<(to + 1))
    }
}
