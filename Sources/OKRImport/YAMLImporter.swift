import OKRModel
import Yams

/// Reads OKRs kept as YAML: format v1's members, as `okr export --format yaml` writes them or as a
/// person writes them by hand (flow lists, block scalars, comments, anchors, quoted numbers).
/// The YAML becomes the JSON value the document decoder reads, then goes through the decoder and
/// the validator JSON documents go through: the same checks, the same messages, with YAML lines.
/// Pure: text in, outcome out. Key results come back as the file states them; the import command
/// fills what their statements imply (`StatementReading.complete`).
public enum YAMLImporter {
    public static func read(_ text: String) -> ImportOutcome {
        let tree: YAMLTree
        do {
            tree = try self.tree(text)
        } catch {
            return ImportOutcome(document: Document(), problems: [ImportProblem(line: error.line, message: error.message)])
        }
        var document: Document
        do {
            document = try DocumentDecoder.decode(tree.value)
        } catch {
            return ImportOutcome(document: Document(), problems: [problem(error.message, at: error.pointer, in: tree)])
        }
        let problems = DocumentValidator.validate(document).map { problem($0.message, at: $0.pointer, in: tree) }
        document.assignMissingIDs()
        return ImportOutcome(document: document, problems: problems)
    }

    /// The text's one YAML document as a tree, or why it is not one.
    static func tree(_ text: String) throws(YAMLTree.Failure) -> YAMLTree {
        if let line = YAMLNesting.lineTooDeep(text, limit: YAMLTree.maximumDepth) {
            throw YAMLTree.Failure(line: line, message: "values are nested more than \(YAMLTree.maximumDepth) levels deep here; an okr document needs fewer than ten")
        }
        let node: Node?
        do {
            node = try Parser(yaml: text).singleRoot()
        } catch let error as YamlError {
            throw failure(error)
        } catch {
            throw YAMLTree.Failure(line: nil, message: "this is not YAML that can be read: \(error)")
        }
        guard let node else {
            throw YAMLTree.Failure(line: nil, message: "the file holds no YAML document; start it with schemaVersion: 1")
        }
        // A tree may hold as many values as the text has bytes; aliases may repeat a few, not explode.
        return try YAMLTree.make(node, budget: 10_000 + text.utf8.count)
    }

    /// The decoder's and validator's messages name members as JSON does; the line is the YAML's.
    static func problem(_ message: String, at pointer: JSONPointer, in tree: YAMLTree) -> ImportProblem {
        let place = pointer.tokens.isEmpty ? "" : " (at \(pointer))"
        return ImportProblem(line: tree.line(of: pointer), message: message + place)
    }

    /// A Yams error as a line and a message a person can act on.
    static func failure(_ error: YamlError) -> YAMLTree.Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return YAMLTree.Failure(line: mark.line, message: "this is not valid YAML: \(problem)\(during); check the indentation, colons and quotes on this line")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "\"\(TextSafety.clip($0, limit: 30))\"" }.joined(separator: ", ")
            return YAMLTree.Failure(line: context.mark.line, message: "\(names) appears more than once in the same mapping; keep one")
        case .reader(let problem, _, _, _):
            return YAMLTree.Failure(line: nil, message: "the text cannot be read as YAML: \(problem); save the file as UTF-8")
        default:
            return YAMLTree.Failure(line: nil, message: "this is not YAML that can be read: \(error)")
        }
    }
}
