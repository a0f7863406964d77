import OKRModel

/// The state of reading a page line by line: which section it is in, the objective and key result
/// the next lines belong to, and the document so far.
struct MarkdownReader {
    /// What the lines under a heading hold.
    enum Section {
        /// The top of the page, under its title: team, period, participants.
        case overview
        case purpose
        case kpis
        case notes
        /// Derived by okr's export ("To discuss", "Decisions", "Status as of …", "Into 2027-Q2"): not read back.
        case derived
        /// okr's retrospective minutes: the grades, their reasons and the lessons, read back onto the
        /// objectives and key results the page gave above them.
        case retrospective
        /// Objectives and everything else.
        case objectives
    }

    /// Where an objective was started, which decides what the items after it are.
    enum Origin {
        /// A heading of this level, or a bold or labelled line (deeper than any heading).
        case heading(Int)
        /// A list item at this indentation: its nested items are its key results.
        case item(Int)
    }

    /// Whether an unlabelled heading or bold line followed by key results is an objective: not when
    /// the page labels its objectives in list items only.
    let headingObjectives: Bool
    /// A list on the page: the line of the heading above it, and the indentation of its items.
    struct ListPlace: Hashable {
        var heading: Int
        var indent: Int
    }

    /// Where an unlabelled list item is an objective (its key results nested under it): anywhere
    /// (nil) on a page that labels no objective, else in the lists where labelled objectives are.
    let itemObjectives: Set<ListPlace>?
    /// The line index of the last heading, for `ListPlace`.
    var headingIndex = 0
    var document = Document()
    var problems: [ImportProblem] = []
    var section = Section.overview
    var sawHeading = false
    var objective: (index: Int, origin: Origin)?
    /// The key result the next deeper items describe, and the indentation of its item (nil from a heading).
    var keyResult: (objective: Int, index: Int, indent: Int?)?
    /// An unlabelled heading or bold line: an objective if key results follow it, else a section title.
    var pending: (title: String, level: Int, line: Int)?
    /// The indentation of the first item under the current objective's heading: its key results' level.
    var itemIndent: Int?
    /// The header of the table being read, its cells made plain and lowercased.
    var tableHeader: [String]?
    /// The line each objective, key result and KPI was read from, for the validator's problems.
    var lines: [JSONPointer: Int] = [:]
    /// The line being read.
    var number = 0
    /// The level of the derived section's heading while in one.
    var derivedLevel: Int?
    /// The level of the retrospective's heading while in it, and the objective its last sub-heading names.
    var retroLevel: Int?
    var retroObjective: Int?

    init(headingObjectives: Bool, itemObjectives: Set<ListPlace>?) {
        self.headingObjectives = headingObjectives
        self.itemObjectives = itemObjectives
    }

    static let documentFields: Set<String> = ["team", "period", "quarter", "participants"]
    static let objectiveFields: Set<String> = ["owner", "type", "shared with", "moves kpis", "kpis"]
    static let keyResultFields: Set<String> = ["owner", "due", "deadline", "confidence", "target", "baseline", "start", "from", "to"]

    mutating func take(_ line: MarkdownLine, at number: Int) {
        self.number = number
        if case .row = line {} else if case .rowRule = line {} else { tableHeader = nil }
        switch line {
        case .blank: break
        case .heading(let level, let text):
            headingIndex = number - 1
            heading(level, MarkdownInline.plain(text))
        case .item(let indent, let text): item(indent, text)
        case .row(let cells): row(cells)
        case .rowRule: break
        case .text(let text): paragraph(text)
        }
    }

    // MARK: Headings and paragraphs

    mutating func heading(_ level: Int, _ text: String) {
        defer { sawHeading = true }
        // Headings inside a derived section ("### O1: … — 0.5, on track" under "Status as of") are part of it.
        if let derived = derivedLevel {
            if level > derived { return }
            derivedLevel = nil
        }
        if let retro = retroLevel {
            if level > retro { return retroHeading(text) }
            retroLevel = nil
        }
        pending = nil
        keyResult = nil
        itemIndent = nil
        if case .heading(let objectiveLevel)? = objective?.origin, level <= objectiveLevel { objective = nil }
        if case .item? = objective?.origin { objective = nil }
        if let known = Self.section(named: text) {
            section = known
            if known == .derived { derivedLevel = level }
            if known == .retrospective { (retroLevel, retroObjective) = (level, nil) }
            if known != .objectives { objective = nil }
            return
        }
        if section != .objectives && section != .overview { section = .objectives }
        if let label = MarkdownLabel.read(text) {
            labelled(label, whole: text, origin: .heading(level))
            return
        }
        if !sawHeading, level == 1 || Self.namesOKRs(text) || PeriodSpelling.find(in: text) != nil {
            title(text)
            return
        }
        if let period = PeriodSpelling.find(in: text), text.count - text[period.matched].count < 4 {
            if document.period.isEmpty { document.period = period.period }
            return
        }
        section = .objectives
        if headingObjectives { pending = (text, level, number) }
    }

    /// Sections okr's export writes and pages commonly have, by their heading.
    static func section(named text: String) -> Section? {
        let name = text.lowercased().trimmingWhitespace()
        switch name {
        case "purpose", "why", "our purpose": return .purpose
        case "kpis", "kpi", "metrics we track": return .kpis
        case "parking lot", "notes", "open questions": return .notes
        case "to discuss", "decisions": return .derived
        case "retrospective": return .retrospective
        case "objectives", "objectives and key results", "okrs", "key results": return .objectives
        default:
            // "Into 2027-Q2": a carry-over's decisions, under one word naming the period.
            let into = name.hasPrefix("into ") && !name.dropFirst(5).contains(" ")
            return name.hasPrefix("status as of") || into ? .derived : nil
        }
    }

    /// "# Platform team OKRs — Q2 2027": the team and the period; okr's "# OKRs: Team, 2027-Q1" too.
    /// A title that names neither OKRs nor a period ("# Roadmap") says nothing of a team.
    mutating func title(_ text: String) {
        let period = PeriodSpelling.find(in: text)
        guard period != nil || Self.namesOKRs(text) else { return }
        var rest = text
        if let period {
            if document.period.isEmpty { document.period = period.period }
            rest.removeSubrange(period.matched)
        }
        rest = rest.replacing(/(?i)objectives\s+(?:and|&)\s+key\s+results|\bokrs?\b|\b(?:quarterly|annual|yearly)\b/, with: "")
        let team = rest.trimmingCharacters(in: " :—–-|,()")
        if document.team.isEmpty, !team.isEmpty { document.team = team }
    }

    /// Whether a title says it is about OKRs: "OKRs", "Objectives and Key Results".
    static func namesOKRs(_ text: String) -> Bool {
        text.firstMatch(of: /(?i)objectives\s+(?:and|&)\s+key\s+results|\bokrs?\b/) != nil
    }

    mutating func paragraph(_ raw: String) {
        if objective == nil { itemIndent = nil }
        let text = MarkdownInline.plain(raw)
        guard section == .objectives || section == .overview else { return }
        if let label = MarkdownLabel.read(text) {
            labelled(label, whole: text, origin: .heading(7))
            return
        }
        if objective == nil, let field = MarkdownLabel.field(text, Self.documentFields) {
            documentField(field)
            return
        }
        // A line all in bold ("**Make onboarding effortless**") is a heading in all but name.
        let trimmed = raw.trimmingWhitespace()
        if (trimmed.hasPrefix("**") && trimmed.hasSuffix("**")) || (trimmed.hasPrefix("__") && trimmed.hasSuffix("__")), !text.hasSuffix(":") {
            keyResult = nil
            itemIndent = nil
            if case .heading(7)? = objective?.origin { objective = nil }
            section = .objectives
            if headingObjectives { pending = (text, 7, number) }
        }
    }

    /// A line with an objective's or key result's label starts one.
    mutating func labelled(_ label: (kind: MarkdownLabel.Kind, rest: String), whole: String, origin: Origin) {
        section = .objectives
        switch label.kind {
        case .objective(let id):
            startObjective(title: label.rest.isEmpty ? whole : label.rest, id: id, origin: origin)
        case .keyResult(let id):
            let indent: Int? = if case .item(let indent) = origin { indent } else { nil }
            addKeyResult(statement: label.rest.isEmpty ? whole : label.rest, id: id, indent: indent)
        }
    }

    mutating func startObjective(title: String, id: String?, origin: Origin) {
        pending = nil
        keyResult = nil
        itemIndent = nil
        document.objectives.append(Objective(id: id ?? "", title: MarkdownValue.isNone(title) ? "" : title))
        objective = (document.objectives.count - 1, origin)
        lines[.root / "objectives" / (document.objectives.count - 1)] = number
    }

    /// The pending heading becomes an objective, now that a key result follows it.
    mutating func settlePending() {
        guard let pending else { return }
        let line = number
        number = pending.line
        startObjective(title: pending.title, id: nil, origin: .heading(pending.level))
        number = line
    }

    mutating func addKeyResult(statement: String, id: String?, indent: Int?) {
        settlePending()
        guard let objective else {
            problems.append(ImportProblem(line: number, message: "this key result comes before any objective; put it under a heading or a bullet that names its objective"))
            return
        }
        var added = KeyResult(id: id ?? "", statement: MarkdownValue.isNone(statement) ? "" : statement)
        // "… - @alanshaw", "… (@mia)": the owner, as pages on code hosts name people.
        if let match = statement.wholeMatch(of: /(.*\S)\s+(?:[-–—]\s+(@[\w.\-]+)|\((@[\w.\-]+)\))/) {
            added.statement = String(match.1)
            added.owner = String(match.2 ?? match.3 ?? "")
        }
        document.objectives[objective.index].keyResults.append(added)
        keyResult = (objective.index, document.objectives[objective.index].keyResults.count - 1, indent)
        lines[.root / "objectives" / objective.index / "keyResults" / (document.objectives[objective.index].keyResults.count - 1)] = number
    }

    // MARK: Items

    mutating func item(_ indent: Int, _ raw: String) {
        let text = MarkdownInline.plain(raw)
        switch section {
        case .derived: return
        case .notes:
            if !text.isEmpty { document.notes.append(MarkdownValue.isNone(text) ? "" : text) }
            return
        case .purpose:
            purposeAnswer(text)
            return
        case .kpis:
            kpi(text)
            return
        case .retrospective:
            retroLesson(text)
            return
        case .overview, .objectives:
            break
        }
        if objective == nil, pending == nil, let field = MarkdownLabel.field(text, Self.documentFields) {
            documentField(field, raw: raw)
            return
        }
        if doneWhen(text) { return }
        if let label = MarkdownLabel.read(text) {
            // A labelled key result under a labelled objective item is its key result, whatever the indentation.
            labelled(label, whole: text, origin: .item(indent))
            return
        }
        // Deeper than the key result's own item, or any item under a key result's heading: about it.
        if let current = keyResult, current.indent.map({ indent > $0 }) ?? true {
            keyResultDetail(text)
            return
        }
        if let objective, case .item(let objectiveIndent) = objective.origin {
            if indent > objectiveIndent {
                addKeyResult(statement: text, id: nil, indent: indent)
            } else if isObjectiveList(indent) {
                startObjective(title: text, id: nil, origin: .item(indent))
            } else {
                self.objective = nil
                keyResult = nil
            }
            return
        }
        if objective != nil || pending != nil {
            if keyResult == nil, objective != nil, let field = MarkdownLabel.field(text, Self.objectiveFields) {
                objectiveField(field, raw: raw)
                return
            }
            if itemIndent == nil || indent <= itemIndent! {
                itemIndent = itemIndent ?? indent
                addKeyResult(statement: text, id: nil, indent: indent)
            } else if keyResult != nil {
                keyResultDetail(text)
            }
            return
        }
        // No objective yet: a list of objectives, each with its key results nested under it, unless
        // the page labels its objectives and this is other text.
        if isObjectiveList(indent) { startObjective(title: text, id: nil, origin: .item(indent)) }
    }

    func isObjectiveList(_ indent: Int) -> Bool {
        itemObjectives.map { $0.contains(ListPlace(heading: headingIndex, indent: indent)) } ?? true
    }

    // MARK: The outcome

    func outcome() -> ImportOutcome {
        var document = document
        var problems = problems
        if document.objectives.isEmpty {
            problems.append(ImportProblem(message: "no objectives found; write each objective as a heading (## Objective: …) or a bullet, and its key results as bullets under it"))
        }
        problems += DocumentValidator.validate(document).map { issue in
            // The line of the item the issue is about: the pointer's closest parent that was read from a line.
            var pointer = issue.pointer
            while lines[pointer] == nil, !pointer.tokens.isEmpty { pointer.tokens.removeLast() }
            return ImportProblem(line: lines[pointer], message: issue.message + " (at \(issue.pointer))")
        }
        document.assignMissingIDs()
        return ImportOutcome(document: document, problems: problems)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
