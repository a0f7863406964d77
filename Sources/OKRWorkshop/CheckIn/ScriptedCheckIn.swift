import OKRModel

/// `okr checkin FILE --date D --value ID=V --confidence ID=C --note ID=TEXT`: a check-in from a
/// pipeline, with the conversation's readings and checks. Pure: it takes the document and gives
/// back the new one, or every problem found, so the caller saves all of it or nothing.
public struct ScriptedCheckIn: Sendable {
    public var date: String
    public var values: [String]
    public var confidences: [String]
    public var notes: [String]

    public init(date: String, values: [String], confidences: [String], notes: [String]) {
        self.date = date
        self.values = values
        self.confidences = confidences
        self.notes = notes
    }

    /// Nothing to record: the conversation runs instead.
    public var isEmpty: Bool { values.isEmpty && confidences.isEmpty && notes.isEmpty }

    /// What was recorded, for the line the command prints.
    public struct Outcome: Equatable, Sendable {
        public var document: Document
        public var keyResults: Int
        public var kpis: Int
    }

    /// The document with every entry recorded, or the problems (each naming the option and what to do).
    public func apply(to document: Document) -> Result<Outcome, Problems> {
        var document = document
        var problems: [String] = []
        var keyResults: Set<String> = []
        var kpis: Set<String> = []
        func split(_ entry: String, _ option: String) -> (id: String, text: String)? {
            guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex else {
                problems.append("--\(option) \(TextSafety.clip(entry, limit: 40)): write ID=VALUE, e.g. --\(option) O1.KR2=\(option == "note" ? "waiting for the supplier" : option == "confidence" ? "0.6" : "32%")")
                return nil
            }
            return (String(entry[..<equals]).uppercased(), String(entry[entry.index(after: equals)...]))
        }
        func unknown(_ id: String, _ option: String, kpisToo: Bool) {
            let known = document.objectives.flatMap { $0.keyResults.map(\.id) } + (kpisToo ? document.kpis.map(\.id) : [])
            problems.append("--\(option) \(TextSafety.clip(id, limit: 20)): there is no \(kpisToo ? "key result or KPI" : "key result") with that id; this document has \(known.isEmpty ? "none" : known.joined(separator: ", "))")
        }
        for entry in values {
            guard let (id, text) = split(entry, "value") else { continue }
            if let keyResult = document.objectives.lazy.flatMap(\.keyResults).first(where: { $0.id == id }) {
                let value = keyResult.isMilestone ? CheckInValue.milestone(text) : CheckInValue.number(text)
                guard let value else {
                    problems.append("--value \(id)=\(TextSafety.clip(text, limit: 30)): " + (keyResult.isMilestone
                        ? "\(id) is a milestone; give done or not-done"
                        : "not a number; give the number with its unit if it has one, e.g. 32 or 32%"))
                    continue
                }
                document.updateCheckIn(of: id, on: date) { $0.value = value }
                keyResults.insert(id)
            } else if document.kpis.contains(where: { $0.id == id }) {
                guard let value = CheckInValue.number(text) else {
                    problems.append("--value \(id)=\(TextSafety.clip(text, limit: 30)): not a number; give the number with its unit if it has one")
                    continue
                }
                document.recordReading(of: id, on: date, value: value)
                kpis.insert(id)
            } else {
                unknown(id, "value", kpisToo: true)
            }
        }
        for entry in confidences {
            guard let (id, text) = split(entry, "confidence") else { continue }
            guard document.keyResultIndex(id: id) != nil else { unknown(id, "confidence", kpisToo: false); continue }
            guard let share = Double(text.trimmingWhitespace()), (0...1).contains(share) else {
                problems.append("--confidence \(id)=\(TextSafety.clip(text, limit: 30)): a share from 0 to 1, e.g. 0.6 for 6/10")
                continue
            }
            document.updateCheckIn(of: id, on: date) { $0.confidence = share }
            keyResults.insert(id)
        }
        for entry in notes {
            guard let (id, text) = split(entry, "note") else { continue }
            guard document.keyResultIndex(id: id) != nil else { unknown(id, "note", kpisToo: false); continue }
            document.updateCheckIn(of: id, on: date) { $0.note = text }
            keyResults.insert(id)
        }
        guard problems.isEmpty else { return .failure(Problems(messages: problems)) }
        return .success(Outcome(document: document, keyResults: keyResults.count, kpis: kpis.count))
    }

    /// Every problem of one scripted check-in.
    public struct Problems: Error, Equatable, Sendable {
        public var messages: [String]
    }
}
