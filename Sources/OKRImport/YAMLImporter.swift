import OKRModel
import OKRYAML

/// Reads OKRs kept as YAML: format v1's members, as `okr export --format yaml` writes them or as a
/// person writes them by hand (flow lists, block scalars, comments, anchors and merge keys, quoted
/// numbers). The YAML becomes the JSON value the document decoder reads, then goes through the
/// decoder and the validator JSON documents go through: the same checks, the same messages, with
/// YAML lines. Pure: text in, outcome out. Key results come back as the file states them; the
/// import command fills what their statements imply (`StatementReading.complete`).
public enum YAMLImporter {
    public static func read(_ text: String) -> ImportOutcome {
        let tree: YAMLTree
        do {
            guard let node = try YAMLParser.parse(text) else {
                return ImportOutcome(document: Document(), problems: [ImportProblem(message: "the file holds no YAML document; start it with schemaVersion: 1")])
            }
            // A tree may hold about as many values as the text has bytes; aliases may repeat a few, not explode.
            tree = try YAMLTree.make(node, budget: 10_000 + text.utf8.count)
        } catch {
            return ImportOutcome(document: Document(), problems: [ImportProblem(line: error.line, message: error.message)])
        }
        var document: Document
        do {
            document = try DocumentDecoder.decode(versioned(tree.value))
        } catch {
            return ImportOutcome(document: Document(), problems: [problem(error.message, at: error.pointer, in: tree)])
        }
        let problems = DocumentValidator.validate(document).map { problem($0.message, at: $0.pointer, in: tree) }
        document.assignMissingIDs()
        return ImportOutcome(document: document, problems: problems)
    }

    /// OKRs kept as code are written by hand and often leave the format's version out: such a file is
    /// read as the version this build writes. A version that is there is checked as in JSON.
    static func versioned(_ value: JSONValue) -> JSONValue {
        guard case .object(let members) = value, !members.contains(where: { $0.key == "schemaVersion" }) else { return value }
        return .object([JSONMember("schemaVersion", .number(Double(Document.currentSchemaVersion)))] + members)
    }

    /// The decoder's and validator's messages name members as JSON does; the line is the YAML's.
    static func problem(_ message: String, at pointer: JSONPointer, in tree: YAMLTree) -> ImportProblem {
        let place = pointer.tokens.isEmpty ? "" : " (at \(pointer))"
        return ImportProblem(line: tree.line(of: pointer), message: message + place, pointer: pointer)
    }
}
