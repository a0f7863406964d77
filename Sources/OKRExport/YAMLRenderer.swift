import OKRModel
import Yams

/// File format v1 as YAML, for teams that keep their OKRs as code: the members JSON has, with the
/// same names in the same order, but only those that are set (`DocumentEncoder.encodeSetOnly`), so a
/// reviewer reads what the team wrote and not a page of nulls. Unknown members are kept.
/// Yams writes it, so the quoting is a YAML library's and not ours; where it would leave a string
/// plain that a YAML reader takes for something else (`80`, `yes`, `2027-03-31`, `null`), the
/// string is double-quoted, so every reader, YAML 1.1 or 1.2, gets the text back.
enum YAMLRenderer {
    static func render(_ document: Document) -> String {
        let node = self.node(DocumentEncoder.encodeSetOnly(document))
        do {
            // width -1: long statements stay on one line; allowUnicode: names in any script as written.
            return try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
        } catch {
            // The emitter fails only on a node it cannot write, and every node here is plain data.
            preconditionFailure("Yams could not write a document: \(error)")
        }
    }

    static func node(_ value: JSONValue) -> Node {
        switch value {
        case .null: return Node("null", Tag(.null), .plain)
        case .bool(let flag): return Node(flag ? "true" : "false", Tag(.bool), .plain)
        // JSON's number grammar is part of YAML's: the text is written as it was read, so 4.20 stays 4.20.
        case .number(let text): return Node(text, Tag(.float), .plain)
        case .string(let text): return .scalar(scalar(text))
        case .array(let elements):
            // An empty list is only writable in flow style: `[]`.
            return .sequence(.init(elements.map(node), Tag(.seq), elements.isEmpty ? .flow : .block))
        case .object(let members):
            return .mapping(.init(members.map { (.scalar(scalar($0.key)), node($0.value)) }, Tag(.map), members.isEmpty ? .flow : .block))
        }
    }

    /// A string in the style that reads back as that string: plain where YAML reads it as text,
    /// a literal block for several lines (unless it has what a block cannot hold), else double quotes.
    static func scalar(_ text: String) -> Node.Scalar {
        if text.contains("\n"), !text.contains("\r"), text.allSatisfy({ !$0.isWhitespace || $0 == " " || $0 == "\n" }) {
            return Node.Scalar(text, Tag(.str), .literal)
        }
        let plain = Node.Scalar(text)
        return Node.scalar(plain).tag.rawValue == Tag.Name.str.rawValue ? Node.Scalar(text, Tag(.str), .any) : Node.Scalar(text, Tag(.str), .doubleQuoted)
    }
}
