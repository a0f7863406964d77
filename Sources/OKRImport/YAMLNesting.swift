/// A bound on how deeply a YAML text nests, found before it is parsed: Yams builds its nodes
/// recursively, and a hostile text of a hundred thousand `[` would exhaust the stack before any
/// limit of ours could see the tree.
/// The bound is generous, never short: flow brackets still open (in quoted text and comments too,
/// which only counts more), plus two levels per indentation step still open (a block list may sit at
/// its key's indentation), plus the compact markers on the line itself (`- - x`, `? a`, `a: b`).
enum YAMLNesting {
    /// The first line on which the bound passes `limit`, or nil when the text stays within it.
    static func lineTooDeep(_ text: String, limit: Int) -> Int? {
        var flow = 0
        var indents: [Int] = []
        var line = 1
        var indentation = 0
        var atLineStart = true
        var markers = 0
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in text.utf8 {
            // A marker counts when a space or the line's end follows it.
            let isMarker = previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?") || previous == UInt8(ascii: ":")
            if isMarker, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") { markers += 1 }
            previous = byte
            if byte == UInt8(ascii: "\n") {
                if flow + 2 * indents.count + markers > limit { return line }
                line += 1
                indentation = 0
                atLineStart = true
                markers = 0
                previous = UInt8(ascii: " ")
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indentation += 1
                    continue
                }
                atLineStart = false
                while let last = indents.last, last >= indentation { indents.removeLast() }
                indents.append(indentation)
            }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"): flow += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
            default: break
            }
            if flow + 2 * indents.count + markers > limit { return line }
        }
        return nil
    }
}
