/// One `[name]` section of a prompt file.
public struct PromptSection: Equatable, Sendable {
    public var name: String
    /// Where the section starts, for messages about it.
    public var line: Int
    public var fields: [(String, String)]
    public var items: [String]

    public init(name: String, line: Int = 0, fields: [(String, String)] = [], items: [String] = []) {
        self.name = name
        self.line = line
        self.fields = fields
        self.items = items
    }

    public subscript(key: String) -> String? {
        fields.last { $0.0 == key }?.1
    }

    mutating func set(_ key: String, _ value: String) {
        if let i = fields.firstIndex(where: { $0.0 == key }) { fields[i].1 = value } else { fields.append((key, value)) }
    }

    mutating func append(toField key: String, _ text: String) {
        guard let i = fields.firstIndex(where: { $0.0 == key }) else { return }
        fields[i].1 += fields[i].1.hasSuffix("\n") || fields[i].1.isEmpty ? text : " " + text
    }

    public static func == (lhs: PromptSection, rhs: PromptSection) -> Bool {
        lhs.name == rhs.name && lhs.items == rhs.items
            && lhs.fields.map(\.0) == rhs.fields.map(\.0) && lhs.fields.map(\.1) == rhs.fields.map(\.1)
    }
}
