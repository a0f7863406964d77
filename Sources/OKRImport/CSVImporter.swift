import OKRModel

/// A spreadsheet's OKRs as a document: one row per key result, columns found by their headers
/// (`CSVColumns`). What `okr export --format csv` writes reads back as the same document (README,
/// "What round-trips"); other sheets give what their columns hold.
///
/// - One objective per objective id, or, without one, per distinct objective text, in the order first
///   seen. A row with neither continues the objective above it (a merged cell saved as CSV).
/// - What belongs to the document (team, period, purpose) or to an objective (type, owner…) is taken
///   from the first row that has it; a later row that says otherwise is a problem. Lists of names and
///   the parking lot collect every row's items, each once.
/// - A row with any problem is left out whole and every problem is named, by row and column header.
public struct CSVImporter: Sendable {
    public var mappings: [CSVColumns.Mapping]
    /// The team and period the person gave: they win over the sheet's columns, and a sheet with
    /// several teams or periods then imports as one.
    public var team: String?
    public var period: String?
    /// Whether to say what each row gave (`ImportOutcome.items`, for `--check`): describing 80,000
    /// rows took a sixth of an import's instructions, for a list only `--check` shows.
    public var listing: Bool

    public init(mappings: [CSVColumns.Mapping] = [], team: String? = nil, period: String? = nil, listing: Bool = true) {
        self.mappings = mappings
        self.team = team
        self.period = period
        self.listing = listing
    }

    /// Sheets of this many bytes or more are read and built in two halves side by side (`halves`):
    /// building 80,000 rows on one core was 280 ms of an import's 900.
    var parallelBytes = 1 << 20

    /// A sheet given as text.
    public func read(_ text: String) -> ImportOutcome {
        read(Array(text.utf8))
    }

    /// A sheet's file as read (`CSVReader.Rows` names the bytes that are not UTF-8), built row by row
    /// as it is read.
    public func read(_ source: [UInt8]) -> ImportOutcome {
        source.withUnsafeBufferPointer { all in
            var rows = CSVReader.Rows(all)
            guard let header = rows.next()?.fields, rows.offset < rows.bytes.count || !header.allSatisfy(\.isEmpty) else {
                return ImportOutcome(document: Document(), problems: [ImportProblem(message: "the file is empty; a sheet to import has a header row, then one row per key result")])
            }
            let columns = CSVColumns(header: header, mappings: mappings)
            var builder: Builder
            if rows.problems.isEmpty, columns.problems.isEmpty, rows.bytes.count >= parallelBytes, let built = halves(rows, columns) {
                builder = built
            } else {
                builder = self.builder(header, columns, rowsIn: rows.bytes.count - rows.offset, headerBytes: rows.offset)
                builder.read(&rows)
                builder.problems.insert(contentsOf: rows.problems + columns.problems, at: 0)
            }
            if listing { builder.items.append(ImportItem(line: 1, summary: Self.headerSummary(header, columns))) }
            return builder.outcome(listing: listing)
        }
    }

    /// An empty builder, its tables made for about as many rows as `bytes` hold, guessed from the
    /// header's length in bytes (an export's rows are shorter than its header, a small sheet's longer):
    /// growing them to 40,000 key results hashed every id again at each step.
    private func builder(_ header: [String], _ columns: CSVColumns, rowsIn bytes: Int, headerBytes: Int) -> Builder {
        Builder(header: header, columns: columns, fixedTeam: team, fixedPeriod: period, rows: bytes / max(16, headerBytes))
    }

    /// The rows after the header (`rows` read it) built in two halves at once and joined, or, when the
    /// halves cannot be joined as a build in row order would have read them (`Builder.append`), the
    /// first half's build read on over the second half's rows. Nil when the sheet is to be read in one
    /// go: it has no row where a second half can start, or a half has a syntax problem (whose row
    /// and column only a reading from the start gives).
    func halves(_ rows: CSVReader.Rows, _ columns: CSVColumns) -> Builder? {
        let header = rows.header
        // The halves split where a row names another objective than the row above, so they share none:
        // the first such row after the middle of the text.
        let key = [columns.column(of: .objectiveID), columns.column(of: .objective)].compactMap { $0 }
        func objective(_ fields: [String]) -> [String] { key.map { $0 < fields.count ? fields[$0] : "" } }
        guard let middle = CSVReader.middleRecordStart(rows.bytes), middle > rows.offset else { return nil }
        var probe = CSVReader.Rows(rows.bytes, separator: rows.separator, from: middle, row: 1, header: header)
        guard var above = probe.next(), above.clean else { return nil }
        // The row above the second half's first as the first half leaves it: its last row written,
        // which, in a half without problems, is its last row with something in it.
        var previous: [String]? = Builder.isBlank(above.fields) ? nil : above.fields
        var split: Int?
        // An objective that goes on for many rows past the middle (or rows that only continue the one
        // above) leaves no place to split soon: the sheet is then read in one go, not probed to its end.
        var probed = 0
        while split == nil {
            let start = probe.offset
            probed += 1
            guard probed <= 1_000, let next = probe.next(), next.clean else { return nil }
            if objective(next.fields).contains(where: { !$0.isEmpty }), objective(next.fields) != objective(above.fields) {
                split = start
            } else {
                if !Builder.isBlank(next.fields) { previous = next.fields }
                above = next
            }
        }
        guard let split, let previous else { return nil }
        let importer = self
        var (first, second) = ParallelChunks.both(
            { () -> (Builder, CSVReader.Rows) in
                var head = rows
                var builder = importer.builder(header, columns, rowsIn: split - rows.offset, headerBytes: rows.offset)
                builder.read(&head, upTo: split)
                return (builder, head)
            },
            { () -> (Builder, CSVReader.Rows) in
                var tail = CSVReader.Rows(rows.bytes, separator: rows.separator, from: split, row: 1, header: header)
                var builder = importer.builder(header, columns, rowsIn: rows.bytes.count - split, headerBytes: rows.offset)
                builder.previous = previous
                builder.read(&tail)
                return (builder, tail)
            }
        )
        // The first half ends where the second starts, with no syntax problem in either: both read as
        // one reading from the start would.
        guard first.1.offset == split, first.1.problems.isEmpty, second.1.problems.isEmpty else { return nil }
        var builder = first.0
        if !builder.append(second.0, rowsBefore: first.1.row - 1) { builder.read(&first.1) }
        return builder
    }

    /// `header: Goal → objective, KR → key_result; not read: Status`.
    static func headerSummary(_ header: [String], _ columns: CSVColumns) -> String {
        let read = columns.index.sorted { $0.value < $1.value }.map { "\(header[$0.value]) → \($0.key.name)" }
        let ignored = columns.ignored.isEmpty ? "" : "; not read: " + columns.ignored.joined(separator: ", ")
        return "header: " + read.joined(separator: ", ") + ignored
    }
}

/// The document as rows are read into it, and what was found on the way. Each row is read in two
/// steps: its cells are checked against the document so far (`plan`), then, only when nothing is
/// wrong, written into it (`commit`), so a bad row leaves no trace.
struct Builder: Sendable {
    let header: [String]
    let columns: CSVColumns
    private let sheet: Sheet
    let fixedTeam: String?
    let fixedPeriod: String?
    var document = Document()
    var problems: [ImportProblem] = []
    var items: [ImportItem] = []
    /// The row that first gave each document-wide value, and each objective's values by objective.
    var firstSaid: [CSVField: Int] = [:]
    /// Each objective's row per field, `CSVField.allCases.count` entries per objective by the field's
    /// number, 0 where none yet: a dictionary per objective was a tenth of building the document.
    var objectiveSaid: [Int] = []
    var documentKPIs: [KPI]?
    var kpisFromObjectives: [KPI] = []
    var objectiveByID: [String: Int] = [:]
    var objectiveByTitle: [String: Int] = [:]
    /// The objective texts that rows without an objective id were grouped by (`append` needs them).
    var titlesLookedUp: Set<String> = []
    var keyResultRows: [String: Int] = [:]
    /// Rows read, with the objective and key result each gave, to name them once ids are assigned.
    var placed: [(row: Int, objective: Int, keyResult: Int?)] = []
    var lastObjective: Int?
    /// The cells of the last row written into the document. A document's or objective's cell equal
    /// to the one above it says nothing new (a sheet repeats them on every row), so it is not read again.
    var previous: [String] = []

    /// `rows`: how many rows follow the header. The tables by id are made that large at once: growing
    /// them to 80,000 key results hashed every id again at each step.
    init(header: [String], columns: CSVColumns, fixedTeam: String?, fixedPeriod: String?, rows: Int) {
        self.header = header
        self.columns = columns
        sheet = Sheet(header: header, columns: columns)
        self.fixedTeam = fixedTeam
        self.fixedPeriod = fixedPeriod
        keyResultRows.reserveCapacity(rows)
        placed.reserveCapacity(rows)
    }

    /// What one good row adds: document-wide values, its objective's, and its key result.
    struct Plan {
        var document: [(CSVField, String)] = []
        var participants: [String] = []
        var notes: [String] = []
        var documentKPIs: [KPI]?
        var objective: Int?
        /// The objective text the row was grouped by, for a row without an objective id.
        var titleLookedUp: String?
        var newObjective: Objective?
        var objectiveValues: [(CSVField, Objective)] = []
        var kpis: [KPI] = []
        var keyResult: KeyResult?
    }

    /// The rows `rows` reads, up to the one starting at byte `end` (nil: to the end of the text).
    mutating func read(_ rows: inout CSVReader.Rows, upTo end: Int? = nil) {
        while rows.offset < end ?? rows.bytes.count {
            let number = rows.row
            guard let record = rows.next() else { return }
            read(record.fields, row: number, syntaxOK: record.clean)
        }
    }

    mutating func read(_ fields: [String], row number: Int, syntaxOK: Bool) {
        if Self.isBlank(fields) { return }
        var row = Row(number: number, fields: fields, sheet: sheet)
        if fields.count != header.count {
            row.problem(nil as String?, "this row has \(fields.count) cells and the header \(header.count); a missing or extra separator shifts the cells after it (quote a cell that holds a comma)")
        }
        guard syntaxOK, row.problems.isEmpty else { return problems += row.problems }
        // Filled in place and moved into the document: a plan is half a kilobyte, copied twice when returned.
        var plan = Plan()
        guard self.plan(&row, into: &plan), row.problems.isEmpty else { return problems += row.problems }
        commit(plan, row: number)
        previous = fields
    }

    /// A row of spaces and tabs only: a spreadsheet's empty line, which says nothing.
    static func isBlank(_ fields: [String]) -> Bool {
        fields.allSatisfy { $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }

    /// The row's cells read and checked against the document so far; false (with the row's problems) when it has no objective.
    private func plan(_ row: inout Row, into plan: inout Plan) -> Bool {
        func repeated(_ field: CSVField) -> Bool {
            guard let i = columns.column(of: field), i < previous.count, i < row.fields.count else { return false }
            return previous[i] == row.fields[i]
        }
        for field in [CSVField.team, .period, .who, .change, .evidence] where !repeated(field) {
            if field == .team && fixedTeam != nil || field == .period && fixedPeriod != nil { continue }
            guard var value = row.text(field, trimmed: field == .team || field == .period) else { continue }
            if field == .period { value = PeriodSpelling.normalised(value) }
            if let first = firstSaid[field], value != current(field) {
                let split = field == .team || field == .period ? ": split the sheet, or pass --\(field.name) to import every row as one" : ""
                row.problem(field, "says \"\(value)\" where row \(first) says \"\(current(field))\"; one document holds one team's OKRs for one period\(split)")
            }
            plan.document.append((field, value))
        }
        if !repeated(.participants) { plan.participants = row.names(.participants) }
        if !repeated(.notes) { plan.notes = row.text(.notes).map(CSVCell.texts) ?? [] }
        if !repeated(.documentKPIs), let cell = row.text(.documentKPIs, trimmed: true) {
            let kpis = CSVCell.names(cell).map(KPIText.parse)
            if let known = documentKPIs, known != kpis {
                row.problem(.documentKPIs, "differs from row \(firstSaid[.documentKPIs]!)'s; a document has one list of KPIs")
            }
            plan.documentKPIs = kpis
        }
        let id = row.text(.objectiveID, trimmed: true)
        let title = row.text(.objective)
        if id == nil { plan.titleLookedUp = title }
        if let id, let o = objectiveByID[id] {
            plan.objective = o
        } else if id == nil, let title, let o = objectiveByTitle[title] {
            plan.objective = o
        } else if id == nil, title == nil {
            guard let lastObjective else {
                row.problem(columns.column(of: .objective) != nil ? .objective : .objectiveID, "no objective on this row or above it; write the objective this key result belongs to")
                return false
            }
            plan.objective = lastObjective
        } else {
            plan.newObjective = Objective(id: id ?? "", title: title ?? "")
        }
        // The objective's cells are read again only where they differ from the row above, of the same objective.
        let sameObjective = plan.objective != nil && plan.objective == lastObjective
        func say<T: Equatable>(_ field: CSVField, _ value: @autoclosure () -> T?, _ keyPath: WritableKeyPath<Objective, T>, empty: T) {
            if sameObjective, repeated(field) { return }
            // An empty cell says nothing (for an optional field the value read is then `.some(nil)`).
            guard let value = value(), value != empty else { return }
            // The objective is looked at only here: copying it for every row retained all it holds.
            if let o = plan.objective, document.objectives[o][keyPath: keyPath] != empty, document.objectives[o][keyPath: keyPath] != value {
                let first = said(plan.objective!, field).map { "row \($0)" } ?? "an earlier row"
                row.problem(field, "says otherwise than \(first) for the same objective; an objective's cells are the same on each of its rows")
            }
            var values = Objective(title: "")
            values[keyPath: keyPath] = value
            plan.objectiveValues.append((field, values))
        }
        say(.objective, title, \.title, empty: "")
        say(.type, row.choice(.type, CSVCell.types, what: "type"), \.type, empty: nil)
        say(.objectiveOwner, row.text(.objectiveOwner, trimmed: true), \.owner, empty: nil)
        say(.sharedWith, row.list(.sharedWith), \.sharedWith, empty: [])
        say(.objectiveAccepted, row.list(.objectiveAccepted), \.accepted, empty: [])
        let aligns = row.list(.alignsTo)
        if let wrong = aligns?.first(where: { Alignment($0) == nil }) {
            row.problem(.alignsTo, "\"\(wrong)\" does not name an objective; write the team's name and the objective's id, e.g. Company/O2")
        }
        say(.alignsTo, aligns, \.alignsTo, empty: [])
        if !(sameObjective && repeated(.kpis)), let kpis = row.list(.kpis)?.map(KPIText.parse) {
            plan.kpis = kpis
            say(.kpis, kpis.map(Self.reference), \.kpis, empty: [])
        }
        guard row.hasKeyResult else { return true }
        var keyResult = KeyResult(statement: row.text(.keyResult) ?? "")
        if let id = row.text(.keyResultID, trimmed: true) {
            if let first = keyResultRows[id] {
                row.problem(.keyResultID, "the id \(id) is already used on row \(first); give each key result its own id, or leave the column out with --columns \"\(header[columns.column(of: .keyResultID)!])=ignore\"")
            }
            keyResult.id = id
        } else if row.text(.keyResult) == nil {
            row.problem(.keyResult, "this row has cells of a key result but not its text; write the key result, or empty the row's other key-result cells")
        }
        keyResult.metric = row.text(.metric)
        keyResult.unit = row.text(.unit, trimmed: true)
        keyResult.baseline = row.number(.baseline, unit: &keyResult.unit)
        keyResult.target = row.number(.target, unit: &keyResult.unit)
        keyResult.current = row.number(.current, unit: &keyResult.unit)
        keyResult.direction = row.choice(.direction, CSVCell.directions, what: "direction")
        keyResult.due = row.value(.due, CSVCell.date)
        keyResult.owner = row.text(.owner, trimmed: true)
        keyResult.confidence = row.value(.confidence, CSVCell.confidence)
        keyResult.indicator = row.choice(.indicator, CSVCell.indicators, what: "indicator")
        keyResult.focus = row.choice(.focus, CSVCell.focuses, what: "focus")
        keyResult.doneWhen = row.text(.doneWhen)
        keyResult.accepted = row.names(.accepted)
        keyResult.grade = row.value(.grade, CSVCell.grade)
        keyResult.gradeNote = row.text(.gradeNote)
        plan.keyResult = keyResult
        return true
    }

    private static let fields = CSVField.allCases.count

    /// The row that first gave objective `o`'s `field`.
    private func said(_ o: Int, _ field: CSVField) -> Int? {
        let row = objectiveSaid[o * Self.fields + field.rawValue]
        return row == 0 ? nil : row
    }

    /// A document-wide text as the document holds it now.
    private func current(_ field: CSVField) -> String {
        switch field {
        case .team: return document.team
        case .period: return document.period
        case .who: return document.purpose.who ?? ""
        case .change: return document.purpose.change ?? ""
        default: return document.purpose.evidence ?? ""
        }
    }

    /// `plan` is consumed: a key result is moved into the document, not copied (a row's plan is half a kilobyte).
    private mutating func commit(_ plan: consuming Plan, row: Int) {
        for (field, value) in plan.document where firstSaid[field] == nil {
            firstSaid[field] = row
            set(field, value)
        }
        collect(participants: plan.participants, notes: plan.notes, kpis: plan.kpis)
        if documentKPIs == nil, let kpis = plan.documentKPIs {
            documentKPIs = kpis
            firstSaid[.documentKPIs] = row
        }
        let o: Int
        if let new = plan.newObjective {
            o = document.objectives.count
            document.objectives.append(new)
            objectiveSaid.append(contentsOf: repeatElement(0, count: Self.fields))
            if !new.id.isEmpty { objectiveByID[new.id] = o }
            if objectiveByTitle[new.title] == nil { objectiveByTitle[new.title] = o }
        } else {
            o = plan.objective!
        }
        for (field, values) in plan.objectiveValues where said(o, field) == nil {
            objectiveSaid[o * Self.fields + field.rawValue] = row
            switch field {
            case .objective: document.objectives[o].title = values.title
            case .type: document.objectives[o].type = values.type
            case .objectiveOwner: document.objectives[o].owner = values.owner
            case .sharedWith: document.objectives[o].sharedWith = values.sharedWith
            case .objectiveAccepted: document.objectives[o].accepted = values.accepted
            case .alignsTo: document.objectives[o].alignsTo = values.alignsTo
            default: document.objectives[o].kpis = values.kpis
            }
        }
        if let title = plan.titleLookedUp { titlesLookedUp.insert(title) }
        lastObjective = o
        guard let keyResult = plan.keyResult.take() else { return placed.append((row, o, nil)) }
        if !keyResult.id.isEmpty { keyResultRows[keyResult.id] = row }
        document.objectives[o].keyResults.append(keyResult)
        placed.append((row, o, document.objectives[o].keyResults.count - 1))
    }

    /// A document-wide text written where `current` reads it.
    private mutating func set(_ field: CSVField, _ value: String) {
        switch field {
        case .team: document.team = value
        case .period: document.period = value
        case .who: document.purpose.who = value
        case .change: document.purpose.change = value
        default: document.purpose.evidence = value
        }
    }

    /// Names, notes and KPIs not collected yet, in the order given.
    private mutating func collect(participants: [String], notes: [String], kpis: [KPI]) {
        for name in participants where !document.participants.contains(name) { document.participants.append(name) }
        for note in notes where !document.notes.contains(note) { document.notes.append(note) }
        for kpi in kpis where !kpisFromObjectives.contains(where: { $0.id == kpi.id && $0.name == kpi.name }) {
            kpisFromObjectives.append(kpi)
        }
    }

    /// `next`, built from the rows after this builder's (starting from its last row written as the
    /// row above, numbering its rows from 1), added as if its rows had been read here, after
    /// `rowsBefore` rows, for `outcome`. Whether that gives what
    /// reading them here would can be told from the halves only when neither has a problem (so no
    /// problem's order or row is in question) and nothing links them: no objective id in both, no
    /// text of this half's objectives that a row of `next` without an id was grouped by, no
    /// key-result id in both, each document-wide cell said in one half only or the same in both.
    /// Otherwise false, and nothing changed.
    mutating func append(_ next: Builder, rowsBefore: Int) -> Bool {
        guard problems.isEmpty, next.problems.isEmpty,
              next.objectiveByID.keys.allSatisfy({ objectiveByID[$0] == nil }),
              next.titlesLookedUp.allSatisfy({ objectiveByTitle[$0] == nil }),
              next.keyResultRows.keys.allSatisfy({ keyResultRows[$0] == nil }),
              next.firstSaid.keys.allSatisfy({ field in
                  firstSaid[field] == nil || (field == .documentKPIs ? documentKPIs == next.documentKPIs : current(field) == next.current(field))
              })
        else { return false }
        for (field, row) in next.firstSaid where firstSaid[field] == nil {
            firstSaid[field] = row + rowsBefore
            if field == .documentKPIs { documentKPIs = next.documentKPIs } else { set(field, next.current(field)) }
        }
        collect(participants: next.document.participants, notes: next.document.notes, kpis: next.kpisFromObjectives)
        let offset = document.objectives.count
        document.objectives += next.document.objectives
        placed += next.placed.lazy.map { ($0.row + rowsBefore, $0.objective + offset, $0.keyResult) }
        return true
    }

    /// The document read, its ids and KPIs settled. Taken out of the builder: settling the builder's
    /// own copy of it copied every objective (80,000 rows: a twelfth of building the document).
    mutating func outcome(listing: Bool) -> ImportOutcome {
        var document = Document()
        swap(&document, &self.document)
        if let fixedTeam { document.team = fixedTeam }
        if let fixedPeriod { document.period = fixedPeriod }
        var problems = problems
        // The document's list of KPIs when the sheet has one; otherwise those its objectives name,
        // each under its own id, then those named without one under new ids.
        if let documentKPIs {
            document.kpis = documentKPIs
        } else {
            for kpi in kpisFromObjectives where !kpi.id.isEmpty && !document.kpis.contains(where: { $0.id == kpi.id }) {
                document.kpis.append(kpi)
            }
            var ids: [String: String] = [:]
            for kpi in kpisFromObjectives where kpi.id.isEmpty && ids[Self.reference(kpi)] == nil {
                ids[Self.reference(kpi)] = document.addKPI(kpi)
            }
            for o in document.objectives.indices {
                document.objectives[o].kpis = document.objectives[o].kpis.map { ids[$0] ?? $0 }
            }
        }
        let known = Set(document.kpis.map(\.id))
        for o in document.objectives.indices {
            for id in document.objectives[o].kpis where !known.contains(id) {
                let row = placed.first { $0.objective == o }?.row
                problems.append(ImportProblem(line: row, column: columns.column(of: .kpis).map { header[$0] }, message: "names the KPI \(id), which the document_kpis column does not list"))
            }
        }
        document.assignMissingIDs()
        // Each row's summary on all processors: 80,000 of them, one after another, took 120 ms.
        let read = document, placed = placed
        let items = !listing ? [] : items + ParallelChunks.map(count: placed.count, minimumPerChunk: 2_000) { range in
            placed[range].map { row, o, k in
                ImportItem(line: row, summary: k.map { Self.summary(read.objectives[o].keyResults[$0]) } ?? Self.summary(read.objectives[o]))
            }
        }.joined()
        return ImportOutcome(document: document, problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) }, items: items)
    }

    /// How an objective names a KPI until ids are settled: its id, or, for a KPI named without
    /// one, its name behind a character no id has.
    static func reference(_ kpi: KPI) -> String {
        kpi.id.isEmpty ? "\u{0}" + kpi.name : kpi.id
    }

    static func summary(_ objective: Objective) -> String {
        "\(objective.id) objective \"\(clip(objective.title))\"" + (objective.owner.map { ", owner \($0)" } ?? "")
    }

    static func summary(_ keyResult: KeyResult) -> String {
        var parts: [String] = []
        if let baseline = keyResult.baseline { parts.append("baseline \(JSONNumber.format(baseline))") }
        if let target = keyResult.target { parts.append("target \(JSONNumber.format(target))") }
        if let unit = keyResult.unit { parts.append("unit \(unit)") }
        if let due = keyResult.due { parts.append("due \(due)") }
        if let owner = keyResult.owner { parts.append("owner \(owner)") }
        if let confidence = keyResult.confidence { parts.append("confidence \(JSONNumber.format(confidence))") }
        return "\(keyResult.id) \"\(clip(keyResult.statement))\"" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    private static func clip(_ text: String) -> String {
        TextSafety.clip(text, limit: 60)
    }
}

/// A sheet's header and what its columns hold, shared by its rows: a row that copied both retained
/// and released five buffers, 80,000 times.
private final class Sheet: Sendable {
    let header: [String]
    let columns: CSVColumns

    init(header: [String], columns: CSVColumns) {
        self.header = header
        self.columns = columns
    }
}

/// One row's cells by field, and the problems its cells have.
private struct Row {
    let number: Int
    let fields: [String]
    let sheet: Sheet
    var problems: [ImportProblem] = []

    init(number: Int, fields: [String], sheet: Sheet) {
        self.number = number
        self.fields = fields
        self.sheet = sheet
    }

    private var columns: CSVColumns { sheet.columns }

    mutating func problem(_ column: String?, _ message: String) {
        problems.append(ImportProblem(line: number, column: column, message: message))
    }

    mutating func problem(_ field: CSVField, _ message: String) {
        problem(columns.column(of: field).map { sheet.header[$0] }, message)
    }

    /// The cell's text, nil when the sheet has no such column or the cell is blank; long texts
    /// (statements, the purpose) as written, names and values trimmed.
    func text(_ field: CSVField, trimmed: Bool = false) -> String? {
        guard let i = columns.column(of: field), i < fields.count, !fields[i].isEmpty else { return nil }
        guard trimmed else { return fields[i] }
        let text = CSVCell.trimmed(fields[i])
        return text.isEmpty ? nil : text
    }

    func names(_ field: CSVField) -> [String] {
        text(field).map(CSVCell.names) ?? []
    }

    /// Names, or nil for an empty cell (so an objective's later rows may leave it out).
    func list(_ field: CSVField) -> [String]? {
        text(field).map(CSVCell.names)
    }

    /// Whether any key-result cell has something in it.
    var hasKeyResult: Bool {
        Self.keyResultFields.contains { text($0, trimmed: true) != nil }
    }

    private static let keyResultFields = CSVField.allCases.filter(\.belongsToKeyResult)

    mutating func value<T>(_ field: CSVField, _ read: (String) -> Result<T, CSVCell.Message>) -> T? {
        guard let text = text(field, trimmed: true) else { return nil }
        switch read(text) {
        case .success(let value): return value
        case .failure(let message):
            problem(field, message.text)
            return nil
        }
    }

    mutating func choice<T>(_ field: CSVField, _ words: [String: T], what: String) -> T? {
        value(field) { CSVCell.choice($0, words, what: what) }
    }

    /// A number, with the unit it was written with (`80%`) taken as the key result's when none is set.
    mutating func number(_ field: CSVField, unit: inout String?) -> Double? {
        guard let read = value(field, CSVCell.number) else { return nil }
        if let written = read.unit {
            if unit == nil {
                unit = written
            } else if unit != written {
                problem(field, "is in \(written), the key result's other numbers in \(unit!); write them in one unit")
            }
        }
        return read.value
    }
}
