import Foundation
import Testing

/// `okr lint --format sarif`, read back by an independent SARIF library (sarif-pydantic, installed by .ci/setup).
@Suite("Lint as SARIF")
struct LintSARIFTests {
    @Test func sarifReadsBackWithItsLocationsOnTheRightLines() throws {
        let folder = LintSetTests.folder("org")
        let result = try OKRProcess.run(["lint", "--format", "sarif", folder])
        #expect(result.status == 0)
        let temporary = try TemporaryFolder()
        let path = try temporary.write("okr.sarif", result.stdout)
        let script = """
        import json, sys
        try:
            import sarif_pydantic
        except ImportError:
            sys.exit("python3 has no sarif_pydantic module: pip install sarif-pydantic (.ci/setup does this)")
        log = sarif_pydantic.load(sys.argv[1])
        run = log.runs[0]
        rules = [rule.id for rule in run.tool.driver.rules]
        out = {"version": log.version, "rules": rules, "results": []}
        for result in run.results:
            location = result.locations[0].physical_location
            out["results"].append({
                "rule": result.rule_id, "file": location.artifact_location.uri,
                "line": location.region.start_line, "column": location.region.start_column,
                "related": len(result.related_locations or []),
            })
        print(json.dumps(out))
        """
        let log = try #require(try Python.json(script, path) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["rules"] as? [String])?.contains("kpi-tug-of-war") == true)
        let results = try #require(log["results"] as? [[String: Any]])
        #expect(results.count > 40)
        // Every location is the start of a value at that line and column of its file.
        for entry in results {
            let file = try #require(entry["file"] as? String)
            let line = try #require(entry["line"] as? Int), column = try #require(entry["column"] as? Int)
            let text = try String(contentsOfFile: file.removingPercentEncoding ?? file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let row = Array(text[line - 1])
            #expect(column <= row.count && "{[\"-0123456789tfn".contains(row[column - 1]), "\(entry)")
        }
        // The tug of war points at Merchandising's key result and relates Finance's.
        let tug = try #require(results.first { $0["rule"] as? String == "kpi-tug-of-war" })
        #expect((tug["file"] as? String)?.hasSuffix("merchandising.json") == true && tug["related"] as? Int == 1)
        let merchandising = try String(contentsOfFile: folder + "/merchandising.json", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(merchandising[(tug["line"] as! Int) - 1].contains("{"), "the key result's object starts there")
    }
}
