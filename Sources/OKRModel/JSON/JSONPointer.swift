/// An RFC 6901 JSON Pointer such as `/objectives/0/keyResults/1/statement`:
/// how errors and findings say where in a document they are.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    public static let root = JSONPointer()

    public func appending(_ token: String) -> JSONPointer { JSONPointer(tokens + [token]) }
    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    public static func / (pointer: JSONPointer, token: String) -> JSONPointer { pointer.appending(token) }
    public static func / (pointer: JSONPointer, index: Int) -> JSONPointer { pointer.appending(index) }

    /// `""` for the whole document, else `/a/b` with `~` and `/` escaped.
    public var description: String {
        tokens.map { "/" + $0.replacingAll("~", with: "~0").replacingAll("/", with: "~1") }.joined()
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}

extension String {
    /// Plain substring replacement without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        // A byte search first: without the target's first byte the target cannot be there,
        // and it spares the far slower Character search for most texts (every finding's path comes here).
        guard let first = target.utf8.first, utf8.contains(first), contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
