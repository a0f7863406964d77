/// The plain text a reader sees in a line of Markdown: emphasis, code spans, links, images, HTML tags
/// and backslash escapes gone, so "**KR1:** Raise [NPS](https://…) to 40" reads "KR1: Raise NPS to 40".
/// Pages are written by people, so this is forgiving: a lone `*` or `_` inside a word is kept.
enum MarkdownInline {
    static func plain(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            switch scalar {
            case "\\" where i + 1 < scalars.count && scalars[i + 1].isASCIIPunctuation:
                // An escaped character stands for itself, and is never markup.
                out.append(scalars[i + 1])
                i += 2
                continue
            case "*", "_", "~":
                // Runs of emphasis or strike-through markers are markup where they touch a word's edge;
                // inside a word (snake_case, 2*3) they are text.
                var end = i
                while end < scalars.count && scalars[end] == scalar { end += 1 }
                let before = i > 0 ? scalars[i - 1] : " "
                let after = end < scalars.count ? scalars[end] : " "
                if before.isWordCharacter && after.isWordCharacter && scalar != "~" {
                    out.append(contentsOf: scalars[i..<end])
                }
                i = end
                continue
            case "`":
                var end = i
                while end < scalars.count && scalars[end] == "`" { end += 1 }
                i = end
                continue
            case "!" where i + 1 < scalars.count && scalars[i + 1] == "[":
                // An image shows its alt text.
                i += 1
                continue
            case "[":
                // [text](target) and [text][ref] show their text; a checkbox or a plain bracket stays.
                if let close = matching(scalars, from: i, open: "[", close: "]"), close + 1 < scalars.count,
                   scalars[close + 1] == "(" || scalars[close + 1] == "[",
                   let end = matching(scalars, from: close + 1, open: scalars[close + 1], close: scalars[close + 1] == "(" ? ")" : "]") {
                    out.append(contentsOf: plain(String(String.UnicodeScalarView(scalars[(i + 1)..<close]))).unicodeScalars)
                    i = end + 1
                    continue
                }
            case "<":
                // An HTML tag or an autolink: tags go, an autolink keeps its address.
                if let end = scalars[i...].firstIndex(of: ">"), end > i + 1 {
                    let inside = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
                    if inside.contains("://") || inside.contains("@") && !inside.contains(" ") {
                        out.append(contentsOf: inside.unicodeScalars)
                        i = end + 1
                        continue
                    }
                    if let first = inside.unicodeScalars.first, first.properties.isAlphabetic || first == "/" || first == "!" {
                        i = end + 1
                        continue
                    }
                }
            default:
                break
            }
            out.append(scalar)
            i += 1
        }
        return collapsingSpaces(String(out))
    }

    /// The text with runs of spaces made one and the ends trimmed.
    static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static func matching(_ scalars: [Unicode.Scalar], from start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
        var depth = 0
        var i = start
        while i < scalars.count {
            if scalars[i] == "\\" {
                i += 2
                continue
            }
            if scalars[i] == open { depth += 1 }
            if scalars[i] == close {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }
}

extension Unicode.Scalar {
    /// A letter or a digit: what emphasis markers inside a word stand between.
    fileprivate var isWordCharacter: Bool {
        properties.isAlphabetic || properties.numericType != nil
    }

    /// What CommonMark lets a backslash escape.
    fileprivate var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
    }
}
