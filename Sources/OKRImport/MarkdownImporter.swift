import OKRModel

/// Reads OKRs from a Markdown page: okr's own export read back, and the shapes wikis use — a heading
/// (any level) or a bold line per objective with a bullet per key result, or a list of objectives
/// with their key results nested under them; "Objective 1:", "O1 –", "KR1:", "Key result 2 –"
/// labels; numbered lists, task boxes, emphasis and links made plain; a key result's own sub-bullets
/// kept as its notes (an unknown `notes` member), or read as its owner, due date, confidence,
/// baseline or target when they say so ("Owner: Ana"), and a trailing "- @name" as its owner;
/// a title heading's team and quarter. On a page that labels its objectives ("Objective:", "O1:"),
/// an unlabelled heading or bold line is an objective only if the labels are on headings or lines
/// too, and an unlabelled item only in a list where labelled objectives are: the page's other
/// headings and lists (how the team uses OKRs, links) are not taken for objectives.
/// Tables are read where they have a "Key result" column (okr's export) or sit under "KPIs".
///
/// What okr's Markdown does not carry does not come back: timestamps, each key result's metric,
/// direction, indicator, focus, current value, accepted rules and check-ins, objectives' alignment,
/// KPI history and direction, unknown members; line breaks inside a text come back as " / ",
/// and text is trimmed. Pure: text in, outcome out; key results as the page states them.
public enum MarkdownImporter {
    public static func read(_ text: String) -> ImportOutcome {
        let lines = MarkdownLine.lines(of: text)
        // Where the page labels objectives: in headings or lines, and in which lists (the heading
        // above and the indentation), so unlabelled siblings there are objectives too.
        var labelsBlocks = false
        var labelledLists: Set<MarkdownReader.ListPlace> = []
        var heading = 0
        for (index, line) in lines.enumerated() {
            if case .heading = line { heading = index }
            guard line.namesAnObjective else { continue }
            if case .item(let indent, _) = line {
                labelledLists.insert(MarkdownReader.ListPlace(heading: heading, indent: indent))
            } else {
                labelsBlocks = true
            }
        }
        let labelsNone = !labelsBlocks && labelledLists.isEmpty
        var reader = MarkdownReader(headingObjectives: labelsNone || labelsBlocks, itemObjectives: labelsNone ? nil : labelledLists)
        for (index, line) in lines.enumerated() {
            reader.take(line, at: index + 1)
        }
        return reader.outcome()
    }
}

extension MarkdownLine {
    /// A heading, item or line that starts with an objective's label.
    var namesAnObjective: Bool {
        switch self {
        case .heading(_, let text), .item(_, let text), .text(let text):
            if case .objective? = MarkdownLabel.read(MarkdownInline.plain(text))?.kind { return true }
            return false
        default:
            return false
        }
    }
}
