import Foundation
import Testing

/// `okr status`, and the outcome review in `okr lint` and `okr export` (issue 14), on `check-ins.json`:
/// one committed objective in 2027-Q1 seen on 2027-02-15, day 45 of the period's 89 (expected 45/89 = 0.51).
@Suite("okr status")
struct StatusCommandTests {
    static let date = "2027-02-15"

    func json(_ result: OKRProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    }

    @Test func jsonHasTheContractsShapeAndHandComputedScores() throws {
        let result = try OKRProcess.run(["status", "--date", Self.date, "--format", "json", Fixture.path("check-ins.json")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let report = try json(result)
        #expect(Set(report.keys) == ["asOf", "documents", "findings"])
        #expect(report["asOf"] as? String == Self.date)
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        #expect(Set(document.keys) == ["file", "team", "period", "elapsed", "objectives"])
        #expect(document["period"] as? String == "2027-Q1")
        #expect(document["elapsed"] as? Double == 0.51)
        let objective = try #require((document["objectives"] as? [[String: Any]])?.first)
        #expect(Set(objective.keys) == ["id", "score", "status", "keyResults"])
        // (0.20 + 0.50 + 1 + 1) / 4
        #expect(objective["score"] as? Double == 0.68)
        #expect(objective["status"] as? String == "on-track")
        let keyResults = try #require(objective["keyResults"] as? [[String: Any]])
        for keyResult in keyResults {
            #expect(Set(keyResult.keys) == ["id", "progress", "expected", "status", "confidence", "history"])
        }
        func row(_ k: Int) -> String {
            let kr = keyResults[k]
            return "\(kr["id"]!) \(kr["progress"]!) \(kr["expected"]!) \(kr["status"]!) \(kr["confidence"]!)"
        }
        // Increase 15 → 80 at 28: 13 / 65 = 0.20, at 0.51 expected more than 0.30 behind.
        #expect(row(0) == "O1.KR1 0.2 0.51 off-track 0.7")
        // Decrease 6 → 2 hours at 4: 2 / 4 = 0.50, within 0.10 of 0.51.
        #expect(row(1) == "O1.KR2 0.5 0.51 on-track 0.6")
        // Keep at most 3.5% at 3.0: held.
        #expect(row(2) == "O1.KR3 1 0.51 on-track 0.9")
        // A milestone done, due 2027-02-28: 45 / 58 = 0.78 of its own period.
        #expect(row(3) == "O1.KR4 1 0.78 done 1")
        let history = try #require(keyResults[0]["history"] as? [[String: Any]])
        #expect(history.map { "\($0["date"]!)=\($0["value"]!)" } == ["2027-01-04=15", "2027-01-25=16", "2027-02-15=28"])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.map { "\($0["rule"]!) \($0["target"]!)" } == ["delivery-ahead-of-adoption O1", "confidence-without-progress O1.KR1"])
        for finding in findings {
            #expect(Set(finding.keys) == ["file", "rule", "severity", "failureMode", "target", "path", "message", "question"])
        }
    }

    @Test func textShowsBarsWordsConfidenceAndSparklines() throws {
        let result = try OKRProcess.run(["status", "--date", Self.date, Fixture.path("check-ins.json")])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("as of 2027-02-15, 51% of the period gone"))
        #expect(result.stdout.contains("O1.KR1  ████░░░░░░│░░░░░░░░░░  0.20 / 0.51  off track  7/10  ▁▂█"), "\(result.stdout)")
        #expect(result.stdout.contains("O1.KR4  ████████████████│████  1.00 / 0.78  done"))
        #expect(result.stdout.contains("delivery-ahead-of-adoption: The work is landing: O1.KR4 at 1.00 against 0.78 expected (done)."))
        // Colour only on a terminal: never through a pipe.
        let piped = try OKRProcess.run(["status", "--date", Self.date, Fixture.path("check-ins.json")], environment: ["NO_COLOR": ""])
        #expect(!piped.stdout.contains("\u{1B}["))
    }

    @Test func markdownHasATablePerObjective() throws {
        let result = try OKRProcess.run(["status", "--date", Self.date, "--format", "markdown", Fixture.path("check-ins.json")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("## Status as of 2027-02-15"))
        #expect(result.stdout.contains("### O1: Make replenishment effortless for every store manager — 0.68, on track"))
        #expect(result.stdout.contains("| O1.KR1 | 0.20 | 0.51 | off track | 7/10 | ▁▂█ |"))
        #expect(result.stdout.contains("O1 (warning, delivery-ahead-of-adoption)"))
    }

    @Test func badInputIsRefusedWithItsPlace() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("broken.json", "{\"schemaVersion\": 1, \"team\": ")
        let result = try OKRProcess.run(["status", "--date", Self.date, broken, Fixture.path("check-ins.json")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stdout.contains("O1.KR1"))
        let date = try OKRProcess.run(["status", "--date", "2027-02-30", Fixture.path("check-ins.json")])
        #expect(date.status != 0 && date.stderr.contains("--date takes a day like 2027-02-15"))
        // A period okr cannot date: said once, expected progress left out.
        let undated = try folder.write("undated.json", try Fixture.text("check-ins.json").replacingOccurrences(of: "\"2027-Q1\"", with: "\"Spring\""))
        let spring = try OKRProcess.run(["status", "--date", Self.date, "--format", "json", undated])
        #expect(spring.status == 0)
        #expect(spring.stderr.contains("gives no dates okr can read"))
        let document = try #require((try json(spring)["documents"] as? [[String: Any]])?.first)
        #expect(document["elapsed"] is NSNull)
    }

    @Test func lintRunsTheOutcomeReviewOnlyOnceThereAreCheckIns() throws {
        let checked = try OKRProcess.run(["lint", "--date", Self.date, "--format", "json", Fixture.path("check-ins.json")])
        let rules = try #require(try json(checked)["findings"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        #expect(rules.contains("delivery-ahead-of-adoption") && rules.contains("confidence-without-progress"))
        #expect(rules.contains("kr-health-metric"))
        // A document without check-ins lints as it always did, whatever the date.
        let plain = try OKRProcess.run(["lint", "--format", "json", Fixture.path("every-rule.json")])
        let dated = try OKRProcess.run(["lint", "--date", Self.date, "--format", "json", Fixture.path("every-rule.json")])
        #expect(plain.stdout == dated.stdout && plain.status == dated.status)
    }

    @Test func markdownExportShowsStatusAsOfTheLatestCheckIn() throws {
        let markdown = try OKRProcess.run(["export", "--format", "markdown", Fixture.path("check-ins.json")])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("## Status as of 2027-02-15"))
        #expect(markdown.stdout.contains("| O1.KR2 | 0.50 | 0.51 | on track | 6/10 | █▁ |"))
        #expect(markdown.stdout.contains("delivery-ahead-of-adoption"))
        let plain = try OKRProcess.run(["export", "--format", "markdown", Fixture.path("clean.json")])
        #expect(!plain.stdout.contains("Status as of"))
    }
}
