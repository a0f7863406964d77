import OKRCoach
import OKRModel

/// The JSON shape of a finding, written in one place so `okr lint --format json`
/// and exports with findings can never drift apart.
public enum FindingJSON {
    /// `{file?, rule, severity, failureMode, target, path, message, question}`.
    /// `file` names the reviewed file in lint's report; an export leaves it out,
    /// since the findings sit inside the document they are about.
    public static func encode(_ finding: Finding, file: String? = nil) -> JSONValue {
        var members: [JSONMember] = []
        if let file { members.append(JSONMember("file", .string(file))) }
        members += [
            JSONMember("rule", .string(finding.rule)),
            JSONMember("severity", .string(finding.severity.rawValue)),
            JSONMember("failureMode", .number(Double(finding.failureMode))),
            JSONMember("target", .string(finding.target)),
            JSONMember("path", .string(finding.path.description)),
            JSONMember("message", .string(finding.message)),
            JSONMember("question", .string(finding.question)),
        ]
        return .object(members)
    }
}
