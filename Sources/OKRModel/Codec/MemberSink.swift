/// Where the encoder puts an objective's or key result's members, in format v1's order: collected
/// into a `JSONValue` (`MemberList`, for exports that rework the value) or written straight as
/// pretty JSON (`PrettyMembers`, for a save). The order is written once (`DocumentEncoder`) for both.
protocol MemberSink {
    mutating func add(_ key: String, _ value: JSONValue)
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
