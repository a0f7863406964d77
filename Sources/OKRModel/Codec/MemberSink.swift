/// Where the encoder puts an objective's or key result's members, in format v1's order: collected
/// into a `JSONValue` (`MemberList`, for exports that rework the value) or written straight as
/// pretty JSON (`PrettyMembers`, for a save). The order is written once (`DocumentEncoder`) for both.
protocol MemberSink {
    mutating func add(_ key: String, _ value: JSONValue)
    /// A text, or null.
    mutating func add(_ key: String, text: String?)
    /// A number, or null.
    mutating func add(_ key: String, number: Double?)
    mutating func add(_ key: String, strings: [String])
    /// A list of objects, each one's members given by `members`.
    mutating func add<Element>(_ key: String, objects: [Element], _ members: (Element, inout Self) -> Void)
}

/// Members collected for a `JSONValue` object.
struct MemberList: MemberSink {
    var members: [JSONMember] = []

    init(capacity: Int) {
        members.reserveCapacity(capacity)
    }

    mutating func add(_ key: String, _ value: JSONValue) {
        members.append(JSONMember(key, value))
    }

    mutating func add(_ key: String, text: String?) {
        add(key, text.map(JSONValue.string) ?? .null)
    }

    mutating func add(_ key: String, number: Double?) {
        add(key, number.map { JSONValue.number($0) } ?? .null)
    }

    mutating func add(_ key: String, strings: [String]) {
        add(key, .array(strings.map(JSONValue.string)))
    }

    mutating func add<Element>(_ key: String, objects: [Element], _ fill: (Element, inout MemberList) -> Void) {
        add(key, .array(objects.map { element in
            var list = MemberList(capacity: 0)
            fill(element, &list)
            return .object(list.members)
        }))
    }
}

/// Members written as `JSONWriter` writes an object `indent` levels deep, with no value built first:
/// encoding an imported sheet's 80,000 key results built and freed some twenty values for each.
struct PrettyMembers: MemberSink {
    var out: [UInt8] = []
    private let indent: Int
    private var object: JSONWriter.PrettyObject

    init(indent: Int) {
        self.indent = indent
        object = JSONWriter.PrettyObject(indent: indent)
    }

    /// The object's members written by `members` onto the end of `out`, then closed.
    static func write<Element>(_ element: Element, indent: Int, to out: inout [UInt8], _ members: (Element, inout PrettyMembers) -> Void) {
        var sink = PrettyMembers(indent: indent)
        // The bytes move into the sink and back (no copy), so one buffer holds the whole document.
        swap(&sink.out, &out)
        members(element, &sink)
        sink.object.finish(&sink.out)
        swap(&sink.out, &out)
    }

    mutating func add(_ key: String, _ value: JSONValue) {
        object.append(key, value, to: &out)
    }

    /// Texts and numbers are written as they are, not made into a value first: most of a key
    /// result's members are one or the other, or null.
    mutating func add(_ key: String, text: String?) {
        object.appendKey(key, to: &out)
        guard let text else { return out.appendASCII("null") }
        JSONWriter.writeString(text, into: &out)
    }

    mutating func add(_ key: String, number: Double?) {
        object.appendKey(key, to: &out)
        guard let number else { return out.appendASCII("null") }
        out.append(contentsOf: JSONNumber.format(number).utf8)
    }

    mutating func add(_ key: String, strings: [String]) {
        guard !strings.isEmpty else {
            object.appendKey(key, to: &out)
            out.appendASCII("[]")
            return
        }
        add(key, .array(strings.map(JSONValue.string)))
    }

    mutating func add<Element>(_ key: String, objects: [Element], _ members: (Element, inout PrettyMembers) -> Void) {
        object.appendKey(key, to: &out)
        let level = indent + 1
        JSONWriter.appendList(count: objects.count, indent: level, to: &out) { i, out in
            PrettyMembers.write(objects[i], indent: level + 1, to: &out, members)
        }
    }
}
