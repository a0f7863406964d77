import OKRModel

/// Reads OKRs from a Markdown page: okr's own export read back, and the shapes wikis use — a heading
/// (any level) or a bold line per objective with a bullet per key result, or a list of objectives
/// with their key results nested under them; "Objective 1:", "O1 –", "KR1:", "Key result 2 –"
/// labels; numbered lists, task boxes, emphasis and links made plain; a key result's own sub-bullets
/// kept as its notes (an unknown `notes` member), or read as its owner, due date, confidence,
/// baseline or target when they say so ("Owner: Ana"); a title heading's team and quarter.
/// Tables are read where they have a "Key result" column (okr's export) or sit under "KPIs".
///
/// What okr's Markdown does not carry does not come back: timestamps, each key result's metric,
/// direction, indicator, focus, current value, accepted rules and check-ins, objectives' alignment,
/// KPI history and direction, unknown members; line breaks inside a text come back as " / ",
/// and text is trimmed. Pure: text in, outcome out; key results as the page states them.
public enum MarkdownImporter {
    public static func read(_ text: String) -> ImportOutcome {
        var reader = MarkdownReader()
        for (index, line) in MarkdownLine.lines(of: text).enumerated() {
            reader.take(line, at: index + 1)
        }
        return reader.outcome()
    }
}
