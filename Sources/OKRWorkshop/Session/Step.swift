import OKRCoach

/// Where the conversation is: the question the next line answers.
public enum Step: Equatable, Sendable {
    case team
    case period
    case kpi
    case purpose(PurposeQuestion)
    /// A new objective's title.
    case objective
    /// The coach flagged objective `id`; the next line revises or keeps it.
    case reviseObjective(String)
    case sharedWith(String)
    case linkKPIs(String)
    /// The next key result of objective `id`.
    case keyResult(String)
    /// The coach flagged key result `id`; the next line revises or keeps it.
    case reviseKeyResult(String)
    /// A number or date the statement of key result `id` did not give.
    case detail(String, KeyResultField)
    /// The coach has remarks on objective `id`'s set of key results.
    case reviewSet(String)
    case another
    case finished
    /// `/edit`: the next line replaces the text of an item.
    case edit(EditTarget)
}

/// The three purpose questions, in asking order.
public enum PurposeQuestion: String, CaseIterable, Sendable {
    case who, change, evidence
}

/// What `/edit` can change.
public enum EditTarget: Equatable, Sendable {
    case team
    case period
    case purpose(PurposeQuestion)
    case kpi(String)
    case objective(String)
    case keyResult(String)
}
