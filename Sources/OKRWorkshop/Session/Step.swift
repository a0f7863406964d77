import OKRCoach

/// Where the conversation is: the question the next line answers.
public enum Step: Equatable, Sendable {
    case team
    case period
    /// Who is in the room.
    case participants
    case kpi
    /// Where KPI `id` stands today: its current value and unit.
    case kpiValue(String)
    case purpose(PurposeQuestion)
    /// A new objective's title.
    case objective
    /// The coach flagged objective `id`; the next line revises or keeps it.
    case reviseObjective(String)
    /// Whether objective `id` is committed or aspirational.
    case objectiveType(String)
    /// Who owns objective or key result `id`.
    case owner(String)
    /// Which objectives of the parent document objective `id` contributes to.
    case alignsTo(String)
    case sharedWith(String)
    case linkKPIs(String)
    /// The next key result of objective `id`.
    case keyResult(String)
    /// The coach flagged key result `id`; the next line revises or keeps it.
    case reviseKeyResult(String)
    /// A number or date the statement of key result `id` did not give.
    case detail(String, KeyResultField)
    /// Key result `id` has no number: how the team will know it is done.
    case doneWhen(String)
    /// How confident the team is that key result `id` will be met, 0 to 10.
    case confidence(String)
    /// The coach has remarks on objective `id`'s set of key results.
    case reviewSet(String)
    case another
    case finished
    /// `/edit`: the next line replaces the text of an item.
    case edit(EditTarget)

    // The check-in: the same conversation, walking the key results and KPIs of a drafted document.
    /// Where key result `id` stands today (done or not yet, for a milestone).
    case checkInValue(String)
    case checkInConfidence(String)
    /// What is blocking or helped, in a word.
    case checkInNote(String)
    /// Which way is good for KPI `id`: asked when it is named in the workshop, or the first time its
    /// value is checked in.
    case kpiBetter(String)
    case kpiReading(String)
    /// What the team sees of the purpose's evidence today.
    case observation
    /// The outcome review is said; Enter leaves.
    case checkInDone

    /// The retrospective: grading each key result, then what each objective taught.
    case retro(RetroQuestion)
    /// The carry-over into the next period: deciding what becomes of each item of the old document.
    case carry(CarryQuestion)
}

/// The retrospective's questions, in asking order for each objective.
public enum RetroQuestion: Equatable, Sendable {
    /// The team's own grade for key result `id`, said before okr shows the score.
    case ownGrade(String)
    /// The score is shown beside the team's grade; the final grade (Enter keeps the team's).
    case finalGrade(String)
    /// Why key result `id` got its grade.
    case gradeNote(String)
    /// What objective `id` taught the team.
    case learned(String)
    /// What the team will do differently next period.
    case differently(String)
    /// The reading of the grades is said; Enter leaves.
    case done
}

/// The carry-over's questions about each item of the old document, by its id there.
public enum CarryQuestion: Equatable, Sendable {
    /// Keep, modify or drop objective or key result `id`.
    case decide(String)
    /// Why `id` is dropped; kept in the old document.
    case dropReason(String)
}

/// The three purpose questions, in asking order.
public enum PurposeQuestion: String, CaseIterable, Sendable {
    case who, change, evidence
}

/// What `/edit` can change.
public enum EditTarget: Equatable, Sendable {
    case team
    case period
    case participants
    case purpose(PurposeQuestion)
    case kpi(String)
    case objective(String)
    case keyResult(String)
}
