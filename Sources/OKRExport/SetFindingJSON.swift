import OKRCoach
import OKRModel

/// The JSON shape of a finding across documents: a finding's members, with the items it names
/// as `places: [{file, team, target, path}]`, the item it is about first.
public enum SetFindingJSON {
    public static func encode(_ finding: SetFinding) -> JSONValue {
        .object([
            JSONMember("rule", .string(finding.rule)),
            JSONMember("severity", .string(finding.severity.rawValue)),
            JSONMember("failureMode", .number(String(finding.failureMode))),
            JSONMember("message", .string(finding.message)),
            JSONMember("question", .string(finding.question)),
            JSONMember("places", .array(finding.places.map { place in
                .object([
                    JSONMember("file", .string(place.file)),
                    JSONMember("team", .string(place.team)),
                    JSONMember("target", .string(place.target)),
                    JSONMember("path", .string(place.path.description)),
                ])
            })),
        ])
    }
}
