/// The word lists of `prompts/words.txt` the rules match against, one section each.
enum WordList: String, CaseIterable, Sendable {
    case fillers
    case objectiveActivities = "objective-activities"
    case businessAsUsual = "business-as-usual"
    case relativeChange = "relative-change"
    case krActivities = "kr-activities"
    case krDeliverables = "kr-deliverables"
    case changeVerbs = "change-verbs"
    case binaryOpeners = "binary-openers"
    case binaryPhrases = "binary-phrases"
    case completionWords = "completion-words"
    case healthOpeners = "health-openers"
    case healthPhrases = "health-phrases"
    case vanityWords = "vanity-words"
    case signsOfUse = "signs-of-use"
    case adoptionWords = "adoption-words"
    case shareWords = "share-words"
    case notBehaviour = "not-behaviour"
    case channelWords = "channel-words"
    case laggingWords = "lagging-words"
    case metricFillers = "metric-fillers"
    case ongoingActivities = "ongoing-activities"
    case constraintPhrases = "constraint-phrases"
    case milestoneStates = "milestone-states"
    case participles
    case people
    case opinionVerbs = "opinion-verbs"
    case deliverableNouns = "deliverable-nouns"
    case outcomeQualifiers = "outcome-qualifiers"
    case organisationWords = "organisation-words"
    case crossTeamWords = "cross-team-words"
    case limitMetrics = "limit-metrics"
    case cadences

    /// Lists of verbs are written in the base form; the coach adds the other forms.
    var holdsVerbs: Bool {
        switch self {
        case .objectiveActivities, .businessAsUsual, .krActivities, .changeVerbs,
             .binaryOpeners, .healthOpeners, .ongoingActivities, .opinionVerbs:
            return true
        default:
            return false
        }
    }

    /// The index of the list in `allCases` (the order of the declaration above).
    var position: Int {
        switch self {
        case .fillers: return 0
        case .objectiveActivities: return 1
        case .businessAsUsual: return 2
        case .relativeChange: return 3
        case .krActivities: return 4
        case .krDeliverables: return 5
        case .changeVerbs: return 6
        case .binaryOpeners: return 7
        case .binaryPhrases: return 8
        case .completionWords: return 9
        case .healthOpeners: return 10
        case .healthPhrases: return 11
        case .vanityWords: return 12
        case .signsOfUse: return 13
        case .adoptionWords: return 14
        case .shareWords: return 15
        case .notBehaviour: return 16
        case .channelWords: return 17
        case .laggingWords: return 18
        case .metricFillers: return 19
        case .ongoingActivities: return 20
        case .constraintPhrases: return 21
        case .milestoneStates: return 22
        case .participles: return 23
        case .people: return 24
        case .opinionVerbs: return 25
        case .deliverableNouns: return 26
        case .outcomeQualifiers: return 27
        case .organisationWords: return 28
        case .crossTeamWords: return 29
        case .limitMetrics: return 30
        case .cadences: return 31
        }
    }
}
