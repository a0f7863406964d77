import OKRModel

/// What lines about an item say: its fields ("Owner: Ana"), a key result's notes, the purpose's
/// answers, KPIs as list items.
extension MarkdownReader {
    /// "O1.KR3 is done when: …", as okr's export writes a milestone's test.
    mutating func doneWhen(_ text: String) -> Bool {
        guard let objective, let match = text.wholeMatch(of: /(\S+) is done when:\s*(.*)/) else { return false }
        guard let k = document.objectives[objective.index].keyResults.firstIndex(where: { $0.id == match.1 }) else { return false }
        document.objectives[objective.index].keyResults[k].doneWhen = String(match.2)
        return true
    }

    mutating func keyResultDetail(_ text: String) {
        guard let current = keyResult else { return }
        var keyResult = document.objectives[current.objective].keyResults[current.index]
        defer { document.objectives[current.objective].keyResults[current.index] = keyResult }
        if let field = MarkdownLabel.field(text, Self.keyResultFields) {
            switch field.name {
            case "owner" where keyResult.owner == nil && !MarkdownValue.isNone(field.value):
                keyResult.owner = field.value
                return
            case "due", "deadline":
                if keyResult.due == nil, CalendarDate.isValid(field.value) {
                    keyResult.due = field.value
                    return
                }
            case "confidence":
                if let confidence = MarkdownValue.confidence(field.value) {
                    keyResult.confidence = confidence
                    return
                }
            case "target", "to":
                if let quantity = MarkdownValue.quantity(field.value) {
                    keyResult.target = quantity.value
                    keyResult.unit = keyResult.unit ?? quantity.unit
                    return
                }
            case "baseline", "start", "from":
                if let quantity = MarkdownValue.quantity(field.value) {
                    keyResult.baseline = quantity.value
                    keyResult.unit = keyResult.unit ?? quantity.unit
                    return
                }
            default: break
            }
        }
        // Anything else a team wrote under a key result stays with it, as its notes.
        var notes: [JSONValue] = []
        if let i = keyResult.extra.firstIndex(where: { $0.key == "notes" }), case .array(let existing) = keyResult.extra[i].value {
            notes = existing
            keyResult.extra.remove(at: i)
        }
        keyResult.extra.append(JSONMember("notes", .array(notes + [.string(text)])))
    }

    mutating func objectiveField(_ field: (name: String, value: String), raw: String) {
        guard let objective else { return }
        let value = Self.fieldValue(raw)
        switch field.name {
        case "owner": document.objectives[objective.index].owner = MarkdownValue.isNone(field.value) ? nil : field.value
        case "type": document.objectives[objective.index].type = MarkdownValue.objectiveType(field.value)
        case "shared with": document.objectives[objective.index].sharedWith = MarkdownValue.list(value, separator: ",")
        default:
            // "K1 Stock-out rate; K2 …": each KPI's id is its first word.
            document.objectives[objective.index].kpis = MarkdownValue.list(value, separator: ";").compactMap { $0.split(separator: " ").first.map(String.init) }
        }
    }

    mutating func documentField(_ field: (name: String, value: String), raw: String? = nil) {
        switch field.name {
        case "team": document.team = MarkdownValue.isNone(field.value) ? "" : field.value
        case "participants": document.participants = MarkdownValue.list(raw.map(Self.fieldValue) ?? field.value, separator: ",")
        default:
            // "Period: 2027-Q1" as okr writes it; a period in words ("January to March") does not
            // replace the quarter a title named.
            guard document.period.isEmpty || PeriodSpelling.find(in: field.value) != nil else { return }
            document.period = MarkdownValue.isNone(field.value) ? "" : field.value
        }
    }

    /// The raw text after a field's colon, for lists whose separators may be escaped.
    static func fieldValue(_ raw: String) -> String {
        guard let colon = raw.firstIndex(of: ":") else { return raw }
        return String(raw[raw.index(after: colon)...]).replacingOccurrences(of: "**", with: "")
    }

    /// okr's three purpose questions, or a page's "Who: …" lines.
    mutating func purposeAnswer(_ text: String) {
        let lower = text.lowercased()
        guard let end = text.firstIndex(where: { $0 == "?" || $0 == ":" }) else { return }
        let answer = text[text.index(after: end)...].trimmingWhitespace()
        let value: String? = answer.isEmpty || answer == "Not answered yet." ? nil : answer
        let question = lower[..<end]
        if question.contains("who") {
            document.purpose.who = value
        } else if question.contains("change") {
            document.purpose.change = value
        } else if question.contains("know") || question.contains("evidence") || question.contains("impact") {
            document.purpose.evidence = value
        }
    }

    /// A KPI as a list item: "K1: Stock-out rate" or just its name.
    mutating func kpi(_ text: String) {
        guard !MarkdownValue.isNone(text) else { return }
        if let match = text.wholeMatch(of: /(K\d+)\s*[:.\-–—)]\s*(.+)/) {
            document.kpis.append(KPI(id: String(match.1), name: String(match.2)))
        } else {
            document.kpis.append(KPI(name: text))
        }
        lines[.root / "kpis" / (document.kpis.count - 1)] = number
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
