import OKRCoach
import OKRExport
import OKRModel
import Testing

@Suite("Findings as JSON")
struct FindingJSONTests {
    static let findings = [
        Finding(rule: "kr-no-baseline", severity: .warning, failureMode: 2, target: "O1.KR3",
                path: .root / "objectives" / 0 / "keyResults" / 2 / "statement",
                message: "Plain message", question: "Where do we start?"),
        Finding(rule: "objective-too-long", severity: .error, failureMode: 5, target: "O12",
                path: JSONPointer(["objectives", "a/b~c", "title"]),
                message: "Quotes \" and \\ backslash,\nnew line\tand tab \u{1}", question: "Ünïcödé — 日本語 🎯?"),
    ]

    /// The direct writer lint uses and the general one exports use may never drift apart.
    @Test(arguments: [nil, "okrs.json", "/a folder/with \"quotes\"/ünï.json"])
    func directWritingMatchesTheGeneralWriter(file: String?) {
        for finding in FindingJSONTests.findings {
            for indent in [0, 2] {
                var direct: [UInt8] = []
                FindingJSON.appendPretty(finding, file: file, indent: indent, to: &direct)
                var general: [UInt8] = []
                JSONWriter.appendPretty(FindingJSON.encode(finding, file: file), indent: indent, to: &general)
                #expect(direct == general, "\(finding.rule) \(file ?? "-") \(indent)")
            }
        }
    }
}
