import OKRModel

/// A company's OKR repository for `okr-bench --only set`: `teams` team documents of 5 objectives ×
/// 4 key results (generated statements), each objective aligned to one of the company document's
/// five, every tenth team sharing an objective with the next, all in one folder.
enum SetBench {
    /// Writes the folder and returns the files written, the company's first.
    static func write(teams: Int, into folder: String) throws -> [String] {
        var generator = DocumentGenerator(seed: 15)
        var company = generator.document(objectives: 5, keyResults: 4)
        company.team = "Company"
        var files = [folder + "/company.json"]
        try DocumentStore(path: files[0]).save(company)
        for t in 0..<teams {
            var document = generator.document(objectives: 5, keyResults: 4)
            document.team = "Team \(t)"
            for o in document.objectives.indices {
                document.objectives[o].alignsTo = ["Company/O\((t + o) % 5 + 1)"]
                document.objectives[o].sharedWith = t % 10 == 0 && o == 0 ? ["Team \(t + 1)"] : []
            }
            let path = folder + "/team-\(t).json"
            try DocumentStore(path: path).save(document)
            files.append(path)
        }
        return files
    }
}
