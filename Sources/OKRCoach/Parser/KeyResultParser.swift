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
    private static let openers: WordSet = ["we", "will", "to", "our", "team"]
    private static let articles: WordSet = ["the", "a", "an", "our", "its", "their", "all", "of"]
    private static let connectors: WordSet = [
        "from", "to", "by", "at", "in", "within", "before", "until", "of", "for", "on", "and", "per", "with", "across", "than", "vs",
    ]

    public static func parse(_ statement: String, context: ParseContext) -> ParsedKeyResult {
        let tokens = StatementLexer.tokens(statement)
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
        if target == nil {
            target = quantities.last { $0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].isWord("to") }
                ?? quantities.first { $0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].isWord("by") }
                ?? quantities.first { $0.unit != nil }
                ?? quantities.first
        }

        let words = tokens.filter { $0.kind == .word }.map(\.text)
        let verb = words.first { !openers.contains($0) }
        let multiple = words.lazy.compactMap { multipleForms[$0] }.first

        if var target {
            if var baseline {
                unify(&baseline, &target)
                result.baseline = baseline.value
            }
            result.target = target.value
            result.unit = target.unit ?? countedNoun(after: target, tokens) ?? "count"
        } else if let multiple {
            result.target = multiple.0
            result.unit = "x"
        }

        if let verb, let direction = direction(ofVerb: verb) {
            result.direction = direction
        } else if let b = result.baseline, let t = result.target, b != t {
            result.direction = t > b ? .increase : .decrease
        } else if let multiple {
            result.direction = multiple.1
        } else if let bound = target?.bound {
            result.direction = bound == .below ? .decrease : .increase
        }

        result.metric = metric(statement, tokens, quantities: quantities, due: due?.tokens)
        result.missing = result.computedMissing
        return result
    }

    private static func direction(ofVerb word: String) -> Direction? {
        verbDirections[word]
    }

    /// Every form of the direction verbs ("raise", "raises", "raised", "raising") and its direction,
    /// inflected once rather than for every word of every statement (it was most of `okr lint`'s time).
    /// Built lowest precedence first, so a form in two lists keeps the direction of the list checked first before:
    /// increase, then decrease, then maintain.
    private static let verbDirections: WordMap<Direction> = {
        var map: [String: Direction] = [:]
        for (verbs, direction) in [(maintainVerbs, Direction.maintain), (decreaseVerbs, .decrease), (increaseVerbs, .increase)] {
            for verb in verbs {
                for form in Phrase.inflections(of: verb) { map[form] = direction }
            }
        }
        return WordMap(map)
    }()

    /// Every form of the multiplying verbs ("doubled", "halving") and what it multiplies by.
    private static let multipleForms: WordMap<(Double, Direction)> = {
        var map: [String: (Double, Direction)] = [:]
        for (verb, value) in multiples {
            for form in Phrase.inflections(of: verb) { map[form] = value }
        }
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
    private static func metric(_ statement: String, _ tokens: [StatementToken], quantities: [Quantity], due: Range<Int>?) -> String? {
        var removed = Array(repeating: false, count: tokens.count)
        var spans = quantities.map(\.tokens)
        if let due { spans.append(due) }
        for span in spans {
            for j in span { removed[j] = true }
            // The connector that leads into a number or date: "from", "to", "by", "of".
            var k = span.lowerBound - 1
            while k >= 0, tokens[k].kind == .word, connectors.contains(tokens[k].text) || tokens[k].text == "the" { removed[k] = true; k -= 1 }
            // "80% of stores": "of" after a leading number.
            if span.upperBound < tokens.count, tokens[span.upperBound].isWord("of") { removed[span.upperBound] = true }
        }
        for (j, token) in tokens.enumerated() where token.kind == .symbol
            && token.text != "&" && token.text != "-" && token.text != "/" && token.text != "'" {
            removed[j] = true
        }
        // The runs of tokens left, as index ranges.
        var segments: [Range<Int>] = []
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
                while let first = s.first, tokens[first].kind == .word,
                      openers.contains(tokens[first].text) || direction(ofVerb: tokens[first].text) != nil
                        || multipleForms[tokens[first].text] != nil {
                    s = s.dropFirst()
                }
            }
            while let first = s.first, tokens[first].kind != .word || articles.contains(tokens[first].text) { s = s.dropFirst() }
            while let last = s.last, tokens[last].kind != .word || connectors.contains(tokens[last].text) || articles.contains(tokens[last].text) { s = s.dropLast() }
            return s
        }
        guard let first = segments.first else { return nil }
        var chosen = trimmed(first, leading: true)
        // "Hire 5 engineers": the opening word alone is a verb; what it acts on comes after the number.
        if chosen.count <= 1, first.first == 0, segments.count > 1 {
            let next = trimmed(segments[1], leading: false)
            if !next.isEmpty { chosen = next }
        }
        guard let from = chosen.first, let to = chosen.last else { return nil }
        var statement = statement
        // In plain ASCII, offsets are byte offsets (see StatementLexer); no need to split into Characters.
        let text = statement.withUTF8 { bytes in
            StatementLexer.isPlainASCII(bytes) ? String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[from].start..<tokens[to].end]), as: UTF8.self) : nil
        } ?? String(Array(statement)[tokens[from].start..<tokens[to].end])
        return text.isEmpty ? nil : text
    }
}
