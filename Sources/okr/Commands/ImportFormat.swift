import ArgumentParser

/// The sources `okr import` reads. Each format is one case: its endings here, its reader in `Import.read`.
enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, markdown, yaml

    /// File endings that name the format (`okrs.csv`; a tab-separated `.tsv` reads the same way).
    var endings: [String] {
        switch self {
        case .csv: return ["csv", "tsv"]
        case .markdown: return ["md", "markdown"]
        case .yaml: return ["yaml", "yml"]
        }
    }

    /// A sheet's rows can be left out one by one; a Markdown page's or YAML file's problems are the document's.
    var hasRows: Bool { self == .csv }

    /// The format a path's ending names, or nil.
    static func of(path: String) -> ImportFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ending = path[path.index(after: dot)...].lowercased()
        return allCases.first { $0.endings.contains(ending) }
    }
}
