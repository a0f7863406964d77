import Foundation
import Testing

@Suite("okr lint and okr rules")
struct LintCommandTests {
    /// The rules one document can raise (every-rule.json raises each).
    static let documentRules = [
        "purpose-missing", "objective-has-metric", "objective-too-long", "objective-business-as-usual", "objective-is-output",
        "kr-not-measurable", "kr-is-output", "kr-binary", "kr-no-baseline", "kr-health-metric", "kr-vanity-metric", "kr-count",
        "no-adoption-kr", "no-leading-indicator", "duplicate-kr", "too-many-objectives", "siloed-objectives", "kpis-unlinked",
    ]
    /// The outcome review's rules (issue 14): listed after the drafting rules, raised only with check-ins.
    static let outcomeRules = ["delivery-ahead-of-adoption", "kpi-up-outcome-flat", "confidence-without-progress", "kpi-side-effect", "check-in-overdue"]

    /// The grade rules (issue 16): raised once a key result has a grade.
    static let gradeRules = ["grades-all-high", "committed-missed", "outcome-missed"]

    /// Every rule `okr rules` lists: those, the outcome review's, the grade rules, then the ones across
    /// documents (issue 15; LintSetTests raises each).
    static let allRules = documentRules + outcomeRules + gradeRules + [
        "shared-one-sided", "kpi-tug-of-war", "duplicate-across-teams", "alignment-broken", "unaligned-objective",
        "parent-unsupported", "period-mismatch",
    ]

    func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures")).path
    }

    func findings(_ result: OKRProcess.Result) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]])
    }

    @Test func everyRuleFiresWithTargetAndPath() throws {
        let result = try OKRProcess.run(["lint", "--format", "json", try fixture("every-rule")])
        #expect(result.status == 1)
        let found = try findings(result).map { finding in
            "\(finding["rule"] as? String ?? "") \(finding["target"] as? String ?? "") \(finding["path"] as? String ?? "")"
        }
        let expected = [
            "purpose-missing document /purpose/evidence",
            "too-many-objectives document /objectives",
            "siloed-objectives document /objectives",
            "kpis-unlinked document /kpis",
            "objective-has-metric O1 /objectives/0/title",
            "kr-not-measurable O1.KR1 /objectives/0/keyResults/0/statement",
            "objective-too-long O2 /objectives/1/title",
            "kr-is-output O2.KR1 /objectives/1/keyResults/0/statement",
            "objective-business-as-usual O3 /objectives/2/title",
            "no-adoption-kr O4 /objectives/3/keyResults",
            "kr-health-metric O3.KR1 /objectives/2/keyResults/0/statement",
            "kr-binary O3.KR2 /objectives/2/keyResults/1/statement",
            "objective-is-output O4 /objectives/3/title",
            "kr-count O4 /objectives/3/keyResults",
            "kr-vanity-metric O4.KR1 /objectives/3/keyResults/0/statement",
            "kr-no-baseline O4.KR1 /objectives/3/keyResults/0/statement",
            "no-leading-indicator O5 /objectives/4/keyResults",
            "duplicate-kr O6.KR2 /objectives/5/keyResults/1/statement",
        ]
        for line in expected {
            #expect(found.contains(line), "missing: \(line)")
        }
        #expect(Set(found.map { String($0.prefix { $0 != " " }) }) == Set(Self.documentRules))
    }

    @Test func jsonMatchesTheContract() throws {
        let result = try OKRProcess.run(["lint", "--format", "json", try fixture("every-rule")])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(Set(json.keys) == ["findings", "summary"])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["errors", "warnings", "infos"])
        let all = try findings(result)
        for finding in all {
            #expect(Set(finding.keys) == ["file", "rule", "severity", "failureMode", "target", "path", "message", "question"])
            #expect((finding["failureMode"] as? Int).map { (1...5).contains($0) } == true)
            #expect(["info", "warning", "error"].contains(finding["severity"] as? String ?? ""))
            #expect((finding["message"] as? String)?.isEmpty == false)
            #expect((finding["question"] as? String)?.hasSuffix("?") == true)
        }
        #expect(summary["errors"] == all.filter { $0["severity"] as? String == "error" }.count)
        #expect(summary["warnings"] == all.filter { $0["severity"] as? String == "warning" }.count)
        #expect(summary["infos"] == all.filter { $0["severity"] as? String == "info" }.count)
        #expect(result.stderr.isEmpty)
    }

    @Test func cleanDocumentHasNoWarningOrError() throws {
        let json = try OKRProcess.run(["lint", "--format", "json", try fixture("clean")])
        #expect(json.status == 0)
        #expect(try findings(json).filter { ($0["severity"] as? String) != "info" }.isEmpty)
        let strict = try OKRProcess.run(["lint", "--strict", try fixture("clean")])
        #expect(strict.status == 0)
        #expect(strict.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func strictFailsOnWarnings() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: try fixture("clean"), encoding: .utf8)
            .replacingOccurrences(of: "Make replenishment effortless for every store manager", with: "Maintain replenishment for every store manager")
        let path = try folder.write("warned.json", text)
        #expect(try OKRProcess.run(["lint", path]).status == 0)
        let strict = try OKRProcess.run(["lint", "--strict", path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("objective-business-as-usual"))
    }

    @Test func invalidFileExitsTwoAndOtherFilesAreStillLinted() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("broken.json", "{\"schemaVersion\": 1, \"team\": ")
        let result = try OKRProcess.run(["lint", "--format", "json", broken, try fixture("every-rule")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let files = Set(try findings(result).compactMap { $0["file"] as? String })
        #expect(files == [try fixture("every-rule")])
        // The unreadable file is named in the report too, with the reason, and counted (issue 13).
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let unreadable = try #require(json["unreadable"] as? [[String: String]])
        #expect(unreadable.map { $0["file"] } == [broken])
        #expect(unreadable.first?["message"]?.contains("not valid JSON") == true)
        #expect((json["summary"] as? [String: Int])?["unreadable"] == 1)
        let missing = try OKRProcess.run(["lint", folder.path("nowhere.json")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.json"))
    }

    /// Piped, findings come as compilers write them, so editors and CI jump to the line (issue 15).
    @Test func textIsOneLinePerFindingAtItsLineAndColumn() throws {
        let file = try fixture("every-rule")
        let result = try OKRProcess.run(["lint", file], environment: ["NO_COLOR": ""])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let findings = lines.filter { $0.hasPrefix(file + ":") }
        #expect(findings.count == 20)
        let source = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for line in findings {
            // FILE:LINE:COL: severity: message [rule]
            let parts = line.dropFirst(file.count + 1).split(separator: ":", maxSplits: 3)
            let row = try #require(Int(parts[0])), column = try #require(Int(parts[1]))
            #expect(["error", "warning", "info"].contains(parts[2].trimmingCharacters(in: .whitespaces)))
            #expect(line.hasSuffix("]"))
            // The place is the start of a value in the file: an object, list, string or number.
            let text = Array(source[row - 1])
            #expect(column <= text.count && "{[\"-0123456789tfn".contains(text[column - 1]), "\(line)")
        }
        // The coach's question indented under its finding.
        #expect(result.stdout.contains("]\n    ? What number would you look at"))
        #expect(result.stdout.hasSuffix("2 errors, 13 warnings, 5 infos in 1 file\n"))
    }

    @Test func prettyIsGroupedByObjectiveWithoutColourWhenPiped() throws {
        let result = try OKRProcess.run(["lint", "--format", "pretty", try fixture("every-rule")], environment: ["NO_COLOR": ""])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("  O1 Increase online sales by 25%\n"))
        #expect(result.stdout.contains("O1.KR1 kr-not-measurable:"))
        #expect(result.stdout.contains("? What number would you look at"))
        #expect(result.stdout.hasSuffix("2 errors, 13 warnings, 5 infos in 1 file\n"))
    }

    /// A finding the team kept is their decision: listed and marked, never counted for the exit status (issue 13, item 2).
    @Test func keptFindingsStayVisibleAndDoNotFail() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOfFile: try fixture("every-rule"), encoding: .utf8)
        // Before: O1.KR1 "Improve NPS" is an error and lint fails.
        let text = original
            .replacingOccurrences(of: "{ \"id\": \"O1.KR1\", \"statement\": \"Improve NPS\" }",
                                  with: "{ \"id\": \"O1.KR1\", \"statement\": \"Improve NPS\", \"accepted\": [\"kr-not-measurable\"] }")
        #expect(text != original)
        let path = try folder.write("accepted.json", text)
        let result = try OKRProcess.run(["lint", "--format", "json", path])
        let found = try findings(result)
        let kept = found.filter { $0["kept"] as? Bool == true }
        #expect(kept.count == 1)
        #expect(kept.first?["rule"] as? String == "kr-not-measurable" && kept.first?["target"] as? String == "O1.KR1")
        // Every other finding has no "kept" member at all.
        #expect(found.filter { $0["kept"] != nil }.count == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["errors"] == 1)
        // The text report marks it and says how many were kept.
        let plain = try OKRProcess.run(["lint", "--format", "pretty", path], environment: ["NO_COLOR": ""])
        #expect(plain.stdout.contains("kr-not-measurable (kept by the team):"))
        let compiler = try OKRProcess.run(["lint", path])
        #expect(compiler.stdout.contains("[kr-not-measurable, kept by the team]"))
        #expect(plain.stdout.hasSuffix("1 error, 13 warnings, 5 infos in 1 file; 1 finding kept by the team\n"))
        // Kept errors never fail lint: with the other error (purpose) answered, lint passes.
        let answered = text.replacingOccurrences(of: "\"evidence\": \"\"", with: "\"evidence\": \"Orders in the app\"")
        #expect(answered != text)
        let passing = try OKRProcess.run(["lint", try folder.write("answered.json", answered)])
        #expect(passing.status == 0, "\(passing.stdout)")
    }

    @Test func facilitatorPromptsOverrideMessages() throws {
        let folder = try TemporaryFolder()
        try folder.write("rules.txt", "[kr-count]\nmessage = Custom count words.\n")
        let result = try OKRProcess.run(["lint", "--prompts", folder.url.path, "--format", "json", try fixture("every-rule")])
        #expect(try findings(result).contains { $0["message"] as? String == "Custom count words." })
        // okr rules and okr export read the same copy (issue 13: they ignored a facilitator's wording).
        try folder.write("rules.txt", "[kr-count]\nsummary = Custom count summary.\nmessage = Custom count words.\n")
        let rules = try OKRProcess.run(["rules", "--prompts", folder.url.path])
        #expect(rules.stdout.contains("Custom count summary."))
        let markdown = try OKRProcess.run(["export", "--prompts", folder.url.path, "--format", "markdown", try fixture("every-rule")])
        #expect(markdown.stdout.contains("Custom count words."))
        try folder.write("words.txt", "a stray line\n")
        let broken = try OKRProcess.run(["lint", "--prompts", folder.url.path, try fixture("every-rule")])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("words.txt:1"))
    }

    @Test func rulesListsEveryRule() throws {
        let result = try OKRProcess.run(["rules", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Self.allRules)
        for rule in rules {
            #expect(Set(rule.keys) == ["id", "severity", "failureMode", "summary", "severityRationale"])
            #expect((rule["severityRationale"] as? String)?.isEmpty == false)
        }
        // What each severity does to `okr lint`'s exit status, most severe first.
        let severities = try #require(json["severities"] as? [[String: String]])
        #expect(severities.map { $0["severity"] } == ["error", "warning", "info"])
        #expect(severities[0]["meaning"]?.contains("exits 1") == true)
        #expect(severities[1]["meaning"]?.contains("--strict") == true)
        let text = try OKRProcess.run(["rules"])
        #expect(text.status == 0)
        for id in Self.allRules { #expect(text.stdout.contains(id)) }
        #expect(text.stdout.contains("okr lint exits 1 only with --strict"))
        // "mode 3" is named (issue 13).
        #expect(text.stdout.contains("mode 3  measuring without purpose"))
        let modes = try #require(json["failureModes"] as? [[String: Any]])
        #expect(modes.compactMap { $0["name"] as? String }.count == 5)
    }
}
