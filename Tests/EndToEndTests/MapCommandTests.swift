import Foundation
import Testing

/// `okr map` in each format on the 13-document fixture set (issue 15).
@Suite("okr map")
struct MapCommandTests {
    static let teams = ["Acme", "Customer Service", "Data Platform", "E-commerce", "Finance", "IT Support", "Logistics",
                        "Marketing", "Merchandising", "People", "Store Design", "Store Operations", "Supply Planning"]

    static func map(_ format: String) throws -> OKRProcess.Result {
        let result = try OKRProcess.run(["map", LintSetTests.folder("org"), "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    @Test func theTreeShowsTeamsAlignmentsSharesAndWhatTheRulesFound() throws {
        let text = ScreenText.flowing(Array(try Self.map("text").stdout.utf8))
        for team in Self.teams { #expect(text.contains(team + " · "), "\(team)") }
        #expect(text.contains("← no team contributes"))
        #expect(text.contains("→ Acme/O4 (not in this set)"))
        #expect(text.contains("⇄ shared with Supply Planning, both sides"))
        #expect(text.contains("⇢ shared with Store Operations, one-sided"))
        #expect(text.contains("! unaligned-objective: Data Platform O2 contributes to none of Acme's objectives."))
        #expect(text.contains("inventory on hand for top-100 items: Finance ↓ O1.KR1, Merchandising ↑ O1.KR1 — tug of war"))
    }

    @Test func dotRendersWithGraphvizAndTheSVGNamesEveryTeam() throws {
        let dot = try Self.map("dot").stdout
        #expect(dot.contains("color=\"#c00000\", penwidth=2"), "the tug of war is red")
        let folder = try TemporaryFolder()
        let source = try folder.write("org.dot", dot)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", source]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let svg = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "dot -Tsvg failed (graphviz is installed by .ci/setup): \(errors)")
        #expect(errors.isEmpty, "\(errors)")
        // Graphviz writes a hyphen as a character reference.
        for team in Self.teams { #expect(svg.contains(">\(team.replacingOccurrences(of: "-", with: "&#45;"))<"), "\(team) is missing from the SVG") }
    }

    /// The flowchart grammar, line by line: every line is one of the forms Mermaid reads, subgraphs
    /// close, and every edge joins nodes that are declared.
    @Test func mermaidIsAWellFormedFlowchart() throws {
        let lines = try Self.map("mermaid").stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart LR")
        let label = #""(?:[^"]|#quot;)*""#
        let forms = [
            "^  subgraph (T\\d+)\\[\(label)\\]$", "^    (T\\d+O\\d+)\\[\(label)\\]$", "^  end$",
            "^  (X\\d+)\\[\(label)\\]:::absent$", "^  (N\\d+)\\(\\[\(label)\\]\\)$",
            "^  ([TXN]\\d+(?:O\\d+)?) (?:-->|-\\.->|<-\\.->)\\|\(label)\\| ([TXN]\\d+(?:O\\d+)?)$",
            "^  classDef absent stroke-dasharray: 5 5$", "^  linkStyle [0-9,]+ stroke:#c00,stroke-width:2px$",
        ].map { try! NSRegularExpression(pattern: $0) }
        var declared: Set<String> = []
        var used: [String] = []
        var depth = 0
        var edges = 0
        for line in lines.dropFirst() {
            let range = NSRange(line.startIndex..., in: line)
            let match = forms.lazy.compactMap { $0.firstMatch(in: line, range: range) }.first
            let found = try #require(match, "not flowchart syntax: \(line)")
            let groups = (1..<found.numberOfRanges).compactMap { Range(found.range(at: $0), in: line).map { String(line[$0]) } }
            if line.hasPrefix("  subgraph") { depth += 1 }
            if line == "  end" { depth -= 1 }
            if line.contains("|") && !line.contains("linkStyle") {
                used += groups
                edges += 1
            } else {
                declared.formUnion(groups)
            }
        }
        #expect(depth == 0)
        #expect(edges > 20)
        #expect(Set(used).isSubset(of: declared), "edges to undeclared nodes: \(Set(used).subtracting(declared))")
    }

    @Test func jsonValidatesAgainstItsSchema() throws {
        let json = try Self.map("json").stdout
        let folder = try TemporaryFolder()
        let path = try folder.write("map.json", json)
        try SchemaCheck.validate([path], schemaArguments: ["--map"])
        let map = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((map["teams"] as? [Any])?.count == 13)
        let numbers = map["numbers"] as? [[String: Any]] ?? []
        #expect(numbers.contains { $0["tugOfWar"] as? Bool == true })
        let statuses = Set((map["edges"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String })
        #expect(statuses == ["ok", "confirmed", "one-sided", "missing", "broken"])
    }
}
