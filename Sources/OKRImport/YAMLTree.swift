import OKRModel
import OKRYAML

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

    /// `node` as a JSON value, each scalar typed as format v1 wants it at its place.
    /// `budget` is how many values may be made: aliases can repeat a part of the text exponentially
    /// often ("a billion laughs"), and a reader must not spend the machine on them.
    static func make(_ node: YAMLNode, budget: Int) throws(YAMLParser.Failure) -> YAMLTree {
        var builder = Builder(budget: budget)
        let value = try builder.value(node, at: .root, place: .document)
        return YAMLTree(value: value, lines: builder.lines)
    }

    private struct Builder {
        var budget: Int
        var lines: [JSONPointer: Int] = [:]

        mutating func value(_ node: YAMLNode, at pointer: JSONPointer, place: YAMLSchemaPlace) throws(YAMLParser.Failure) -> JSONValue {
            budget -= 1
            guard budget >= 0 else {
                throw YAMLParser.Failure(line: node.line, message: "the aliases here repeat the text too many times to read; write the values out instead of pointing to them with *")
            }
            if lines[pointer] == nil { lines[pointer] = node.line }
            switch node {
            case .scalar(let scalar):
                return YAMLTyping.value(scalar, wanted: place.wanted)
            case .sequence(let elements, _):
                var values: [JSONValue] = []
                values.reserveCapacity(elements.count)
                for (i, element) in elements.enumerated() {
                    values.append(try value(element, at: pointer / i, place: place.element))
                }
                return .array(values)
            case .mapping(let pairs, _):
                var members: [JSONMember] = []
                members.reserveCapacity(pairs.count)
                var merged: [(key: YAMLNode, value: YAMLNode)] = []
                for (key, element) in pairs {
                    guard case .scalar(let keyScalar) = key else {
                        throw YAMLParser.Failure(line: key.line, message: "a key here is a list or a mapping; okr's members are named by plain text, e.g. team: Platform")
                    }
                    if keyScalar.isPlain, keyScalar.text == "<<" {
                        // A merge key (`<<: *defaults`): the members of the mappings it names, where this one has none of theirs.
                        merged += try Self.mergedPairs(element)
                        continue
                    }
                    let name = keyScalar.text
                    if members.contains(where: { $0.key == name }) {
                        throw YAMLParser.Failure(line: key.line, message: "\"\(TextSafety.clip(name, limit: 30))\" appears more than once in the same mapping; keep one")
                    }
                    lines[pointer / name] = key.line
                    members.append(JSONMember(name, try value(element, at: pointer / name, place: place.member(name))))
                }
                for (key, element) in merged {
                    guard case .scalar(let keyScalar) = key, !members.contains(where: { $0.key == keyScalar.text }) else { continue }
                    lines[pointer / keyScalar.text] = key.line
                    members.append(JSONMember(keyScalar.text, try value(element, at: pointer / keyScalar.text, place: place.member(keyScalar.text))))
                }
                return .object(members)
            }
        }

        /// The pairs a merge key brings: one mapping's, or each of a list of mappings' (the first wins).
        static func mergedPairs(_ node: YAMLNode) throws(YAMLParser.Failure) -> [(key: YAMLNode, value: YAMLNode)] {
            switch node {
            case .mapping(let pairs, _): return pairs
            case .sequence(let elements, _):
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                for element in elements {
                    guard case .mapping(let more, _) = element else {
                        throw YAMLParser.Failure(line: element.line, message: "<< merges mappings; this is not one")
                    }
                    pairs += more
                }
                return pairs
            case .scalar:
                throw YAMLParser.Failure(line: node.line, message: "<< merges mappings, e.g. <<: *defaults; this is a single value")
            }
        }
    }
}
