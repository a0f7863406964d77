import Testing
@testable import OKRModel

@Suite("Format v1: validation")
struct ValidationTests {
    func issues(_ text: String) -> [DocumentError.Located] {
        do {
            _ = try DocumentStore.document(from: Array(text.utf8), path: "v.json")
            return []
        } catch {
            guard case .invalid(_, let issues, _) = error else { return [] }
            return issues
        }
    }

    @Test func duplicateIDsAndDanglingReferences() {
        let found = issues(#"""
        {"schemaVersion": 1,
         "kpis": [{"id": "K1", "name": "a"}],
         "objectives": [
           {"id": "O1", "title": "x", "kpis": ["K1", "K9"], "keyResults": [{"id": "O1.KR1", "statement": "s"}, {"id": "O1.KR1", "statement": "t"}]},
           {"id": "O1", "title": "y"}]}
        """#)
        #expect(found.map(\.issue.pointer.description) == ["/objectives/0/kpis/1", "/objectives/0/keyResults/1/id", "/objectives/1/id"])
        #expect(found[0].issue.message.contains("\"K9\""))
        #expect(found[1].issue.message.contains("already used at /objectives/0/keyResults/0/id"))
        #expect(found[2].position == TextPosition(line: 5, column: 11))
    }

    @Test(arguments: ["2027-02-29", "2027-13-01", "2027-1-1", "31/03/2027", "2027-04-31", "2027-03-31T00:00"])
    func badDueDates(due: String) {
        let found = issues(#"{"schemaVersion": 1, "objectives": [{"title": "x", "keyResults": [{"statement": "s", "due": "\#(due)"}]}]}"#)
        #expect(found.map(\.issue.pointer.description) == ["/objectives/0/keyResults/0/due"])
    }

    @Test(arguments: ["2028-02-29", "2000-02-29", "2027-12-31"])
    func goodDueDates(due: String) {
        #expect(CalendarDate.isValid(due))
    }

    @Test func manyProblemsAreSummarised() throws {
        let objectives = (0..<50).map { _ in #"{"id": "O1", "title": "same"}"# }.joined(separator: ",")
        do {
            _ = try DocumentStore.document(from: Array(#"{"schemaVersion": 1, "objectives": [\#(objectives)]}"#.utf8), path: "v.json")
            Issue.record("accepted duplicate ids")
        } catch {
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == DocumentError.shownIssues + 1)
            #expect(lines.last == "v.json: … and 39 more problems of the same kind")
        }
    }

    @Test func confidenceIsAShare() {
        let found = issues(#"{"schemaVersion": 1, "objectives": [{"title": "x", "keyResults": [{"statement": "s", "confidence": 5}]}]}"#)
        #expect(found.first?.issue.message.contains("0.5 is 5/10") == true)
    }

    @Test func timestamps() {
        for good in ["2026-11-27T10:00:00Z", "2026-11-27T10:00:00.5+01:00", "2026-11-27t23:59:60z"] {
            #expect(Timestamp.isValid(good), "\(good)")
        }
        for bad in ["2026-11-27", "2026-11-27T10:00:00", "2026-11-27T24:00:00Z", "2026-11-27T10:00:00+1:00", "yesterday"] {
            #expect(!Timestamp.isValid(bad), "\(bad)")
        }
        #expect(Timestamp.isValid(Timestamp.now()))
        #expect(issues(#"{"schemaVersion": 1, "createdAt": "today"}"#).map(\.issue.pointer.description) == ["/createdAt"])
    }
}
