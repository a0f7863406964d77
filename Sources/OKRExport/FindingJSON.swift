import OKRCoach
import OKRModel

/// The JSON shape of a finding, written in one place so `okr lint --format json`
/// and exports with findings can never drift apart.
public enum FindingJSON {
    /// `{file?, rule, severity, failureMode, target, path, message, question}`.
    /// `file` names the reviewed file in lint's report; an export leaves it out,
    /// since the findings sit inside the document they are about.
    public static func encode(_ finding: Finding, file: String? = nil) -> JSONValue {
        // Built at its final size: lint writes tens of thousands of these.
        var members: [JSONMember] = []
        members.reserveCapacity(8)
        if let file { members.append(JSONMember("file", .string(file))) }
        members.append(JSONMember("rule", .string(finding.rule)))
        members.append(JSONMember("severity", .string(finding.severity.rawValue)))
        members.append(JSONMember("failureMode", .number(String(finding.failureMode))))
        members.append(JSONMember("target", .string(finding.target)))
        members.append(JSONMember("path", .string(finding.path.description)))
        members.append(JSONMember("message", .string(finding.message)))
        members.append(JSONMember("question", .string(finding.question)))
        return .object(members)
    }

    /// `JSONWriter.appendPretty(encode(finding, file: file), indent: indent, to: &out)`, byte for byte,
    /// written straight from the finding: `okr lint --format json` writes tens of thousands.
    public static func appendPretty(_ finding: Finding, file: String? = nil, indent: Int, to out: inout [UInt8]) {
        out.append(contentsOf: "{\n".utf8)
        func member(_ key: StaticString, _ write: (inout [UInt8]) -> Void, last: Bool = false) {
            JSONWriter.appendPadding(indent + 1, to: &out)
            out.append(UInt8(ascii: "\""))
            key.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: "\": ".utf8)
            write(&out)
            out.append(contentsOf: last ? "\n".utf8 : ",\n".utf8)
        }
        if let file { member("file") { JSONWriter.appendString(file, to: &$0) } }
        member("rule") { JSONWriter.appendString(finding.rule, to: &$0) }
        member("severity") { JSONWriter.appendString(finding.severity.rawValue, to: &$0) }
        member("failureMode") { $0.append(contentsOf: String(finding.failureMode).utf8) }
        member("target") { JSONWriter.appendString(finding.target, to: &$0) }
        member("path") { JSONWriter.appendString(finding.path.description, to: &$0) }
        member("message") { JSONWriter.appendString(finding.message, to: &$0) }
        member("question", { JSONWriter.appendString(finding.question, to: &$0) }, last: true)
        JSONWriter.appendPadding(indent, to: &out)
        out.append(UInt8(ascii: "}"))
    }
}
