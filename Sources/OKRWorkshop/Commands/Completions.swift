import OKRModel

/// What Tab offers: command names after `/`, then the ids, rule ids or formats the command takes.
enum Completions {
    static func candidates(for line: String, document: Document, ruleIDs: [String]) -> [String] {
        guard line.hasPrefix("/") else { return [] }
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = words.last ?? ""
        if words.count == 1 {
            return SlashCommand.names.map { "/" + $0 }.filter { $0.hasPrefix(current) }
        }
        let ids = document.objectives.flatMap { [$0.id] + $0.keyResults.map(\.id) }
        let options: [String]
        switch (words[0], words.count) {
        case ("/edit", 2):
            options = ids + document.kpis.map(\.id) + ["team", "period"] + PurposeQuestion.allCases.map(\.rawValue)
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
}
