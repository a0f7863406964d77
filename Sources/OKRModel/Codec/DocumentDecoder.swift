/// Turns parsed JSON into a `Document`, checking the shape of format v1 and
/// keeping every member it does not know.
public enum DocumentDecoder {
    public static func decode(_ json: JSONValue) throws(ShapeError) -> Document {
        var reader = try MemberReader(json, at: .root)
        guard let version = try reader.integer("schemaVersion") else {
            throw ShapeError(.root / "schemaVersion", "\"schemaVersion\" is missing; an okr document starts with \"schemaVersion\": 1")
        }
        if version > Document.currentSchemaVersion {
            throw ShapeError(.root / "schemaVersion", "this document uses format version \(version), and this okr reads only version \(Document.currentSchemaVersion); open it with a newer okr")
        }
        guard version == Document.currentSchemaVersion else {
            throw ShapeError(.root / "schemaVersion", "format version \(version) does not exist; use 1")
        }
        var document = Document(
            team: try reader.string("team") ?? "",
            period: try reader.string("period") ?? "",
            createdAt: try reader.string("createdAt"),
            updatedAt: try reader.string("updatedAt"),
            participants: try reader.strings("participants"),
            purpose: try reader.object("purpose").map { (value) throws(ShapeError) in try purpose(value, at: .root / "purpose") } ?? Purpose(),
            kpis: try reader.objects("kpis", kpi),
            // Objectives are read on all processors when a document has many (okr lint on large files).
            objectives: try reader.objectsInParallel("objectives", objective),
            notes: try reader.strings("notes")
        )
        // A derived, read-only list that exports may add; reading ignores it.
        _ = reader.object("findings")
        document.extra = reader.unknown
        return document
    }

    static func purpose(_ value: JSONValue, at pointer: JSONPointer) throws(ShapeError) -> Purpose {
        var reader = try MemberReader(value, at: pointer)
        var purpose = Purpose(
            who: try reader.string("who"),
            change: try reader.string("change"),
            evidence: try reader.string("evidence"),
            observations: try reader.objects("observations", observation)
        )
        purpose.extra = reader.unknown
        return purpose
    }

    static func kpi(_ value: JSONValue, at place: ElementPlace) throws(ShapeError) -> KPI {
        var reader = try MemberReader(value, at: place)
        guard let name = try reader.string("name") else {
            throw ShapeError(place.pointer / "name", "a KPI needs a \"name\"")
        }
        var kpi = KPI(
            id: try reader.string("id") ?? "",
            name: name,
            unit: try reader.string("unit"),
            current: try reader.number("current"),
            better: try reader.choice("better", Better.self),
            history: try reader.objects("history", reading)
        )
        kpi.extra = reader.unknown
        return kpi
    }

    static func objective(_ value: JSONValue, at place: ElementPlace) throws(ShapeError) -> Objective {
        var reader = try MemberReader(value, at: place)
        guard let title = try reader.string("title") else {
            throw ShapeError(place.pointer / "title", "an objective needs a \"title\"")
        }
        var objective = Objective(
            id: try reader.string("id") ?? "",
            title: title,
            type: try reader.choice("type", ObjectiveType.self),
            owner: try reader.string("owner"),
            sharedWith: try reader.strings("sharedWith"),
            kpis: try reader.strings("kpis"),
            alignsTo: try reader.strings("alignsTo"),
            accepted: try reader.strings("accepted"),
            keyResults: try reader.objects("keyResults", keyResult),
            retro: try reader.object("retro", retro),
            carryOver: try reader.object("carryOver", carryOver)
        )
        objective.extra = reader.unknown
        return objective
    }

    static func keyResult(_ value: JSONValue, at place: ElementPlace) throws(ShapeError) -> KeyResult {
        var reader = try MemberReader(value, at: place)
        guard let statement = try reader.string("statement") else {
            throw ShapeError(place.pointer / "statement", "a key result needs a \"statement\"")
        }
        var keyResult = KeyResult(
            id: try reader.string("id") ?? "",
            statement: statement,
            metric: try reader.string("metric"),
            baseline: try reader.number("baseline"),
            target: try reader.number("target"),
            unit: try reader.string("unit"),
            direction: try reader.choice("direction", Direction.self),
            due: try reader.string("due"),
            doneWhen: try reader.string("doneWhen"),
            owner: try reader.string("owner"),
            confidence: try reader.number("confidence"),
            indicator: try reader.choice("indicator", Indicator.self),
            focus: try reader.choice("focus", Focus.self),
            current: try reader.number("current"),
            accepted: try reader.strings("accepted"),
            checkIns: try reader.objects("checkIns", checkIn),
            grade: try reader.number("grade"),
            gradeNote: try reader.string("gradeNote"),
            carryOver: try reader.object("carryOver", carryOver)
        )
        keyResult.extra = reader.unknown
        return keyResult
    }

    static func checkIn(_ value: JSONValue, at place: ElementPlace) throws(ShapeError) -> CheckIn {
        var reader = try MemberReader(value, at: place)
        var checkIn = CheckIn(
            date: try date(&reader, at: place, of: "a check-in"),
            value: try reader.number("value"),
            confidence: try reader.number("confidence"),
            note: try reader.string("note")
        )
        checkIn.extra = reader.unknown
        return checkIn
    }

    static func retro(_ value: JSONValue, at pointer: JSONPointer) throws(ShapeError) -> Retro {
        var reader = try MemberReader(value, at: pointer)
        var retro = Retro(learned: try reader.string("learned"), differently: try reader.string("differently"))
        retro.extra = reader.unknown
        return retro
    }

    static func carryOver(_ value: JSONValue, at pointer: JSONPointer) throws(ShapeError) -> CarryOver {
        var reader = try MemberReader(value, at: pointer)
        guard let period = try reader.string("period") else {
            throw ShapeError(pointer / "period", "a carry-over needs the \"period\" it was planned for, like 2027-Q2")
        }
        guard let decision = try reader.choice("decision", CarryOver.Decision.self) else {
            throw ShapeError(pointer / "decision", "a carry-over needs a \"decision\": keep, modify or drop")
        }
        var carryOver = CarryOver(period: period, decision: decision, reason: try reader.string("reason"))
        carryOver.extra = reader.unknown
        return carryOver
    }

    static func reading(_ value: JSONValue, at place: ElementPlace) throws(ShapeError) -> Reading {
        var reader = try MemberReader(value, at: place)
        let date = try date(&reader, at: place, of: "a KPI reading")
        guard let number = try reader.number("value") else {
            throw ShapeError(place.pointer / "value", "a KPI reading needs a \"value\"")
        }
        var reading = Reading(date: date, value: number)
        reading.extra = reader.unknown
        return reading
    }

    static func observation(_ value: JSONValue, at place: ElementPlace) throws(ShapeError) -> Observation {
        var reader = try MemberReader(value, at: place)
        let date = try date(&reader, at: place, of: "an observation")
        guard let note = try reader.string("note") else {
            throw ShapeError(place.pointer / "note", "an observation needs a \"note\"")
        }
        var observation = Observation(date: date, note: note)
        observation.extra = reader.unknown
        return observation
    }

    /// The `date` every dated entry needs.
    private static func date(_ reader: inout MemberReader, at place: ElementPlace, of what: String) throws(ShapeError) -> String {
        guard let date = try reader.string("date") else {
            throw ShapeError(place.pointer / "date", "\(what) needs a \"date\" like 2027-02-15")
        }
        return date
    }
}
