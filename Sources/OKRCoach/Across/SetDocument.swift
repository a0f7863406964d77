import OKRModel

/// One document of a set reviewed together, with the file it came from.
public struct SetDocument: Sendable {
    public var file: String
    public var document: Document

    public init(file: String, document: Document) {
        self.file = file
        self.document = document
    }
}
