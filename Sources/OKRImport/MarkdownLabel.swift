/// The words pages put before an objective or a key result ("Objective 2:", "O1 –", "KR1:",
/// "Key result 2 –", "O1.KR3") and before a field ("Owner: Ana"), read from the plain text.
enum MarkdownLabel {
    /// What a labelled line is, with the id the label gives (okr's own `O1`, `O1.KR2`; "Objective 2"
    /// is O2; a key result's "KR 2" is left to okr, which numbers them within their objective).
    enum Kind: Equatable {
        case objective(id: String?)
        case keyResult(id: String?)
    }

    static func read(_ text: String) -> (kind: Kind, rest: String)? {
        let lower = text.lowercased()
        // okr's own ids: O1.KR2 and O1, then a separator.
        if let match = text.wholeMatch(of: /(O\d+\.KR\d+)\s*[:.\-–—)]?\s*(.*)/) {
            return (.keyResult(id: String(match.1)), String(match.2))
        }
        if let match = text.wholeMatch(of: /(O\d+)\s*[:.\-–—)]\s*(.*)/) {
            return (.objective(id: String(match.1)), String(match.2))
        }
        for word in ["key result", "key-result", "keyresult", "kr"] where lower.hasPrefix(word) {
            if let rest = afterNumber(text.dropFirst(word.count)) { return (.keyResult(id: nil), rest.text) }
        }
        for word in ["objective", "goal"] where lower.hasPrefix(word) {
            if let rest = afterNumber(text.dropFirst(word.count)) { return (.objective(id: rest.number.map { "O\($0)" }), rest.text) }
        }
        return nil
    }

    /// What follows "Objective" in "Objective 2: …", "Objective #2 – …", "Objective: …",
    /// "Objective —": an optional number, then a separator or the end; nil when the word goes on
    /// ("Objectives", "Goalkeeper") or a sentence starts ("Objective work is…" has no separator).
    private static func afterNumber(_ text: Substring) -> (number: Int?, text: String)? {
        guard let match = text.wholeMatch(of: /\s*#?\s*(\d+(?:\.\d+)*)?\s*([:.\-–—)|]\s*(.*)|$)/) else {
            // "KR 2 Raise …": a number and a space are label enough.
            if let spaced = text.wholeMatch(of: /\s*#?\s*(\d+(?:\.\d+)*)\s+(.*)/) { return (Int(spaced.1), String(spaced.2)) }
            return nil
        }
        return (match.1.flatMap { Int($0) }, match.3.map(String.init) ?? "")
    }

    /// `Owner: Ana`, `**Due:** 2027-06-30` (made plain): the field's name, lowercased, and its value;
    /// nil unless the name is one of `names`.
    static func field(_ text: String, _ names: Set<String>) -> (name: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[..<colon].trimmingWhitespace().lowercased()
        guard names.contains(name) else { return nil }
        return (name, text[text.index(after: colon)...].trimmingWhitespace())
    }
}
