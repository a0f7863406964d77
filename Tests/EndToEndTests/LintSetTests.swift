import Foundation
import Testing

/// `okr lint` on folders: a set of team documents and a company document reviewed together (issue 15).
@Suite("Lint across documents")
struct LintSetTests {
    /// The fixture folder `name`, as `okr lint` is given it.
    static func folder(_ name: String) -> String {
        (Fixture.path("org/acme.json") as NSString).deletingLastPathComponent.replacingOccurrences(of: "/org", with: "/\(name)")
    }

    static func report(_ arguments: [String]) throws -> (status: Int32, json: [String: Any], stderr: String) {
        let result = try OKRProcess.run(["lint", "--format", "json"] + arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        return (result.status, json, result.stderr)
    }

    @Test func aFolderIsReadRecursivelyAndEveryRuleAcrossDocumentsIsRaised() throws {
        let (status, json, _) = try Self.report([Self.folder("org")])
        #expect(status == 0, "no finding across documents is an error")
        let across = try #require(json["across"] as? [[String: Any]])
        let rules = Set(across.compactMap { $0["rule"] as? String })
        #expect(rules == ["shared-one-sided", "kpi-tug-of-war", "duplicate-across-teams", "alignment-broken",
                          "unaligned-objective", "parent-unsupported", "period-mismatch"])
        // Findings between two teams name both documents and both items, with a pointer into each.
        let tug = try #require(across.first { $0["rule"] as? String == "kpi-tug-of-war" })
        let places = try #require(tug["places"] as? [[String: Any]])
        #expect(places.compactMap { ($0["file"] as? NSString)?.lastPathComponent } == ["merchandising.json", "finance.json"])
        #expect(places.compactMap { $0["path"] as? String } == ["/objectives/0/keyResults/0", "/objectives/0/keyResults/0"])
        for rule in ["shared-one-sided", "kpi-tug-of-war", "duplicate-across-teams", "period-mismatch"] {
            #expect(across.contains { $0["rule"] as? String == rule && ($0["places"] as? [Any])?.count == 2 }, "\(rule) names both documents")
        }
        // Thirteen okr documents joined the set; the tsconfig.json beside them did not.
        let text = try OKRProcess.run(["lint", "--format", "pretty", Self.folder("org")])
        #expect(text.stdout.contains("in 13 files") && !text.stdout.contains("tsconfig") && text.stderr.isEmpty, "\(text.stdout)")
        #expect(text.stdout.contains("Across 13 documents"))
        // Counted in the summary with the rest.
        let summary = try #require(json["summary"] as? [String: Int])
        let perFile = (json["findings"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "info" }.count
        #expect(summary["infos"] == perFile + across.filter { $0["severity"] as? String == "info" }.count)
    }

    @Test func aCleanSetRaisesNothingAcrossDocuments() throws {
        let (_, json, _) = try Self.report([Self.folder("org-clean")])
        #expect(json["across"] == nil)
        #expect((json["findings"] as? [[String: Any]])?.isEmpty == false, "the documents were read")
    }

    @Test func verboseNamesWhatWasSkippedAndAnUnreadableDocumentDoesNotStopTheRest() throws {
        let folder = try TemporaryFolder()
        for name in ["store-operations.json", "supply-planning.json"] {
            try FileManager.default.copyItem(atPath: Self.folder("org") + "/" + name, toPath: folder.path(name))
        }
        try FileManager.default.createDirectory(atPath: folder.path("nested/.git"), withIntermediateDirectories: true)
        try #"{"schemaVersion": 1, "team": "Broken", "objectives": [{"title": 3}]}"#.write(toFile: folder.path("nested/broken.json"), atomically: true, encoding: .utf8)
        try #"{"name": "not okr"}"#.write(toFile: folder.path("nested/package.json"), atomically: true, encoding: .utf8)
        try #"{"schemaVersion": 1, "objectives": []}"#.write(toFile: folder.path("nested/.git/hidden.json"), atomically: true, encoding: .utf8)
        let result = try OKRProcess.run(["lint", "--verbose", folder.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nested/broken.json"), "\(result.stderr)")
        #expect(result.stderr.contains("package.json: skipped, not an okr document"))
        #expect(!result.stdout.contains("hidden.json") && !result.stderr.contains("hidden.json"))
        #expect(result.stdout.contains("store-operations.json") && result.stdout.contains("supply-planning.json"))
        #expect(result.stdout.contains("in 2 files"))
    }
}
