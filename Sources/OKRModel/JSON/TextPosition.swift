/// A 1-based line and column in a text, for messages an editor can jump to.
public struct TextPosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of byte `offset` on line `line`, which starts at byte `lineStart`; columns count
    /// characters: every byte but UTF-8 continuation bytes.
    init(line: Int, from lineStart: Int, to offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var column = 1
        for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        self.init(line: line, column: column)
    }

    /// The position of byte `offset`; columns count characters, not bytes.
    public init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
