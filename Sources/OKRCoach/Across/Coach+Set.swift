import OKRModel

extension Coach {
    /// What the rules across documents find in a set, worded from `prompts/rules.txt`: the first
    /// place of each finding is the item it is about, in set order, then by rule.
    public func review(set documents: [SetDocument]) -> [SetFinding] {
        let rules = Dictionary(uniqueKeysWithValues: RuleCatalog.entries.map { ($0.id, $0) })
        return SetRules(documents).hits().compactMap { hit in
            guard let rule = rules[hit.rule], let text = text(of: hit.rule) else { return nil }
            var values = hit.values
            if let reason = hit.reason { values["reason"] = RuleText.fill(text.fields[reason] ?? "", values) }
            return SetFinding(rule: rule.id, severity: rule.severity, failureMode: rule.failureMode,
                              message: RuleText.fill(text.message, values), question: RuleText.fill(text.question, values), places: hit.places)
        }
    }
}
