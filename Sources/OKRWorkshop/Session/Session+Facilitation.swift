import OKRCoach
import OKRModel

/// The questions a facilitated room expects besides the drafting ones: who is in the room, where
/// each KPI stands, whether an objective is committed or aspirational, who owns what, how sure the
/// team is, and when a key result without numbers is done. Each is skipped with Enter, can be
/// switched off in `[steps]` of workshop.txt, and reached again with `/edit ID FIELD`.
extension Session {
    // MARK: Where each question leads

    /// After the period: who is in the room, then the KPIs.
    func afterPeriod() -> Step {
        guard document.objectives.isEmpty else { return Session.resumePoint(of: document) }
        return script.asks(.participants) ? .participants : .kpi
    }

    /// After a KPI's name: where it stands today, which way is good for it, then the next KPI.
    func afterKPIName(_ id: String) -> Step {
        script.asks(.kpiValues) ? .kpiValue(id) : afterKPIValue(id)
    }

    func afterKPIValue(_ id: String) -> Step {
        script.asks(.kpiBetter) && document.kpis.first(where: { $0.id == id })?.better == nil ? .kpiBetter(id) : .kpi
    }

    /// After an objective's title is settled: its type, its owner, then who shares it.
    func afterObjectiveTitle(_ id: String) -> Step {
        script.asks(.objectiveType) ? .objectiveType(id) : afterObjectiveType(id)
    }

    func afterObjectiveType(_ id: String) -> Step {
        script.asks(.owners) ? .owner(id) : afterObjectiveOwner(id)
    }

    /// After an objective's owner: what it contributes to, when there is a parent document to name.
    func afterObjectiveOwner(_ id: String) -> Step {
        parent != nil && script.asks(.alignment) ? .alignsTo(id) : .sharedWith(id)
    }

    /// After a key result's numbers and date: its owner, its confidence, then the next key result.
    func afterKeyResultDetails(_ id: String) -> Step {
        script.asks(.owners) ? .owner(id) : afterKeyResultOwner(id)
    }

    func afterKeyResultOwner(_ id: String) -> Step {
        script.asks(.confidence) ? .confidence(id) : afterConfidence(id)
    }

    func afterConfidence(_ id: String) -> Step {
        .keyResult(document.keyResultIndex(id: id).map { document.objectives[$0.objective].id } ?? id)
    }

    /// Where an owner answer leads: an objective's owner comes before who shares it; a key result's before its confidence.
    func afterOwner(_ id: String) -> Step {
        document.objectiveIndex(id: id) != nil ? afterObjectiveOwner(id) : afterKeyResultOwner(id)
    }

    // MARK: Answers

    mutating func participantsAnswer(_ line: String) -> [Effect] {
        let names = Session.list(line)
        guard names != document.participants else { return finish(orContinueWith: .kpi) }
        remember(line, "the participants")
        document.participants = names
        let said: [Effect] = names.isEmpty ? [] : [.say(.success, script.text("participants", "set", ["names": TextSafety.neutralise(names.joined(separator: ", "))]))]
        return [.save(document)] + said + finish(orContinueWith: .kpi)
    }

    mutating func kpiValueAnswer(_ id: String, _ line: String) -> [Effect] {
        guard let k = document.kpis.firstIndex(where: { $0.id == id }) else { return nextAfterValue(id) }
        guard !line.isEmpty else {
            // Emptied in an edit: the value is no longer known.
            if returnTo != nil, document.kpis[k].current != nil {
                remember(line, "the value of \(id)")
                document.kpis[k].current = nil
                return [.save(document)] + nextAfterValue(id)
            }
            return nextAfterValue(id)
        }
        guard let number = KeyResultParser.number(line) else { return notANumber(line) }
        remember(line, "the value of \(id)")
        document.kpis[k].current = number.value
        if let unit = number.unit, unit != "count" { document.kpis[k].unit = unit }
        let value = NumberText.format(number.value, unit: document.kpis[k].unit)
        return [.save(document), .say(.success, script.text("kpis", "value.set", ["id": id, "value": TextSafety.neutralise(value)]))]
            + nextAfterValue(id)
    }

    /// After a KPI's value: which way is good for it when nobody has said yet (not during an edit), else the list.
    mutating func nextAfterValue(_ id: String) -> [Effect] {
        let next = afterKPIValue(id)
        return returnTo == nil && next != .kpi ? go(to: next) : nextKPI()
    }

    /// Back to the KPI list: its prompt alone, as for the KPI typed before (or back to an edit).
    mutating func nextKPI() -> [Effect] {
        if returnTo != nil { return finish(orContinueWith: .kpi) }
        step = .kpi
        return ask(.kpi, full: false)
    }

    mutating func objectiveTypeAnswer(_ id: String, _ line: String) -> [Effect] {
        guard let o = document.objectiveIndex(id: id) else { return go(to: .objective) }
        let type: ObjectiveType?
        switch line.lowercased() {
        case "": type = nil
        case "c", "committed", "commit": type = .committed
        case "a", "aspirational", "aspire", "stretch": type = .aspirational
        default:
            return [.say(.coach(.warning), script.text("objective", "type.unknown", ["line": TextSafety.clip(line, limit: 30)]))] + ask(step, full: false)
        }
        guard type != document.objectives[o].type else { return finish(orContinueWith: afterObjectiveType(id)) }
        remember(line, "the type of \(id)")
        document.objectives[o].type = type
        return [.save(document)] + finish(orContinueWith: afterObjectiveType(id))
    }

    mutating func ownerAnswer(_ id: String, _ line: String) -> [Effect] {
        // A name typed in another case is the participant's name as the room wrote it.
        let owner = line.isEmpty ? nil : document.participants.first { $0.lowercased() == line.lowercased() } ?? line
        guard owner != currentOwner(of: id) else { return finish(orContinueWith: afterOwner(id)) }
        remember(line, "the owner of \(id)")
        if let o = document.objectiveIndex(id: id) {
            document.objectives[o].owner = owner
        } else if let at = document.keyResultIndex(id: id) {
            document.objectives[at.objective].keyResults[at.keyResult].owner = owner
        }
        return [.save(document)] + finish(orContinueWith: afterOwner(id))
    }

    func currentOwner(of id: String) -> String? {
        objective(id)?.owner ?? keyResult(id)?.owner
    }

    mutating func alignsToAnswer(_ id: String, _ line: String) -> [Effect] {
        guard let o = document.objectiveIndex(id: id), let parent else { return finish(orContinueWith: .sharedWith(id)) }
        let parts = line.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        let unknown = parts.filter { parent.target($0) == nil }
        guard unknown.isEmpty else {
            return [.say(.coach(.warning), script.text("objective", "aligns.unknown", [
                "parent": TextSafety.neutralise(parent.team), "ids": TextSafety.clip(unknown.joined(separator: ", "), limit: 40),
                "known": parent.objectives.map(\.id).joined(separator: ", "),
            ]))] + ask(step, full: false)
        }
        let targets = parts.compactMap(parent.target).reduce(into: [String]()) { list, target in if !list.contains(target) { list.append(target) } }
        guard targets != document.objectives[o].alignsTo else { return finish(orContinueWith: .sharedWith(id)) }
        remember(line, "what \(id) contributes to")
        document.objectives[o].alignsTo = targets
        return [.save(document)] + finish(orContinueWith: .sharedWith(id))
    }

    mutating func doneWhenAnswer(_ id: String, _ line: String) -> [Effect] {
        guard let at = document.keyResultIndex(id: id) else { return go(to: .objective) }
        let text = nonEmpty(line)
        if text != document.objectives[at.objective].keyResults[at.keyResult].doneWhen {
            remember(line, "when \(id) is done")
            document.objectives[at.objective].keyResults[at.keyResult].doneWhen = text
            return [.save(document)] + nextDetail(id, after: .target)
        }
        return nextDetail(id, after: .target)
    }

    mutating func confidenceAnswer(_ id: String, _ line: String) -> [Effect] {
        guard let at = document.keyResultIndex(id: id) else { return go(to: .objective) }
        var confidence: Double?
        if !line.isEmpty {
            guard let share = Session.confidence(line) else {
                return [.say(.coach(.warning), script.text("confidence", "unknown", ["line": TextSafety.clip(line, limit: 30)]))] + ask(step, full: false)
            }
            confidence = share
        }
        guard confidence != document.objectives[at.objective].keyResults[at.keyResult].confidence else {
            return finish(orContinueWith: afterConfidence(id))
        }
        remember(line, "the confidence in \(id)")
        document.objectives[at.objective].keyResults[at.keyResult].confidence = confidence
        return [.save(document)] + finish(orContinueWith: afterConfidence(id))
    }

    /// "7", "7/10", "7 out of 10" or "70%" as a share from 0 to 1; nil for anything else.
    static func confidence(_ line: String) -> Double? {
        var text = line.lowercased().trimmingWhitespace()
        var scale = 10.0
        for suffix in ["/10", "out of 10", "of 10"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingWhitespace()
        }
        if text.hasSuffix("%") {
            text = String(text.dropLast()).trimmingWhitespace()
            scale = 100
        }
        guard let value = Double(text.replacing(",", with: ".")), value.isFinite, (0...scale).contains(value) else { return nil }
        return (value / scale * 100).rounded() / 100
    }

    /// A comma-separated answer as a list: "Ana, Ben and Chloé" reads as three names.
    static func list(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == "," || $0 == ";" })
            .flatMap { part in part.split(separator: " and ") }
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    func notANumber(_ line: String) -> [Effect] {
        [.say(.coach(.warning), script.text("detail", "not.a.number", ["line": TextSafety.clip(line, limit: 40)]))] + ask(step, full: false)
    }
}
