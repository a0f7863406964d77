import OKRModel

extension Session {
    /// The next unanswered question of a document, so a reopened workshop goes on where it stopped.
    static func resumePoint(of document: Document) -> Step {
        if document.team.isEmpty { return .team }
        if document.period.isEmpty { return .period }
        guard let last = document.objectives.last else {
            let unanswered = document.purpose.unanswered
            if document.kpis.isEmpty, unanswered.count == PurposeQuestion.allCases.count { return .kpi }
            if let first = unanswered.first, let question = PurposeQuestion(rawValue: first) { return .purpose(question) }
            return .objective
        }
        if last.keyResults.count < 2 { return .keyResult(last.id) }
        return .another
    }

    /// One line on where a reopened draft stands.
    var recap: String {
        let answered = PurposeQuestion.allCases.count - document.purpose.unanswered.count
        let keyResults = document.objectives.reduce(0) { $0 + $1.keyResults.count }
        var parts = ["\(document.team.isEmpty ? "no team yet" : document.team)\(document.period.isEmpty ? "" : ", " + document.period)"]
        parts.append("purpose \(answered)/3")
        parts.append("\(document.objectives.count) objective\(document.objectives.count == 1 ? "" : "s")")
        parts.append("\(keyResults) key result\(keyResults == 1 ? "" : "s")")
        return parts.joined(separator: " · ")
    }

    func greeting() -> [Effect] {
        var effects: [Effect] = [
            .say(.title, script.text("welcome", "title")),
            .say(.hint, script.text("welcome", "help")),
        ]
        if isNew {
            effects.append(.say(.info, script.text("welcome", "new", ["file": fileName])))
        } else {
            effects.append(.say(.info, script.text("welcome", "resumed", ["file": fileName, "recap": TextSafety.neutralise(recap)])))
        }
        return effects
    }
}
