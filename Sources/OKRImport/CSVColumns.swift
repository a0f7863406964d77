/// Which column of a sheet holds which field: by its header, as `CSVField.named` reads it, with the
/// team's own mapping (`--columns "Goal=objective,KR=key_result"`) over it.
public struct CSVColumns: Equatable, Sendable {
    /// The column (from 0) of each field the sheet has.
    public var index: [CSVField: Int]
    /// `index` by field number: what each cell's lookup reads.
    private var slots = [Int?](repeating: nil, count: CSVField.allCases.count)
    /// Headers of columns that are not read, as the file writes them.
    public var ignored: [String]
    /// Problems with the header itself (row 1): two columns for one field, a mapping naming no column,
    /// no column for the objectives or key results.
    public var problems: [ImportProblem]

    /// A `--columns` entry: a header as the file writes it, and the field it holds (nil: not read).
    public struct Mapping: Equatable, Sendable {
        public var header: String
        public var field: CSVField?

        public init(header: String, field: CSVField?) {
            self.header = header
            self.field = field
        }
    }

    /// `Goal=objective,KR=key_result,Status=ignore`: fields by their column name in `okr export`
    /// or any name a header may have (`key result`, `KR`); `ignore` leaves a column out.
    public static func mappings(_ text: String) throws(ImportProblem) -> [Mapping] {
        try text.split(separator: ",").map { (entry) throws(ImportProblem) -> Mapping in
            let parts = entry.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ImportProblem(message: "--columns takes HEADER=FIELD pairs separated by commas, e.g. \"Goal=objective,KR=key_result\"; \"\(entry)\" is not one")
            }
            if ["ignore", "-", "none"].contains(parts[1].lowercased()) { return Mapping(header: parts[0], field: nil) }
            guard let field = CSVField.named(parts[1]) else {
                throw ImportProblem(message: "--columns: \"\(parts[1])\" is not a field okr reads; use one of \(CSVField.allCases.map(\.name).joined(separator: ", ")), or ignore")
            }
            return Mapping(header: parts[0], field: field)
        }
    }

    public init(header: [String], mappings: [Mapping] = []) {
        index = [:]
        ignored = []
        problems = []
        var claimed: [CSVField: [Int]] = [:]
        var used = Set<Int>()
        for (column, name) in header.enumerated() {
            let key = name.trimmingWhitespace().lowercased()
            if let mapping = mappings.first(where: { $0.header.trimmingWhitespace().lowercased() == key }) {
                used.insert(mappings.firstIndex(of: mapping)!)
                if let field = mapping.field { claimed[field, default: []].append(column) } else { ignored.append(name) }
            } else if let field = CSVField.named(name) {
                claimed[field, default: []].append(column)
            } else {
                ignored.append(name)
            }
        }
        for (m, mapping) in mappings.enumerated() where !used.contains(m) {
            problems.append(ImportProblem(line: 1, message: "--columns names \"\(mapping.header)\", but no column has that header; the header has \(Self.list(header))"))
        }
        for field in CSVField.allCases {
            guard let columns = claimed[field] else { continue }
            index[field] = columns[0]
            slots[field.rawValue] = columns[0]
            if columns.count > 1 {
                let names = columns.map { "\"\(header[$0])\"" }.joined(separator: " and ")
                problems.append(ImportProblem(
                    line: 1, column: header[columns[1]],
                    message: "columns \(names) both read as \(field.name); say which is which, e.g. --columns \"\(header[columns[1]])=ignore\""
                ))
            }
        }
        if index[.objective] == nil, index[.objectiveID] == nil {
            problems.append(ImportProblem(line: 1, message: "no column holds the objectives; the header has \(Self.list(header)); name the one that does, e.g. --columns \"\(header.first ?? "Goal")=objective\""))
        }
        if index[.keyResult] == nil, index[.keyResultID] == nil {
            problems.append(ImportProblem(line: 1, message: "no column holds the key results; the header has \(Self.list(header)); name the one that does, e.g. --columns \"\(header.last ?? "Result")=key_result\""))
        }
    }

    /// The column (from 0) that holds the field, or nil.
    public func column(of field: CSVField) -> Int? {
        slots[field.rawValue]
    }

    private static func list(_ header: [String]) -> String {
        header.isEmpty ? "no columns" : header.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
