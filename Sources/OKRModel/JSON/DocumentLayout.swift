#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the parts of an okr document are in its text, line and column, found in one pass that
/// notes, in flat lists, every member of the document, of its purpose, of each KPI, objective and
/// key result: the places findings point at. `PointerLocator` answers from it the pointers of
/// those shapes, nearly all of a lint report's, without building anything per pointer.
struct DocumentLayout: Sendable {
    /// A place in the text: a byte offset and its line. The column is worked out only for the places
    /// asked for: a large document has a million members, and findings point at a few of them.
    struct Place {
        var offset: Int32
        var line: Int32

        init(_ scanner: PointerLocator.Scanner) {
            offset = Int32(scanner.index)
            line = Int32(scanner.line)
        }

        /// Its line and column; the line's start is found back from the offset.
        func position(in bytes: UnsafeBufferPointer<UInt8>) -> TextPosition {
            var start = Int(offset)
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            return TextPosition(line: Int(line), from: start, to: Int(offset), in: bytes)
        }
    }

    /// A member: its name (where it is in the text, escapes as written) and where its value starts.
    struct Member {
        var nameStart: Int32
        var nameCount: Int32
        var value: Place
    }

    /// An object the layout looked into: where it starts and its members (a range of `members`).
    struct Object {
        var place: Place
        var members: Range<Int>
    }

    private(set) var members: [Member] = []
    private(set) var root: Object?
    private(set) var purpose: Object?
    private(set) var kpis: [Object] = []
    private(set) var objectives: [Object] = []
    /// Each objective's key results, as a range of `keyResults`.
    private(set) var keyResultsOf: [Range<Int>] = []
    private(set) var keyResults: [Object] = []

    /// The layout of `bytes`, a document already parsed (valid JSON).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // About one member for every 32 bytes of a pretty-printed document.
        members.reserveCapacity(bytes.count / 32)
        var scanner = PointerLocator.Scanner(bytes: bytes)
        scanner.whitespace()
        guard scanner.index < bytes.count, bytes[scanner.index] == UInt8(ascii: "{") else { return }
        root = object(&scanner) { layout, name, scanner in
            if DocumentLayout.is(name, "purpose") {
                layout.purpose = layout.nested(&scanner)
            } else if DocumentLayout.is(name, "kpis") {
                layout.list(&scanner) { layout, scanner in layout.kpis.append(layout.object(&scanner) { _, _, scanner in scanner.skip() }) }
            } else if DocumentLayout.is(name, "objectives") {
                layout.list(&scanner) { layout, scanner in
                    var first = layout.keyResults.count
                    var last = first
                    let objective = layout.object(&scanner) { layout, name, scanner in
                        guard DocumentLayout.is(name, "keyResults") else { return scanner.skip() }
                        first = layout.keyResults.count
                        layout.list(&scanner) { layout, scanner in layout.keyResults.append(layout.object(&scanner) { _, _, scanner in scanner.skip() }) }
                        last = layout.keyResults.count
                    }
                    layout.objectives.append(objective)
                    layout.keyResultsOf.append(first..<last)
                }
            } else {
                scanner.skip()
            }
        }
    }

    /// Whether a name as written is `name` (compared on bytes: no text is made of names read).
    static func `is`(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        bytes.count == name.utf8CodeUnitCount && memcmp(bytes.baseAddress!, name.utf8Start, bytes.count) == 0
    }

    /// An object whose members are noted and whose values are skipped; nil when the value here is not an object.
    private mutating func nested(_ scanner: inout PointerLocator.Scanner) -> Object? {
        guard scanner.index < scanner.bytes.count, scanner.bytes[scanner.index] == UInt8(ascii: "{") else {
            scanner.skip()
            return nil
        }
        return object(&scanner) { _, _, scanner in scanner.skip() }
    }

    /// The object here: its members noted, each value handed to `value` with the member's name as
    /// written (which must move past the value).
    private mutating func object(_ scanner: inout PointerLocator.Scanner,
                                 _ value: (inout DocumentLayout, UnsafeBufferPointer<UInt8>, inout PointerLocator.Scanner) -> Void) -> Object {
        let place = Place(scanner)
        let first = members.count
        guard scanner.bytes[scanner.index] == UInt8(ascii: "{") else {
            scanner.skip()
            return Object(place: place, members: first..<first)
        }
        scanner.index += 1
        scanner.whitespace()
        while scanner.index < scanner.bytes.count, scanner.bytes[scanner.index] != UInt8(ascii: "}") {
            let nameStart = scanner.index + 1
            scanner.skipString()
            let name = nameStart..<(scanner.index - 1)
            scanner.whitespace()
            scanner.index += 1 // the colon
            scanner.whitespace()
            members.append(Member(nameStart: Int32(name.lowerBound), nameCount: Int32(name.count), value: Place(scanner)))
            value(&self, UnsafeBufferPointer(rebasing: scanner.bytes[name]), &scanner)
            scanner.whitespace()
            if scanner.index < scanner.bytes.count, scanner.bytes[scanner.index] == UInt8(ascii: ",") {
                scanner.index += 1
                scanner.whitespace()
            }
        }
        scanner.index += 1
        return Object(place: place, members: first..<members.count)
    }

    /// The list here, each element handed to `element` (which must move past it); anything else skipped.
    private mutating func list(_ scanner: inout PointerLocator.Scanner, _ element: (inout DocumentLayout, inout PointerLocator.Scanner) -> Void) {
        guard scanner.bytes[scanner.index] == UInt8(ascii: "[") else { return scanner.skip() }
        scanner.index += 1
        scanner.whitespace()
        while scanner.index < scanner.bytes.count, scanner.bytes[scanner.index] != UInt8(ascii: "]") {
            element(&self, &scanner)
            scanner.whitespace()
            if scanner.index < scanner.bytes.count, scanner.bytes[scanner.index] == UInt8(ascii: ",") {
                scanner.index += 1
                scanner.whitespace()
            }
        }
        scanner.index += 1
    }

    // MARK: Answers

    /// The position of `pointer`'s value when it is one of the places the layout noted; nil when it
    /// is not (the text has no such value, or the pointer goes deeper than the layout looked).
    func position(of pointer: JSONPointer, in bytes: UnsafeBufferPointer<UInt8>) -> TextPosition?? {
        let tokens = pointer.tokens
        guard let root else { return nil }
        if tokens.isEmpty { return .some(root.place.position(in: bytes)) }
        func member(_ object: Object?, _ name: String) -> TextPosition?? {
            guard let object else { return .some(nil) }
            var name = name
            let found: TextPosition?? = name.withUTF8 { wanted in
                for member in members[object.members] where Int(member.nameCount) == wanted.count {
                    if wanted.isEmpty || memcmp(bytes.baseAddress! + Int(member.nameStart), wanted.baseAddress!, wanted.count) == 0 {
                        return .some(member.value.position(in: bytes))
                    }
                }
                return nil
            }
            if let found { return found }
            // A name written with escapes is not compared here: left to the full locator.
            let escaped = members[object.members].contains { member in
                bytes[Int(member.nameStart)..<Int(member.nameStart + member.nameCount)].contains(UInt8(ascii: "\\"))
            }
            return escaped ? nil : .some(nil)
        }
        func element<T>(_ list: [T], _ token: String) -> T?? {
            guard let index = Int(token) else { return nil }
            return .some(list.indices.contains(index) ? list[index] : nil)
        }
        switch (tokens[0], tokens.count) {
        case (_, 1):
            return member(root, tokens[0])
        case ("purpose", 2):
            return member(purpose, tokens[1])
        case ("kpis", 2):
            return element(kpis, tokens[1]).map { $0?.place.position(in: bytes) }
        case ("kpis", 3):
            return element(kpis, tokens[1]).map { kpi in kpi.flatMap { member($0, tokens[2]) ?? nil } }
        case ("objectives", 2):
            return element(objectives, tokens[1]).map { $0?.place.position(in: bytes) }
        case ("objectives", 3):
            return element(objectives, tokens[1]).map { objective in objective.flatMap { member($0, tokens[2]) ?? nil } }
        case ("objectives", 4), ("objectives", 5):
            guard tokens[2] == "keyResults", let o = Int(tokens[1]), let k = Int(tokens[3]) else { return nil }
            guard objectives.indices.contains(o), k >= 0, keyResultsOf[o].count > k else { return .some(nil) }
            let keyResult = keyResults[keyResultsOf[o].lowerBound + k]
            return tokens.count == 4 ? .some(keyResult.place.position(in: bytes)) : member(keyResult, tokens[4])
        default:
            return nil
        }
    }
}
