/// Reads the known members of one JSON object by name, with errors that say
/// where, and hands back the members it did not ask for so they can be kept.
struct MemberReader {
    /// Where the object is: a pointer, or a list and an index, joined only when an error needs it
    /// (building a pointer for each of a large document's key results cost more than reading them).
    private let parent: JSONPointer
    private let index: Int?
    var pointer: JSONPointer { index.map { parent / $0 } ?? parent }
    private var members: [JSONMember]
    /// Which members were asked for, by position: a flag per member is far cheaper than
    /// hashing every name into a set (this runs for every objective and key result read).
    private var used: [Bool]
    /// Where the last member asked for was: documents list members in the order they are read,
    /// so the next one is nearly always right after it.
    private var next = 0

    init(_ value: JSONValue, at pointer: JSONPointer) throws(ShapeError) {
        try self.init(value, parent: pointer, index: nil)
    }

    init(_ value: JSONValue, at place: ElementPlace) throws(ShapeError) {
        try self.init(value, parent: place.list, index: place.index)
    }

    private init(_ value: JSONValue, parent: JSONPointer, index: Int?) throws(ShapeError) {
        self.parent = parent
        self.index = index
        guard case .object(let members) = value else {
            throw ShapeError(index.map { parent / $0 } ?? parent, "expected an object, found \(value.kindDescription)")
        }
        self.members = members
        used = Array(repeating: false, count: members.count)
    }

    /// The members nobody read, in their original order.
    /// A second member of a name that was read (only a hand-built value can have one; the parser
    /// refuses them) counts as read too.
    var unknown: [JSONMember] {
        members.indices.filter { i in
            !used[i] && !members.indices.contains { used[$0] && members[$0].key == members[i].key }
        }.map { members[$0] }
    }

    /// The first member called `key`; every member of that name counts as read.
    private mutating func take(_ key: String) -> JSONValue? {
        // Unread members before the last one found come first (they are few, and mostly none),
        // then those after it.
        var found: Int?
        for i in 0..<next where !used[i] && members[i].key == key {
            found = i
            break
        }
        if found == nil {
            for i in next..<members.count where !used[i] && members[i].key == key {
                found = i
                break
            }
        }
        guard let found else { return nil }
        used[found] = true
        next = found + 1
        if case .null = members[found].value { return nil }
        return members[found].value
    }

    mutating func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    mutating func string(_ key: String) throws(ShapeError) -> String? {
        guard let value = take(key) else { return nil }
        guard case .string(let text) = value else { throw mismatch(key, "a string", value) }
        return text
    }

    mutating func number(_ key: String) throws(ShapeError) -> Double? {
        guard let value = take(key) else { return nil }
        guard case .number(let text) = value else { throw mismatch(key, "a number", value) }
        guard let number = Double(text), number.isFinite else {
            throw ShapeError(pointer / key, "the number \(text.prefix(40)) is too large")
        }
        return number
    }

    mutating func integer(_ key: String) throws(ShapeError) -> Int? {
        guard let number = try number(key) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else {
            throw ShapeError(pointer / key, "expected a whole number")
        }
        return Int(number)
    }

    mutating func strings(_ key: String) throws(ShapeError) -> [String] {
        guard let value = take(key) else { return [] }
        guard case .array(let elements) = value else { throw mismatch(key, "a list of strings", value) }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                throw ShapeError(pointer / key / i, "expected a string, found \(element.kindDescription)")
            }
            result.append(text)
        }
        return result
    }

    mutating func objects<T>(_ key: String, _ read: (JSONValue, ElementPlace) throws(ShapeError) -> T) throws(ShapeError) -> [T] {
        guard let value = take(key) else { return [] }
        guard case .array(let elements) = value else { throw mismatch(key, "a list", value) }
        let list = pointer / key
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            result.append(try read(element, ElementPlace(list: list, index: i)))
        }
        return result
    }

    /// `objects(_:_:)` with the elements read in contiguous chunks on all processors when
    /// there are many: the same values in the same order, and the same error, that of the
    /// first element in document order that cannot be read.
    mutating func objectsInParallel<T: Sendable>(
        _ key: String, _ read: @escaping @Sendable (JSONValue, ElementPlace) throws(ShapeError) -> T
    ) throws(ShapeError) -> [T] {
        guard let value = take(key) else { return [] }
        guard case .array(let elements) = value else { throw mismatch(key, "a list", value) }
        let base = pointer / key
        let chunks = ParallelChunks.map(count: elements.count, minimumPerChunk: 500) { range -> Result<[T], ShapeError> in
            var result: [T] = []
            result.reserveCapacity(range.count)
            for i in range {
                do throws(ShapeError) {
                    result.append(try read(elements[i], ElementPlace(list: base, index: i)))
                } catch {
                    return .failure(error)
                }
            }
            return .success(result)
        }
        if chunks.count == 1 { return try chunks[0].get() }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for chunk in chunks { result += try chunk.get() }
        return result
    }

    mutating func object(_ key: String) -> JSONValue? { take(key) }

    /// An optional object member read by `read`; nil when absent or null.
    mutating func object<T>(_ key: String, _ read: (JSONValue, JSONPointer) throws(ShapeError) -> T) throws(ShapeError) -> T? {
        guard let value = take(key), value != .null else { return nil }
        return try read(value, pointer / key)
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) throws(ShapeError) -> T? where T.RawValue == String {
        guard let text = try string(key) else { return nil }
        guard let choice = T(rawValue: text) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
            throw ShapeError(pointer / key, "\"\(TextSafety.clip(text, limit: 30))\" is not allowed here; use \(allowed)")
        }
        return choice
    }

    private func mismatch(_ key: String, _ expected: String, _ found: JSONValue) -> ShapeError {
        ShapeError(pointer / key, "expected \(expected), found \(found.kindDescription)")
    }
}

/// An element of a list in a document: the list's pointer and the element's index.
struct ElementPlace: Sendable {
    let list: JSONPointer
    let index: Int

    var pointer: JSONPointer { list / index }
}
