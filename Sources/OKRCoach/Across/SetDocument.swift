import OKRModel

/// One document of a set reviewed together, with the file it came from.
public struct SetDocument: Sendable {
    public var file: String
    public var document: Document

    public init(file: String, document: Document) {
        self.file = file
        self.document = document
    }

    /// A team's name as people write it, case and spaces aside: how a share, an alignment or the
    /// map finds the team a name means.
    public static func teamKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
