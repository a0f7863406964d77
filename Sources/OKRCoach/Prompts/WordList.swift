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

    /// Lists of verbs are written in the base form; the coach adds the other forms.
    var holdsVerbs: Bool {
        switch self {
        case .objectiveActivities, .businessAsUsual, .krActivities, .changeVerbs,
             .binaryOpeners, .healthOpeners:
            return true
        default:
            return false
        }
    }
}
