import OKRModel

/// Where a YAML value sits in format v1, read from the JSON Schema `okr schema` prints, so the YAML
/// reader types scalars as the format wants them without a second list of fields to keep in step:
/// `id: 1` is the text "1", `baseline: "15"` the number 15. Outside the format's members (unknown
/// members, kept as they are) YAML's own reading of a scalar stands.
struct YAMLSchemaPlace {
    /// What the format wants at a place.
    enum Wanted: Equatable {
        case number
        case text
        /// An unknown member, or a list or object: YAML's reading stands.
        case yamls
    }

    /// The schema of the value here, or nil outside the format's members.
    private let schema: JSONValue?

    static let document = YAMLSchemaPlace(schema: root)

    private static let root: JSONValue = {
        do {
            return try JSONParser.parse(Array(DocumentSchema.text.utf8))
        } catch {
            preconditionFailure("okr's own schema is not JSON: \(error)")
        }
    }()

    func member(_ key: String) -> YAMLSchemaPlace {
        YAMLSchemaPlace(schema: resolved.flatMap { Self.lookup($0, "properties") }.flatMap { Self.lookup($0, key) })
    }

    var element: YAMLSchemaPlace {
        YAMLSchemaPlace(schema: resolved.flatMap { Self.lookup($0, "items") })
    }

    var wanted: Wanted {
        guard let schema = resolved else { return .yamls }
        if case .number = Self.lookup(schema, "const") { return .number }
        if case .array(let choices) = Self.lookup(schema, "enum"), choices.contains(where: { if case .string = $0 { true } else { false } }) {
            return .text
        }
        let types: [String]
        switch Self.lookup(schema, "type") {
        case .string(let type): types = [type]
        case .array(let list): types = list.compactMap { if case .string(let type) = $0 { type } else { nil } }
        default: types = []
        }
        if types.contains("number") || types.contains("integer") { return .number }
        if types.contains("string") { return .text }
        return .yamls
    }

    /// The schema here with a `$ref` (to `#/$defs/…`, the only kind the format's schema uses) followed.
    private var resolved: JSONValue? {
        guard let schema else { return nil }
        guard case .string(let reference) = Self.lookup(schema, "$ref") else { return schema }
        let name = reference.split(separator: "/").last.map(String.init) ?? ""
        return Self.lookup(Self.root, "$defs").flatMap { Self.lookup($0, name) }
    }

    private static func lookup(_ object: JSONValue, _ key: String) -> JSONValue? {
        guard case .object(let members) = object else { return nil }
        return members.first { $0.key == key }?.value
    }
}
