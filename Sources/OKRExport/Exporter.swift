import OKRCoach
import OKRModel

/// Where exports are made, for both `okr export` and the workshop's
/// `/export`. Pure: it turns a document (and, when wanted, the coach's findings
/// on it) into text; writing that text somewhere is the caller's job.
public enum Exporter {
    /// `document` rendered as `format`.
    ///
    /// `findings` is the coach's review of `document` (`Coach.review`, which
    /// already leaves out accepted rules), or nil for none:
    /// - json: non-nil adds a derived `findings` array (lint's shape, without
    ///   `file`) after the document's members; nil writes the plain document.
    /// - markdown: errors and warnings become a "To discuss" section; infos are left out; findings
    ///   marked `kept` (the team's decisions) are listed under "Decisions".
    /// - csv: ignored; the columns are fixed by DESIGN.md.
    /// - yaml: ignored; the file is the document, to read back (`okr import`).
    /// - scores: markdown only, a "Status as of …" section (`Coach.scores`); nil for none.
    public static func render(_ document: Document, as format: ExportFormat, findings: [Finding]?, scores: DocumentScore? = nil) -> String {
        switch format {
        case .json: return JSONRenderer.render(document, findings: findings)
        case .markdown: return MarkdownRenderer.render(document, findings: findings ?? [], scores: scores)
        case .csv: return CSVRenderer.render(document)
        case .yaml: return YAMLRenderer.render(document)
        }
    }

    /// `document` rendered as `format`, with `coach` reviewing it only where the
    /// result shows findings: always for markdown, for json only `withFindings`.
    /// Once the document has check-ins, the review includes the outcome review and the Markdown the
    /// status, both as of the latest check-in: an export reads the same whenever it is made.
    /// What `okr export` and the workshop's `/export` call.
    public static func render(_ document: Document, as format: ExportFormat, coach: Coach, withFindings: Bool = false) -> String {
        let reviewed = format == .markdown || (format == .json && withFindings)
        guard let asOf = DocumentScore.latestCheckIn(document) else {
            return render(document, as: format, findings: reviewed ? coach.review(document, includingKept: true) : nil)
        }
        return render(document, as: format, findings: reviewed ? coach.review(document, includingKept: true, asOf: asOf) : nil,
                      scores: format == .markdown ? coach.scores(document, asOf: asOf) : nil)
    }
}
