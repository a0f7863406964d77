import Foundation
import OKRCoach
import OKRExport
import OKRModel
import Testing

/// Every format over documents full of tricky text, compared byte for byte with
/// committed files in `Golden/`. A mismatch fails; after a deliberate change,
/// `OKR_UPDATE_GOLDEN=1 swift test --filter OKRExportTests` rewrites the files
/// in the source tree, and the diff is reviewed like code.
@Suite("Export golden files")
struct GoldenTests {
    /// Fixed findings, so these files change only when the renderers do, not when the coach's wording does.
    static let findings = [
        Finding(
            rule: "purpose-missing", severity: .error, failureMode: 3, target: "document", path: JSONPointer(["purpose", "who"]),
            message: "Nobody said *who* this is for.", question: "Who gets value from this <work>?"
        ),
        Finding(
            rule: "kr-is-output", severity: .warning, failureMode: 2, target: "O1.KR2", path: JSONPointer(["objectives", "0", "keyResults", "1", "statement"]),
            message: "\"=HYPERLINK\" reads like a | deliverable.\nIt names work, not change.", question: "What changes for people once it's done?"
        ),
        Finding(
            rule: "siloed-objectives", severity: .info, failureMode: 4, target: "document", path: JSONPointer(["objectives"]),
            message: "No objective is shared.", question: "Which team would you need?"
        ),
    ]

    @Test(arguments: ["tricky", "sparse"], ExportFormat.allCases)
    func matchesGolden(document name: String, format: ExportFormat) throws {
        let document = try DocumentStore(path: Golden.path("\(name).json")).load()
        let withFindings = format == .json || format == .markdown
        let actual = Exporter.render(document, as: format, findings: withFindings ? Self.findings : nil)
        let suffix = switch format {
        case .json: "findings.json"
        case .markdown: "md"
        case .csv: "csv"
        case .yaml: "yaml"
        }
        try Golden.check(actual, against: "\(name).\(suffix)")
    }

    @Test func jsonWithoutFindingsIsTheDocumentAsSaved() throws {
        let document = try DocumentStore(path: Golden.path("tricky.json")).load()
        #expect(Exporter.render(document, as: .json, findings: nil) == DocumentEncoder.text(document))
    }

    @Test func jsonWithFindingsReadsBackAsTheSameDocument() throws {
        let document = try DocumentStore(path: Golden.path("tricky.json")).load()
        let text = Exporter.render(document, as: .json, findings: Self.findings)
        #expect(try DocumentStore.document(from: Array(text.utf8), path: "export.json") == document)
    }

    @Test func theCoachReviewsOnlyWhereFindingsAreShown() throws {
        let document = try DocumentStore(path: Golden.path("tricky.json")).load()
        let coach = Coach.builtin()
        let findings = coach.review(document)
        #expect(Exporter.render(document, as: .markdown, coach: coach) == Exporter.render(document, as: .markdown, findings: findings))
        #expect(Exporter.render(document, as: .json, coach: coach) == Exporter.render(document, as: .json, findings: nil))
        #expect(Exporter.render(document, as: .json, coach: coach, withFindings: true) == Exporter.render(document, as: .json, findings: findings))
        #expect(Exporter.render(document, as: .csv, coach: coach, withFindings: true) == Exporter.render(document, as: .csv, findings: nil))
    }

    @Test func markdownLeavesOutInfosAndCSVIgnoresFindings() throws {
        let document = try DocumentStore(path: Golden.path("tricky.json")).load()
        let markdown = Exporter.render(document, as: .markdown, findings: Self.findings)
        #expect(markdown.contains("purpose-missing"))
        #expect(markdown.contains("kr-is-output"))
        #expect(!markdown.contains("siloed-objectives"))
        #expect(!Exporter.render(document, as: .markdown, findings: nil).contains("To discuss"))
        #expect(Exporter.render(document, as: .csv, findings: Self.findings) == Exporter.render(document, as: .csv, findings: nil))
    }
}

/// The committed inputs and expected outputs under `Golden/`.
enum Golden {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden")!.path
    }

    /// Fails unless `actual` equals the golden file byte for byte; with `OKR_UPDATE_GOLDEN=1`, rewrites the source copy instead.
    static func check(_ actual: String, against name: String, sourceFile: String = #filePath) throws {
        if ProcessInfo.processInfo.environment["OKR_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
            try Data(actual.utf8).write(to: source)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden") else {
            Issue.record("Golden/\(name) is missing; run with OKR_UPDATE_GOLDEN=1 to create it")
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(Data(actual.utf8) == expected, "Golden/\(name) differs:\n\(actual)")
    }
}
