import OKRModel

/// A rule that fired on an item, before the coach words it as a finding.
struct RuleHit {
    var rule: String
    var target: String
    var path: JSONPointer
    /// Place in document order: (0, 0) for the document, (objective + 1, 0), (objective + 1, key result + 1).
    var order: (Int, Int)
    /// Values for the placeholders of the rule's message.
    var values: [String: String] = [:]
    /// The rule is in the item's `accepted` list: the team kept the item as it is.
    var kept = false
}
