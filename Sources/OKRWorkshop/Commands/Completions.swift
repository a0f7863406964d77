import OKRModel

/// What Tab offers: command names after `/`, then the ids, fields, rule ids or formats the command
/// takes; at an owner question, the participants' names.
enum Completions {
    static func candidates(for line: String, document: Document, ruleIDs: [String], answering step: Step, hiding hidden: Set<String> = [],
                           parent: Parent? = nil) -> [String] {
        guard line.hasPrefix("/") else {
            if case .owner = step { return names(document.participants, completing: line) }
            if case .alignsTo = step, let parent { return names(parent.targets, completing: line.split(separator: ",").last.map { String($0).trimmingWhitespace() } ?? "") }
            return []
        }
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = words.last ?? ""
        if words.count == 1 {
            return SlashCommand.names.filter { !hidden.contains($0) }.map { "/" + $0 }.filter { $0.hasPrefix(current) }
        }
        let ids = document.objectives.flatMap { [$0.id] + $0.keyResults.map(\.id) }
        let options: [String]
        switch (words[0], words.count) {
        case ("/edit", 2):
            options = ids + document.kpis.map(\.id) + ["team", "period", "participants"] + PurposeQuestion.allCases.map(\.rawValue)
        case ("/edit", 3):
            let id = words[1].uppercased()
            if document.objectiveIndex(id: id) != nil {
                options = Session.objectiveFields
            } else if document.keyResultIndex(id: id) != nil {
                options = Session.keyResultFields
            } else {
                options = document.kpis.contains { $0.id == id } ? Session.kpiFields : []
            }
        case ("/delete", 2):
            options = ids + document.kpis.map(\.id)
        case ("/accept", 2), ("/unaccept", 2):
            options = ruleIDs
        case ("/accept", 3), ("/unaccept", 3):
            options = ids
        case ("/add", 2):
            options = ["objective", "kr", "kpi"]
        case ("/add", 3) where words[1].lowercased() == "kr":
            options = document.objectives.map(\.id)
        case ("/export", 2):
            options = SlashCommand.exportFormats
        default:
            options = []
        }
        return options.filter { $0.lowercased().hasPrefix(current.lowercased()) }
    }

    /// Participants whose name starts with what is typed, as the text that replaces the last word:
    /// "Ana L" completes to "Ana Lopez" by offering "Lopez".
    static func names(_ participants: [String], completing line: String) -> [String] {
        let typed = line.lowercased()
        // The line editor replaces the word after the last space.
        let word = line.reversed().prefix { !$0.isWhitespace }.count
        return participants.filter { $0.lowercased().hasPrefix(typed) }
            .map { String($0.dropFirst(line.count - word)) }
    }
}
