import Foundation
import Testing

/// `okr export --format markdown|csv|yaml` and `--with-findings` through the built
/// binary, checked by independent readers: Python's `csv` module, the
/// `markdown-it-py` CommonMark parser, PyYAML and `jsonschema`.
@Suite("okr export formats")
struct ExportFormatsTests {
    static let fixtures = ["tricky-text.json", "every-field.json", "every-rule.json"]
    static let csvHeader = [
        "team", "period", "objective_id", "objective", "type", "objective_owner", "kr_id", "key_result", "metric",
        "baseline", "target", "unit", "direction", "due", "kr_owner", "confidence", "indicator", "focus",
        "done_when", "shared_with", "kpis", "participants",
    ]

    @Test(arguments: fixtures)
    func csvReadsBackToTheDocumentsValues(fixture: String) throws {
        let result = try OKRProcess.run(["export", Fixture.path(fixture), "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdoutBytes.starts(with: [0xEF, 0xBB, 0xBF]), "no byte order mark")
        #expect(result.stdout.hasSuffix("\r\n"))
        let folder = try TemporaryFolder()
        let csvPath = folder.path("export.csv")
        try result.stdoutBytes.write(to: URL(fileURLWithPath: csvPath))
        let rows = try Python.json("""
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8") as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """, csvPath) as! [[String]]

        let document = try JSON.object(Fixture.text(fixture))
        var expected: [[Any?]] = []
        for objective in document["objectives"] as! [[String: Any]] {
            let lead: [Any?] = [document["team"], document["period"], objective["id"], objective["title"], objective["type"], objective["owner"]]
            let keyResults = objective["keyResults"] as? [[String: Any]] ?? []
            // Lists joined by "; ", a KPI with its name and where it stands.
            let kpis = document["kpis"] as? [[String: Any]] ?? []
            let linked = (objective["kpis"] as? [String] ?? []).map { id -> String in
                guard let kpi = kpis.first(where: { $0["id"] as? String == id }) else { return id }
                var text = id + " " + (kpi["name"] as? String ?? "")
                if let current = kpi["current"] as? NSNumber {
                    let unit = kpi["unit"] as? String
                    text += " (" + current.stringValue + (unit.map { $0 == "%" ? $0 : " " + $0 } ?? "") + ")"
                }
                return text
            }
            let trail: [Any?] = [
                (objective["sharedWith"] as? [String] ?? []).joined(separator: "; "),
                linked.joined(separator: "; "),
                (document["participants"] as? [String] ?? []).joined(separator: "; "),
            ]
            if keyResults.isEmpty { expected.append(lead + Array(repeating: nil, count: 13) + trail) }
            for kr in keyResults {
                let fields = ["id", "statement", "metric", "baseline", "target", "unit", "direction", "due", "owner", "confidence", "indicator", "focus", "doneWhen"]
                expected.append(lead + fields.map { kr[$0] } + trail)
            }
        }
        // DESIGN.md's columns and okr's first four lead; the columns `okr import` reads back follow (ImportCommandTests).
        #expect(rows.first.map { Array($0.prefix(Self.csvHeader.count)) } == Self.csvHeader)
        try #require(rows.count == expected.count + 1)
        for (row, values) in zip(rows.dropFirst(), expected) {
            try #require(row.count == rows[0].count)
            for (column, (cell, value)) in zip(Self.csvHeader, zip(row, values)) {
                switch value {
                case nil, is NSNull: #expect(cell == "", "\(column)")
                case let text as String: #expect(cell == text, "\(column)")
                case let number as NSNumber: #expect(Double(cell) == number.doubleValue, "\(column): \(cell)")
                default: Issue.record("unexpected value in \(column)")
                }
            }
        }
    }

    @Test(arguments: fixtures)
    func markdownRendersWithOnlyItsOwnFormatting(fixture: String) throws {
        let result = try OKRProcess.run(["export", Fixture.path(fixture), "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let folder = try TemporaryFolder()
        let markdownPath = try folder.write("export.md", result.stdout)
        // CommonMark plus GFM tables; the page's tags counted, its text gathered as a browser would show it.
        let rendered = try Python.json("""
            import json, sys
            from collections import Counter
            from html.parser import HTMLParser
            from markdown_it import MarkdownIt
            html = MarkdownIt("commonmark").enable("table").render(open(sys.argv[1], encoding="utf-8").read())
            class Reader(HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True)
                    self.tags, self.text = Counter(), []
                def handle_starttag(self, tag, attrs): self.tags[tag] += 1
                def handle_data(self, data): self.text.append(data)
            reader = Reader()
            reader.feed(html)
            print(json.dumps({"tags": reader.tags, "text": " ".join(reader.text)}))
            """, markdownPath) as! [String: Any]
        let tags = rendered["tags"] as! [String: Int]
        let text = Self.collapsed(rendered["text"] as! String)

        let document = try JSON.object(Fixture.text(fixture))
        let objectives = document["objectives"] as! [[String: Any]]
        let kpis = document["kpis"] as? [Any] ?? []
        let notes = document["notes"] as? [Any] ?? []
        let lint = try JSON.object(OKRProcess.run(["lint", "--format", "json", Fixture.path(fixture)]).stdout)
        let open = (lint["findings"] as! [[String: Any]]).filter { $0["severity"] as! String != "info" }
        let sections = 2 + (kpis.isEmpty ? 0 : 1) + (open.isEmpty ? 0 : 1) + (notes.isEmpty ? 0 : 1)
        let tables = (kpis.isEmpty ? 0 : 1) + objectives.filter { !($0["keyResults"] as? [Any] ?? []).isEmpty }.count
        let expected: [String: Int] = [
            "h1": 1, "h2": sections, "h3": objectives.count, "strong": 3, "table": tables,
        ]
        let allowed: Set<String> = ["h1", "h2", "h3", "strong", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "p"]
        for (tag, count) in expected { #expect(tags[tag, default: 0] == count, "<\(tag)>") }
        #expect(Set(tags.keys).subtracting(allowed).isEmpty, "stray tags: \(tags)")

        for value in Self.userText(document) {
            let shown = Self.collapsed(Self.oneLine(value))
            #expect(shown.isEmpty || text.contains(shown), "\(shown) is not shown as text")
        }
    }

    /// PyYAML, a YAML 1.1 reader (so `yes`, `2027-03-31` and `1_000` plain would not come back as
    /// text), reads the export (chosen by the `.yml` ending) as the JSON export's values: the set
    /// members in JSON's order, the unset ones (null, empty lists) left out, unknown members kept.
    @Test(arguments: fixtures + ["unknown-fields.json", "check-ins.json"])
    func yamlReadsBackWithPyYAML(fixture: String) throws {
        let folder = try TemporaryFolder()
        let exported = folder.path("okrs.yml")
        let result = try OKRProcess.run(["export", Fixture.path(fixture), "--output", exported])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try folder.write("okrs.json", OKRProcess.run(["export", Fixture.path(fixture)]).stdout)
        let same = try Python.json("""
            import json, sys, yaml
            def pruned(value):
                if isinstance(value, dict):
                    return [(k, pruned(v)) for k, v in value.items() if v is not None and v != [] and v != {}]
                if isinstance(value, list):
                    return [pruned(v) for v in value]
                return value
            document = json.load(open(sys.argv[1], encoding="utf-8"))
            exported = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
            print(json.dumps({"same": pruned(document) == pruned(exported), "keys": list(exported)}))
            """, json, exported) as! [String: Any]
        #expect(same["same"] as? Bool == true)
        let keys = same["keys"] as! [String]
        #expect(Array(keys.prefix(3)) == ["schemaVersion", "team", "period"])
    }

    @Test(arguments: fixtures)
    func jsonWithFindingsValidatesAndReadsBackWithoutThem(fixture: String) throws {
        let folder = try TemporaryFolder()
        let exported = folder.path("with-findings.json")
        let result = try OKRProcess.run(["export", Fixture.path(fixture), "--format", "json", "--with-findings", "--output", exported])
        #expect(result.status == 0, "\(result.stderr)")
        try SchemaCheck.validate([exported])

        let json = try JSON.object(String(contentsOfFile: exported, encoding: .utf8))
        let lint = try JSON.object(OKRProcess.run(["lint", "--format", "json", Fixture.path(fixture)]).stdout)
        let linted = (lint["findings"] as! [[String: Any]]).map { finding in
            finding.filter { $0.key != "file" }
        }
        #expect((json["findings"] as! [[String: Any]]).map { $0 as NSDictionary } == linted.map { $0 as NSDictionary })

        let readBack = try OKRProcess.run(["export", exported])
        #expect(readBack.status == 0)
        let plain = try OKRProcess.run(["export", Fixture.path(fixture)])
        #expect(readBack.stdout == plain.stdout)
        #expect(try JSON.object(readBack.stdout)["findings"] == nil)
    }

    @Test(arguments: ["markdown", "csv", "yaml"])
    func withFindingsIsForJSONOnly(format: String) throws {
        let result = try OKRProcess.run(["export", Fixture.path("every-field.json"), "--format", format, "--with-findings"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--with-findings"))
    }

    @Test(arguments: ["markdown", "csv", "yaml"])
    func outputWritesTheSameBytesAndReplacesOnlyWithForce(format: String) throws {
        let folder = try TemporaryFolder()
        let target = folder.path("export.\(format)")
        let first = try OKRProcess.run(["export", Fixture.path("tricky-text.json"), "--format", format])
        let written = try OKRProcess.run(["export", Fixture.path("tricky-text.json"), "--format", format, "--output", target])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: target) == first.stdoutBytes)

        let refused = try OKRProcess.run(["export", Fixture.path("every-field.json"), "--format", format, "--output", target])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(FileManager.default.contents(atPath: target) == first.stdoutBytes)

        let second = try OKRProcess.run(["export", Fixture.path("every-field.json"), "--format", format])
        let forced = try OKRProcess.run(["export", Fixture.path("every-field.json"), "--format", format, "--output", target, "--force"])
        #expect(forced.status == 0)
        #expect(FileManager.default.contents(atPath: target) == second.stdoutBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["export.\(format)"])
    }

    /// Every piece of text a person typed into the document.
    static func userText(_ document: [String: Any]) -> [String] {
        var out: [String] = []
        func add(_ value: Any?) {
            if let text = value as? String { out.append(text) }
            if let list = value as? [Any] { list.forEach(add) }
        }
        add(document["team"]); add(document["period"]); add(document["participants"]); add(document["notes"])
        let purpose = document["purpose"] as? [String: Any] ?? [:]
        ["who", "change", "evidence"].forEach { add(purpose[$0]) }
        for kpi in document["kpis"] as? [[String: Any]] ?? [] { add(kpi["name"]) }
        for objective in document["objectives"] as? [[String: Any]] ?? [] {
            ["title", "owner", "sharedWith"].forEach { add(objective[$0]) }
            for kr in objective["keyResults"] as? [[String: Any]] ?? [] { ["statement", "owner", "due"].forEach { add(kr[$0]) } }
        }
        return out
    }

    /// The export's documented rule for Markdown: each run of line breaks shows as " / ", tabs as spaces.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: .newlines).filter { !$0.isEmpty }.joined(separator: " / ")
            .replacingOccurrences(of: "\t", with: " ")
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Foundation's JSON reader, independent of okr's own.
private enum JSON {
    static func object(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }
}
