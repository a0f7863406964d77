import OKRCoach
import OKRModel

/// The JSON shape of a finding, written in one place so `okr lint --format json`
/// and exports with findings can never drift apart.
public enum FindingJSON {
    /// `{file?, rule, severity, failureMode, target, path, message, question, kept?}`; `kept: true` only on
    /// a finding the team decided to keep (the member is left out otherwise).
    /// `file` names the reviewed file in lint's report; an export leaves it out,
    /// since the findings sit inside the document they are about.
    public static func encode(_ finding: Finding, file: String? = nil) -> JSONValue {
        // Built at its final size.
        var members: [JSONMember] = []
        members.reserveCapacity(9)
        forEachMember(of: finding, file: file) { members.append(JSONMember($0, $1)) }
        return .object(members)
    }

    /// The bytes `JSONWriter.appendPretty(encode(finding, file: file), indent: indent, to: &out)` appends,
    /// without building the object first: lint writes a hundred thousand of these.
    public static func appendPretty(_ finding: Finding, file: String? = nil, indent: Int, to out: inout [UInt8]) {
        var object = JSONWriter.PrettyObject(indent: indent)
        forEachMember(of: finding, file: file) { object.append($0, $1, to: &out) }
        object.finish(&out)
    }

    /// The members in their order: the one place that says what a finding's JSON holds.
    private static func forEachMember(of finding: Finding, file: String?, _ body: (String, JSONValue) -> Void) {
        if let file { body("file", .string(file)) }
        body("rule", .string(finding.rule))
        body("severity", .string(finding.severity.rawValue))
        body("failureMode", .number(String(finding.failureMode)))
        body("target", .string(finding.target))
        body("path", .string(finding.path.description))
        body("message", .string(finding.message))
        body("question", .string(finding.question))
        if finding.kept { body("kept", .bool(true)) }
    }
}
