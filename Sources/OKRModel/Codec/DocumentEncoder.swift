/// Turns a `Document` into JSON with members in the order of format v1, every
/// known field present (null when unset), and unknown members after them.
public enum DocumentEncoder {
    public static func encode(_ document: Document) -> JSONValue {
        .object(members(document, objectives: .array(document.objectives.map(objective))))
    }

    /// The document's members in format v1's order, with `objectives` as given.
    private static func members(_ document: Document, objectives: JSONValue) -> [JSONMember] {
        [
            JSONMember("schemaVersion", .number(String(Document.currentSchemaVersion))),
            JSONMember("team", .string(document.team)),
            JSONMember("period", .string(document.period)),
            JSONMember("createdAt", optional(document.createdAt)),
            JSONMember("updatedAt", optional(document.updatedAt)),
            JSONMember("participants", strings(document.participants)),
            JSONMember("purpose", purpose(document.purpose)),
            JSONMember("kpis", .array(document.kpis.map(kpi))),
            JSONMember("objectives", objectives),
            JSONMember("notes", strings(document.notes)),
        ] + document.extra
    }

    /// The document as pretty JSON text, newline-terminated.
    public static func text(_ document: Document) -> String {
        JSONWriter.pretty(encode(document))
    }

    /// `text(_:)` as UTF-8 bytes.
    public static func bytes(_ document: Document) -> [UInt8] {
        let collected = Collected()
        write(document) { collected.bytes += $0 }
        return collected.bytes
    }

    /// `bytes(_:)` handed to `emit` in pieces, one after another, as the store writes them: the
    /// objectives in chunks encoded on all processors, each handed on as soon as those before it are,
    /// so a large document is written while it is encoded and never held whole (an imported sheet of
    /// 20,000 objectives is 42 MB of JSON). `emit` is called on one thread at a time.
    public static func write(_ document: Document, to emit: @escaping @Sendable ([UInt8]) -> Void) {
        let objectives = document.objectives
        write(document, reserving: 4096, to: emit) { out in
            // The list's opening goes first.
            emit(out)
            out = []
            ParallelChunks.forEach(count: objectives.count, minimumPerChunk: 200, { range in
                // Laid out as `JSONWriter.appendElements` lays out a list's elements one level deep.
                let out = ByteBuffer(capacity: range.count * 2560)
                for i in range {
                    out.pad(2)
                    PrettyMembers.write(objectives[i], indent: 2, to: out, objectiveMembers)
                    if i < objectives.count - 1 { out.append(UInt8(ascii: ",")) }
                    out.append(0x0A)
                }
                return out.bytes
            }, inOrder: emit)
        }
    }

    /// `bytes(_:)`, byte for byte, writing again only the objectives that changed since the
    /// bytes in `cache`, which it then holds for the next call: an autosave after a check-in
    /// changes one key result of hundreds, and encoding all the others again was most of its time.
    public static func bytes(_ document: Document, reusing cache: EncodingCache) -> [UInt8] {
        var fresh: [(Objective, [UInt8])] = []
        fresh.reserveCapacity(document.objectives.count)
        var out: [UInt8] = []
        write(document, reserving: cache.size + 4096, to: { out = $0 }) { out in
            JSONWriter.appendElements(document.objectives.indices, of: document.objectives.count, indent: 1, to: &out) { i, out in
                let value = document.objectives[i]
                let bytes = i < cache.objectives.count && cache.objectives[i].0 == value ? cache.objectives[i].1 : pretty(value)
                out.append(contentsOf: bytes)
                fresh.append((value, bytes))
            }
        }
        cache.objectives = fresh
        cache.size = out.count
        return out
    }

    /// The document's members in format v1's order, pretty, handed to `emit`. The objectives' elements
    /// are `objectives`' to write: appended to the bytes given (which hold the list's opening), or
    /// emitted after those bytes, which it then emits first and empties.
    private static func write(_ document: Document, reserving size: Int, to emit: ([UInt8]) -> Void, objectives: (inout [UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(size)
        var object = JSONWriter.PrettyObject(indent: 0)
        for member in members(document, objectives: .array([])) {
            guard member.key == "objectives", !document.objectives.isEmpty else {
                object.append(member.key, member.value, to: &out)
                continue
            }
            object.appendKey(member.key, to: &out)
            JSONWriter.openList(to: &out)
            objectives(&out)
            JSONWriter.closeList(indent: 1, to: &out)
        }
        object.finish(&out)
        out.append(0x0A)
        emit(out)
    }

    /// The pieces `bytes(_:)` collects. Unchecked: `write(_:to:)` hands them on one at a time, each
    /// after the one before (the hand-over goes through a lock).
    private final class Collected: @unchecked Sendable {
        var bytes: [UInt8] = []
    }

    /// One objective as it sits in the document's list.
    private static func pretty(_ value: Objective) -> [UInt8] {
        let out = ByteBuffer(capacity: 4096)
        PrettyMembers.write(value, indent: 2, to: out, objectiveMembers)
        return out.bytes
    }

    static func purpose(_ purpose: Purpose) -> JSONValue {
        .object([
            JSONMember("who", optional(purpose.who)),
            JSONMember("change", optional(purpose.change)),
            JSONMember("evidence", optional(purpose.evidence)),
        ] + listed("observations", purpose.observations.map(observation)) + purpose.extra)
    }

    static func kpi(_ kpi: KPI) -> JSONValue {
        .object([
            JSONMember("id", .string(kpi.id)),
            JSONMember("name", .string(kpi.name)),
            JSONMember("unit", optional(kpi.unit)),
            JSONMember("current", optional(kpi.current)),
        ] + (kpi.better.map { [JSONMember("better", .string($0.rawValue))] } ?? [])
            + listed("history", kpi.history.map(reading)) + kpi.extra)
    }

    static func objective(_ objective: Objective) -> JSONValue {
        var list = MemberList(capacity: 12 + objective.extra.count)
        objectiveMembers(objective, into: &list)
        return .object(list.members)
    }

    /// An objective's members in format v1's order, whichever way they are written.
    static func objectiveMembers<Sink: MemberSink>(_ objective: Objective, into sink: inout Sink) {
        sink.add("id", text: objective.id)
        sink.add("title", text: objective.title)
        sink.add("type", text: objective.type?.rawValue)
        sink.add("owner", text: objective.owner)
        sink.add("sharedWith", strings: objective.sharedWith)
        sink.add("kpis", strings: objective.kpis)
        if !objective.alignsTo.isEmpty { sink.add("alignsTo", strings: objective.alignsTo) }
        sink.add("accepted", strings: objective.accepted)
        sink.add("keyResults", objects: objective.keyResults, keyResultMembers)
        if let retro = objective.retro { sink.add("retro", Self.retro(retro)) }
        if let carryOver = objective.carryOver { sink.add("carryOver", Self.carryOver(carryOver)) }
        for member in objective.extra { sink.add(member.key, member.value) }
    }

    /// A key result's members in format v1's order, whichever way they are written.
    static func keyResultMembers<Sink: MemberSink>(_ keyResult: KeyResult, into sink: inout Sink) {
        sink.add("id", text: keyResult.id)
        sink.add("statement", text: keyResult.statement)
        sink.add("metric", text: keyResult.metric)
        sink.add("baseline", number: keyResult.baseline)
        sink.add("target", number: keyResult.target)
        sink.add("unit", text: keyResult.unit)
        sink.add("direction", text: keyResult.direction?.rawValue)
        sink.add("due", text: keyResult.due)
        if let doneWhen = keyResult.doneWhen { sink.add("doneWhen", text: doneWhen) }
        sink.add("owner", text: keyResult.owner)
        sink.add("confidence", number: keyResult.confidence)
        sink.add("indicator", text: keyResult.indicator?.rawValue)
        sink.add("focus", text: keyResult.focus?.rawValue)
        sink.add("current", number: keyResult.current)
        sink.add("accepted", strings: keyResult.accepted)
        if !keyResult.checkIns.isEmpty { sink.add("checkIns", .array(keyResult.checkIns.map(checkIn))) }
        if let grade = keyResult.grade { sink.add("grade", number: grade) }
        if let gradeNote = keyResult.gradeNote { sink.add("gradeNote", text: gradeNote) }
        if let carryOver = keyResult.carryOver { sink.add("carryOver", Self.carryOver(carryOver)) }
        for member in keyResult.extra { sink.add(member.key, member.value) }
    }

    static func checkIn(_ checkIn: CheckIn) -> JSONValue {
        .object([
            JSONMember("date", .string(checkIn.date)),
            JSONMember("value", optional(checkIn.value)),
            JSONMember("confidence", optional(checkIn.confidence)),
            JSONMember("note", optional(checkIn.note)),
        ] + checkIn.extra)
    }

    static func retro(_ retro: Retro) -> JSONValue {
        .object(present("learned", retro.learned.map(JSONValue.string)) + present("differently", retro.differently.map(JSONValue.string))
            + retro.extra)
    }

    static func carryOver(_ carryOver: CarryOver) -> JSONValue {
        .object([JSONMember("period", .string(carryOver.period)), JSONMember("decision", .string(carryOver.decision.rawValue))]
            + present("reason", carryOver.reason.map(JSONValue.string)) + carryOver.extra)
    }

    static func reading(_ reading: Reading) -> JSONValue {
        .object([JSONMember("date", .string(reading.date)), JSONMember("value", .number(reading.value))] + reading.extra)
    }

    static func observation(_ observation: Observation) -> JSONValue {
        .object([JSONMember("date", .string(observation.date)), JSONMember("note", .string(observation.note))] + observation.extra)
    }

    /// Members added to v1 after its first release are written only when they hold something,
    /// so a document that does not use them is byte for byte what older okr wrote.
    static func listed(_ key: String, _ values: [JSONValue]) -> [JSONMember] {
        values.isEmpty ? [] : [JSONMember(key, .array(values))]
    }

    /// An optional member added to v1 later: written only when set.
    static func present(_ key: String, _ value: JSONValue?) -> [JSONMember] {
        value.map { [JSONMember(key, $0)] } ?? []
    }

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    static func optional(_ number: Double?) -> JSONValue { number.map { JSONValue.number($0) } ?? .null }
    static func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
}
