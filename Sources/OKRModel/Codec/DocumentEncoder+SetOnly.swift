extension DocumentEncoder {
    /// The document as `encode(_:)` gives it, without the known members that hold nothing (null, an
    /// empty list, a purpose with no answers): for formats people write by hand (YAML), where a page of
    /// `owner: null` hides what is set. Decoding gives the same document back, since a missing member
    /// reads as null or empty. Unknown members are kept as they are, nulls too: only the known ones
    /// are left out, and `encode(_:)` puts every unknown member after them.
    public static func encodeSetOnly(_ document: Document) -> JSONValue {
        let full = encode(document)
        guard case .object(var members) = full else { return full }
        for (i, member) in members.enumerated() {
            switch member.key {
            case "purpose": members[i].value = setOnly(member.value, extra: document.purpose.extra.count) { key, value in
                key == "observations" ? each(value, document.purpose.observations.map(\.extra.count)) : value
            }
            case "kpis": members[i].value = each(member.value, document.kpis.map { kpi in
                (kpi.extra.count, { key, value in key == "history" ? each(value, kpi.history.map(\.extra.count)) : value })
            })
            case "objectives": members[i].value = each(member.value, document.objectives.map { objective in
                (objective.extra.count, { key, value in
                    guard key == "keyResults" else { return value }
                    return each(value, objective.keyResults.map { keyResult in
                        (keyResult.extra.count, { key, value in key == "checkIns" ? each(value, keyResult.checkIns.map(\.extra.count)) : value })
                    })
                })
            })
            default: break
            }
        }
        return setOnly(.object(members), extra: document.extra.count) { _, value in value }
    }

    /// Each element of a list of objects with its own known members pruned, given each one's number of
    /// unknown members and what to do inside its known members.
    private static func each(_ list: JSONValue, _ elements: [(Int, (String, JSONValue) -> JSONValue)]) -> JSONValue {
        guard case .array(let values) = list else { return list }
        return .array(zip(values, elements).map { value, element in setOnly(value, extra: element.0, element.1) })
    }

    private static func each(_ list: JSONValue, _ extraCounts: [Int]) -> JSONValue {
        each(list, extraCounts.map { ($0, { _, value in value }) })
    }

    /// An object without its empty known members (all but the last `extra`), after `inner` has pruned
    /// the values inside them.
    private static func setOnly(_ object: JSONValue, extra: Int, _ inner: (String, JSONValue) -> JSONValue) -> JSONValue {
        guard case .object(let members) = object else { return object }
        let known = members.count - extra
        var kept: [JSONMember] = []
        for (i, member) in members.enumerated() {
            guard i < known else {
                kept.append(member)
                continue
            }
            let value = inner(member.key, member.value)
            switch value {
            case .null: continue
            case .array(let elements) where elements.isEmpty: continue
            case .object(let inside) where inside.isEmpty: continue
            default: kept.append(JSONMember(member.key, value))
            }
        }
        return .object(kept)
    }
}
