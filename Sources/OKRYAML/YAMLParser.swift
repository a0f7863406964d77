import CYAML

/// Reads one YAML document into a `YAMLNode` with libyaml's event parser. The tree is built with
/// a stack, not by recursion, and nesting is bounded, so no text can exhaust the stack; an alias
/// stands for its anchor's node (shared, not copied: the reader bounds what it expands).
public enum YAMLParser {
    /// Why a text is not one YAML document, and on which line (from 1).
    public struct Failure: Error, Equatable, Sendable {
        public var line: Int?
        public var message: String

        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// Deeper than okr's format needs by far.
    public static let maximumDepth = 64

    /// The text's single document; nil when it holds none (empty, or only comments).
    public static func parse(_ text: String) throws(Failure) -> YAMLNode? {
        let bytes = Array(text.utf8)
        // libyaml keeps its state in the struct: one place in memory for its whole life.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { throw Failure(line: nil, message: "out of memory reading YAML") }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeBufferPointer { buffer throws(Failure) -> YAMLNode? in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var builder = Builder()
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else { throw failure(parser.pointee) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return builder.root }
                try builder.take(event)
            }
        }
    }

    /// libyaml's problem, where it found it, as a message a person can act on.
    private static func failure(_ parser: yaml_parser_t) -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
        if parser.error == YAML_READER_ERROR {
            return Failure(line: nil, message: "the text cannot be read as YAML: \(problem); save the file as UTF-8")
        }
        return Failure(line: Int(parser.problem_mark.line) + 1, message: "this is not valid YAML: \(problem)\(context); check the indentation, colons and quotes on this line")
    }

    /// The open collections, innermost last, and the anchors seen so far.
    private struct Builder {
        enum Open {
            case sequence([YAMLNode], line: Int, anchor: String?)
            case mapping([(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?, line: Int, anchor: String?)
        }

        var stack: [Open] = []
        var anchors: [String: YAMLNode] = [:]
        var root: YAMLNode?
        var documents = 0

        mutating func take(_ event: yaml_event_t) throws(Failure) {
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { throw Failure(line: line, message: "a second YAML document starts here; an okr file holds one document, so split it into two files") }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                let tag = scalar.tag.map { String(cString: $0) }
                let node = YAMLNode.scalar(YAMLScalar(text: text, isPlain: scalar.plain_implicit == 1 && scalar.style == YAML_PLAIN_SCALAR_STYLE, tag: tag, line: line))
                try add(node, anchor: scalar.anchor.map { String(cString: $0) })
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let node = anchors[name] else {
                    throw Failure(line: line, message: "the alias *\(name) names no anchor before it; define the value with &\(name) first")
                }
                try add(node, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                try open(.sequence([], line: line, anchor: event.data.sequence_start.anchor.map { String(cString: $0) }), at: line)
            case YAML_MAPPING_START_EVENT:
                try open(.mapping([], pendingKey: nil, line: line, anchor: event.data.mapping_start.anchor.map { String(cString: $0) }), at: line)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let last = stack.popLast() else { return }
                switch last {
                case .sequence(let elements, let line, let anchor): try add(.sequence(elements, line: line), anchor: anchor)
                case .mapping(let pairs, _, let line, let anchor): try add(.mapping(pairs, line: line), anchor: anchor)
                }
            default:
                break
            }
        }

        mutating func open(_ collection: Open, at line: Int) throws(Failure) {
            guard stack.count < YAMLParser.maximumDepth else {
                throw Failure(line: line, message: "values are nested more than \(YAMLParser.maximumDepth) levels deep here; an okr document needs fewer than ten")
            }
            stack.append(collection)
        }

        mutating func add(_ node: YAMLNode, anchor: String?) throws(Failure) {
            if let anchor { anchors[anchor] = node }
            guard let last = stack.popLast() else {
                root = node
                return
            }
            switch last {
            case .sequence(var elements, let line, let anchor):
                elements.append(node)
                stack.append(.sequence(elements, line: line, anchor: anchor))
            case .mapping(var pairs, let key, let line, let anchor):
                if let key {
                    pairs.append((key, node))
                    stack.append(.mapping(pairs, pendingKey: nil, line: line, anchor: anchor))
                } else {
                    stack.append(.mapping(pairs, pendingKey: node, line: line, anchor: anchor))
                }
            }
        }
    }
}
