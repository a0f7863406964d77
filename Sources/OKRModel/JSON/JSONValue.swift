/// A parsed JSON value that keeps what a round trip needs: member order and
/// the exact text of numbers, so unknown fields survive a load and a save unchanged.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number as written, e.g. `"4.20"` or `"1e3"`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// A number value written in the shortest form that reads back equal.
    public static func number(_ value: Double) -> JSONValue {
        .number(JSONNumber.format(value))
    }

    /// The name of the kind of value, for error messages ("expected a string, found a number").
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
