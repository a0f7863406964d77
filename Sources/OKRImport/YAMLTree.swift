import OKRModel
import Yams

/// A YAML document as the JSON value `DocumentDecoder` reads, with the line each value starts on:
/// YAML goes through the same decoding and validation as JSON, so the two formats cannot drift,
/// and a problem the decoder names by JSON Pointer is shown at its YAML line.
struct YAMLTree {
    var value: JSONValue
    /// The line (from 1) of every value, and of every member's key, by pointer.
    var lines: [JSONPointer: Int]

    /// The line of the value at `pointer`, or of its closest parent that has one.
    func line(of pointer: JSONPointer) -> Int? {
        var pointer = pointer
        while true {
            if let line = lines[pointer] { return line }
            if pointer.tokens.isEmpty { return nil }
            pointer.tokens.removeLast()
        }
    }

    /// Why a YAML text could not be made into a tree.
    struct Failure: Error {
        var line: Int?
        var message: String
    }

    /// Deeper than okr's format needs by far; a guard against texts that would exhaust the stack.
    static let maximumDepth = 64

    /// `node` as a JSON value, each scalar typed as format v1 wants it at its place.
    /// `budget` is how many values may be made: aliases can repeat a part of the text exponentially
    /// often ("a billion laughs"), and a reader must not spend the machine on them.
    static func make(_ node: Node, budget: Int) throws(Failure) -> YAMLTree {
        var builder = Builder(budget: budget)
        let value = try builder.value(node, at: .root, place: .document, depth: 0)
        return YAMLTree(value: value, lines: builder.lines)
    }

    private struct Builder {
        var budget: Int
        var lines: [JSONPointer: Int] = [:]

        mutating func value(_ node: Node, at pointer: JSONPointer, place: YAMLSchemaPlace, depth: Int) throws(Failure) -> JSONValue {
            budget -= 1
            guard budget >= 0 else {
                throw Failure(line: node.mark?.line, message: "the aliases here repeat the text too many times to read; write the values out instead of pointing to them with *")
            }
            guard depth <= YAMLTree.maximumDepth else {
                throw Failure(line: node.mark?.line, message: "values are nested more than \(YAMLTree.maximumDepth) levels deep here; an okr document needs fewer than ten")
            }
            if let line = node.mark?.line, lines[pointer] == nil { lines[pointer] = line }
            switch node {
            case .scalar(let scalar):
                return YAMLScalar.value(scalar, wanted: place.wanted)
            case .alias:
                // Yams gives an alias's node in its place; a bare alias node is not made by its parser.
                throw Failure(line: node.mark?.line, message: "this alias names nothing; define the value with &name before using *name")
            case .sequence(let sequence):
                var elements: [JSONValue] = []
                elements.reserveCapacity(sequence.count)
                for (i, element) in sequence.enumerated() {
                    elements.append(try value(element, at: pointer / i, place: place.element, depth: depth + 1))
                }
                return .array(elements)
            case .mapping(let mapping):
                var members: [JSONMember] = []
                members.reserveCapacity(mapping.count)
                for (key, element) in mapping {
                    guard case .scalar(let keyScalar) = key else {
                        throw Failure(line: key.mark?.line, message: "a key here is a list or a mapping; okr's members are named by plain text, e.g. team: Platform")
                    }
                    let name = keyScalar.string
                    if let line = key.mark?.line { lines[pointer / name] = line }
                    members.append(JSONMember(name, try value(element, at: pointer / name, place: place.member(name), depth: depth + 1)))
                }
                return .object(members)
            }
        }
    }
}
