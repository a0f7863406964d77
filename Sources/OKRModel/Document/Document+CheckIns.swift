/// Check-ins by id and date, shared by the check-in conversation and `okr checkin --value`:
/// each answer changes only its own field of that date's entry, so a check-in given in parts
/// (value, then confidence, then a note; or a kill and a resume in between) ends as one entry.
extension Document {
    /// Changes the check-in of key result `id` on `date` (made if there is none); false when there is no such key result.
    @discardableResult
    public mutating func updateCheckIn(of id: String, on date: String, _ change: (inout CheckIn) -> Void) -> Bool {
        guard let at = keyResultIndex(id: id) else { return false }
        var keyResult = objectives[at.objective].keyResults[at.keyResult]
        var entry = keyResult.checkIns.first { $0.date == date } ?? CheckIn(date: date)
        change(&entry)
        keyResult.record(entry)
        objectives[at.objective].keyResults[at.keyResult] = keyResult
        return true
    }

    /// Records KPI `id`'s value on `date`; false when there is no such KPI.
    @discardableResult
    public mutating func recordReading(of id: String, on date: String, value: Double) -> Bool {
        guard let k = kpis.firstIndex(where: { $0.id == id }) else { return false }
        kpis[k].record(Reading(date: date, value: value))
        return true
    }
}

extension KeyResult {
    /// A key result with no number to reach: a milestone, checked in as done (1) or not yet (0).
    public var isMilestone: Bool {
        target == nil && baseline == nil
    }
}
