/// The plain text a reader sees in a line of Markdown: emphasis, code spans, links, images, HTML tags
/// and backslash escapes gone, so "**KR1:** Raise [NPS](https://…) to 40" reads "KR1: Raise NPS to 40".
/// Pages are written by people, so this is forgiving: a lone `*` or `_` inside a word is kept.
enum MarkdownInline {
    static func plain(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let pairs = matchingBrackets(scalars)
        let nextClose = nextAngleClose(scalars)
        var out = String.UnicodeScalarView()
        // Where a link's text ends, and where to go on after its `(target)` or `[ref]`.
        var resume: [Int: Int] = [:]
        var i = 0
        while i < scalars.count {
            if let next = resume[i] {
                i = next
                continue
            }
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
                while i < scalars.count && scalars[i] == "`" { i += 1 }
                continue
            case "!" where i + 1 < scalars.count && scalars[i + 1] == "[":
                // An image shows its alt text.
                i += 1
                continue
            case "[":
                // [text](target) and [text][ref] show their text; a task box or a plain bracket stays.
                if let close = pairs[i], close + 1 < scalars.count, let end = pairs[close + 1] {
                    resume[close] = end + 1
                    i += 1
                    continue
                }
            case "<":
                // An HTML tag or an autolink: tags go, an autolink keeps its address.
                // A tag is short; a bound keeps a hostile line of `<` linear.
                if let end = nextClose[i], end > i + 1, end - i < 1_000 {
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

    /// For each `[` and `(` (not escaped), the index of the bracket that closes it, in one pass.
    private static func matchingBrackets(_ scalars: [Unicode.Scalar]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var squares: [Int] = []
        var rounds: [Int] = []
        var i = 0
        while i < scalars.count {
            switch scalars[i] {
            case "\\": i += 1
            case "[": squares.append(i)
            case "(": rounds.append(i)
            case "]": if let open = squares.popLast() { pairs[open] = i }
            case ")": if let open = rounds.popLast() { pairs[open] = i }
            default: break
            }
            i += 1
        }
        return pairs
    }

    /// For each `<` on the line, where the next `>` is (a tag ends at its first `>`), in one pass.
    private static func nextAngleClose(_ scalars: [Unicode.Scalar]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var next: Int?
        for i in scalars.indices.reversed() {
            if scalars[i] == ">" { next = i }
            if scalars[i] == "<", let next { result[i] = next }
        }
        return result
    }

    /// The text with runs of spaces made one and the ends trimmed.
    static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
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
