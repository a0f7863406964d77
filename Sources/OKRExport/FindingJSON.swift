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
}
