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

/// Members written as `JSONWriter` writes an object `indent` levels deep, with no value built first
/// (encoding an imported sheet's 80,000 key results built and freed some twenty values for each),
/// straight into a `ByteBuffer`.
struct PrettyMembers: MemberSink {
    private let out: ByteBuffer
    private let indent: Int
    private var isEmpty = true

    private init(indent: Int, out: ByteBuffer) {
        self.indent = indent
        self.out = out
    }

    /// The object's members written by `members` onto the end of `out`, then closed.
    static func write<Element>(_ element: Element, indent: Int, to out: ByteBuffer, _ members: (Element, inout PrettyMembers) -> Void) {
        var sink = PrettyMembers(indent: indent, out: out)
        members(element, &sink)
        if sink.isEmpty {
            out.append(ascii: "{}")
        } else {
            out.append(0x0A)
            out.pad(indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A member's key, as `JSONWriter.PrettyObject.appendKey` writes it; its value follows.
    private mutating func key(_ key: String) {
        out.append(isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
        out.append(0x0A)
        isEmpty = false
        out.pad(indent + 1)
        out.string(key)
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: " "))
    }

    /// A value of any other kind (a team's own members, check-ins, lists of names), written by `JSONWriter`.
    mutating func add(_ key: String, _ value: JSONValue) {
        self.key(key)
        var bytes: [UInt8] = []
        JSONWriter.appendPretty(value, indent: indent + 1, to: &bytes)
        out.append(bytes)
    }

    /// Texts and numbers are written as they are, not made into a value first: most of a key
    /// result's members are one or the other, or null.
    mutating func add(_ key: String, text: String?) {
        self.key(key)
        guard let text else { return out.append(ascii: "null") }
        out.string(text)
    }

    mutating func add(_ key: String, number: Double?) {
        self.key(key)
        guard let number else { return out.append(ascii: "null") }
        var digits = JSONNumber.format(number)
        digits.withUTF8 { out.append($0) }
    }

    mutating func add(_ key: String, strings: [String]) {
        guard !strings.isEmpty else {
            self.key(key)
            out.append(ascii: "[]")
            return
        }
        add(key, .array(strings.map(JSONValue.string)))
    }

    /// A list of objects as `JSONWriter.appendList` lays it out.
    mutating func add<Element>(_ key: String, objects: [Element], _ members: (Element, inout PrettyMembers) -> Void) {
        self.key(key)
        guard !objects.isEmpty else { return out.append(ascii: "[]") }
        let level = indent + 1
        out.append(UInt8(ascii: "["))
        out.append(0x0A)
        for (i, element) in objects.enumerated() {
            out.pad(level + 1)
            PrettyMembers.write(element, indent: level + 1, to: out, members)
            if i < objects.count - 1 { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
        }
        out.pad(level)
        out.append(UInt8(ascii: "]"))
    }
}
