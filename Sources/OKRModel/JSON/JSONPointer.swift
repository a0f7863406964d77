/// An RFC 6901 JSON Pointer such as `/objectives/0/keyResults/1/statement`:
/// how errors and findings say where in a document they are.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    public static let root = JSONPointer()

    public func appending(_ token: String) -> JSONPointer {
        var tokens = tokens
        tokens.append(token)
        return JSONPointer(tokens)
    }
    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    public static func / (pointer: JSONPointer, token: String) -> JSONPointer { pointer.appending(token) }
    public static func / (pointer: JSONPointer, index: Int) -> JSONPointer { pointer.appending(index) }

    /// `""` for the whole document, else `/a/b` with `~` and `/` escaped.
    /// Written byte by byte: every finding's path is printed, and `~`/`/` are ASCII, so no
    /// multi-byte character can be split.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.reduce(0) { $0 + $1.utf8.count + 2 })
        for var token in tokens {
            bytes.append(UInt8(ascii: "/"))
            token.withUTF8 { utf8 in
                // Names and indices, nearly every token, need no escape: copied whole.
                guard utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
                    bytes.append(contentsOf: utf8)
                    return
                }
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "~"): bytes.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "0")])
                    case UInt8(ascii: "/"): bytes.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "1")])
                    default: bytes.append(byte)
                    }
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}
