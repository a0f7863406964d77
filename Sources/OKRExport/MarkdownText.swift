import OKRModel

/// Turns user text into CommonMark inline text that shows exactly those
/// characters: it can never start a heading, list, quote or code block, nor
/// make emphasis, code spans, links, images, raw HTML or entity references.
///
/// - Every ASCII character CommonMark (and GFM: tables, strikethrough) gives a
///   meaning is backslash-escaped. CommonMark allows a backslash before any
///   ASCII punctuation, so the escapes read back as the plain characters, in
///   table cells (`\|`) as much as anywhere.
/// - Line breaks become ` / `: a CommonMark table cell cannot hold a line
///   break without raw HTML, and a break in a heading or list item could start
///   a new block. The same rule everywhere keeps the page predictable.
/// - Tabs become spaces and leading/trailing white space is trimmed, because
///   indentation would turn text into code blocks.
/// - Other control characters and bidirectional overrides are shown as visible
///   stand-ins (`TextSafety`), as on the terminal. Right-to-left scripts and
///   emoji pass through unchanged.
enum MarkdownText {
    /// Characters that are always escaped, wherever they stand.
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "&", "~"]

    /// Characters that mean something only at the start of a line (list bullets, setext underlines, quotes).
    private static let lineStart: Set<Unicode.Scalar> = ["-", "+", "="]

    /// `separators`: characters that split a list the text is an item of (", " between participants),
    /// escaped too, so a reader (`okr import`) splits "Ana\\, Jr., Ben" into two names; CommonMark
    /// shows the escaped character as it is.
    static func escape(_ text: String, separators: Set<Unicode.Scalar> = []) -> String {
        let flat = TextSafety.neutralise(oneLine(text))
        var out = String.UnicodeScalarView()
        let scalars = Array(flat.unicodeScalars)
        // "1. " or "1) " at the start would begin an ordered list: escape the delimiter after leading digits.
        let leadingDigits = scalars.prefix { ("0"..."9").contains($0) }.count
        for (i, scalar) in scalars.enumerated() {
            let startsLine = i == 0 && lineStart.contains(scalar)
            let endsListNumber = i == leadingDigits && leadingDigits > 0 && (scalar == "." || scalar == ")")
            if special.contains(scalar) || separators.contains(scalar) || startsLine || endsListNumber { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// The text on one line: each run of line breaks (CR, LF, VT, FF, NEL, U+2028, U+2029) becomes
    /// ` / `, tabs become spaces, and white space at either end is dropped.
    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inBreak = false
        for scalar in text.trimmingWhitespace().unicodeScalars {
            switch scalar {
            case "\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                if !inBreak { out.append(contentsOf: " / ".unicodeScalars) }
                inBreak = true
            case "\t":
                out.append(" ")
                inBreak = false
            default:
                out.append(scalar)
                inBreak = false
            }
        }
        return String(out)
    }
}
