/// A message or question cut once at its `{name}` placeholders, so that filling it for a finding
/// joins pieces: `RuleText.fill` splits the whole text by Characters each time, which cost more
/// than all the rest of a finding. One value is filled as `RuleText.fill` fills it. Rule messages
/// and questions (`Coach`) and the outcome review's sentence parts (`OutcomeRules`) are filled so.
struct Template: Sendable {
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
