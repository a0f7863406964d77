/// Makes text from files and keyboards safe to show on a terminal: control
/// characters and escape sequences are replaced by visible stand-ins, so a
/// document or a prompt file can never drive the terminal.
public enum TextSafety {
    /// Shows C0/C1 controls and DEL as `␛`-style symbols or `\u{..}`; keeps all printable text, including emoji and right-to-left scripts.
    /// Bidirectional overrides are made visible too, so they cannot reorder what follows them on screen.
    public static func neutralise(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                if scalar.value < 0x20 {
                    // U+2400 "control pictures" mirror C0: ␀ … ␟.
                    out.append(Unicode.Scalar(0x2400 + scalar.value)!)
                } else if scalar.value == 0x7F {
                    out.append("\u{2421}")
                } else {
                    out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Like `neutralise`, for one-line messages: at most `limit` characters, with an ellipsis when cut.
    public static func clip(_ text: String, limit: Int = 60) -> String {
        let safe = neutralise(text)
        guard safe.count > limit else { return safe }
        return String(safe.prefix(limit - 1)) + "…"
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true  // bidi embeddings, overrides and isolates
        default: return false
        }
    }
}
