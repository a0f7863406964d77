/// The subcommand a mistyped word was probably meant to be: `okr lnit` → `lint`.
enum CommandSuggestion {
    static let commands = ["workshop", "checkin", "status", "retro", "next", "lint", "map", "rules", "export", "import", "schema"]

    /// The command within two edits of `word` (letters swapped count as one), if exactly the nearest.
    static func nearest(to word: String) -> String? {
        let typed = Array(word.lowercased())
        guard typed.count >= 3, !commands.contains(word) else { return nil }
        let scored = commands.map { ($0, distance(typed, Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
