import OKRCoach
import OKRModel

/// File format v1 as `DocumentEncoder` writes it, plus the optional derived
/// `findings` array that reading ignores.
enum JSONRenderer {
    static func render(_ document: Document, findings: [Finding]?) -> String {
        guard let findings else { return DocumentEncoder.text(document) }
        guard case .object(var members) = DocumentEncoder.encode(document) else {
            preconditionFailure("DocumentEncoder always writes an object")
        }
        members.append(JSONMember("findings", .array(findings.map { FindingJSON.encode($0) })))
        return JSONWriter.pretty(.object(members))
    }
}
