import OKRCoach
import OKRModel

extension Lint {
    /// SARIF 2.1.0, as code-scanning services read it: the rules (id, summary, why it has its
    /// severity, the failure mode it guards against) and one result per finding, located by line
    /// and column; a finding across documents points at its first item and relates the others;
    /// a finding the team kept is reported as suppressed, with the team's decision as the reason.
    static func sarif(_ reviewed: [(file: String, findings: [Finding])], across: [SetFinding], texts: [PointerLocator.LocatableText],
                      coach: Coach) -> [UInt8] {
        let places = Places(reviewed, across: across, texts: texts)
        let catalog = coach.catalog
        let ruleIndex = Dictionary(uniqueKeysWithValues: catalog.enumerated().map { ($1.id, $0) })
        func level(_ severity: Severity) -> JSONValue {
            .string(severity == .error ? "error" : severity == .warning ? "warning" : "note")
        }
        func location(_ file: String, _ found: TextPosition?, _ message: String? = nil) -> JSONValue {
            let position = found ?? TextPosition(line: 1, column: 1)
            var members = [JSONMember("physicalLocation", .object([
                JSONMember("artifactLocation", .object([JSONMember("uri", .string(uri(file)))])),
                JSONMember("region", .object([JSONMember("startLine", .number(Double(position.line))), JSONMember("startColumn", .number(Double(position.column)))])),
            ]))]
            if let message { members.append(JSONMember("message", .object([JSONMember("text", .string(message))]))) }
            return .object(members)
        }
        func result(rule: String, severity: Severity, message: String, question: String, at locations: [JSONValue], related: [JSONValue], kept: Bool) -> JSONValue {
            var members = [
                JSONMember("ruleId", .string(rule)),
                JSONMember("ruleIndex", .number(Double(ruleIndex[rule] ?? 0))),
                JSONMember("level", level(severity)),
                JSONMember("message", .object([JSONMember("text", .string(message + " " + question))])),
                JSONMember("locations", .array(locations)),
            ]
            if !related.isEmpty { members.append(JSONMember("relatedLocations", .array(related))) }
            if kept {
                members.append(JSONMember("suppressions", .array([.object([
                    JSONMember("kind", .string("external")),
                    JSONMember("justification", .string("The team heard this and kept the item as it is (its accepted list).")),
                ])])))
            }
            return .object(members)
        }
        var results: [JSONValue] = []
        for (f, (file, findings)) in reviewed.enumerated() {
            for (n, finding) in findings.enumerated() {
                results.append(result(rule: finding.rule, severity: finding.severity, message: finding.message, question: finding.question,
                                      at: [location(file, places.byFile[f][n])], related: [], kept: finding.kept))
            }
        }
        for (n, finding) in across.enumerated() {
            guard let first = finding.places.first else { continue }
            let related = finding.places.indices.dropFirst().map { p in
                location(finding.places[p].file, places.across[n][p], "\(finding.places[p].team) \(finding.places[p].target)")
            }
            results.append(result(rule: finding.rule, severity: finding.severity, message: finding.message, question: finding.question,
                                  at: [location(first.file, places.across[n][0])], related: related, kept: false))
        }
        let rules: [JSONValue] = catalog.map { rule in
            .object([
                JSONMember("id", .string(rule.id)),
                JSONMember("shortDescription", .object([JSONMember("text", .string(rule.summary))])),
                JSONMember("help", .object([JSONMember("text", .string(rule.severityRationale))])),
                JSONMember("defaultConfiguration", .object([JSONMember("level", level(rule.severity))])),
                JSONMember("properties", .object([
                    JSONMember("failureMode", .number(Double(rule.failureMode))),
                    JSONMember("failureModeName", .string(coach.name(ofFailureMode: rule.failureMode))),
                ])),
            ])
        }
        let log: JSONValue = .object([
            JSONMember("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            JSONMember("version", .string("2.1.0")),
            JSONMember("runs", .array([.object([
                JSONMember("tool", .object([JSONMember("driver", .object([
                    JSONMember("name", .string("okr")),
                    JSONMember("version", .string(Version.current)),
                    JSONMember("rules", .array(rules)),
                ]))])),
                JSONMember("results", .array(results)),
            ])])),
        ])
        return JSONWriter.prettyBytes(log)
    }

    /// A relative URI for a path: its characters percent-encoded where a URI cannot hold them as they are.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let keep = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || "-._~/".utf8.contains(byte)
            out += keep ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }
        return out
    }
}

private extension String {
    /// Two hex digits.
    var leftPadded: String { count == 1 ? "0" + self : self }
}
