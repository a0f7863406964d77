import OKRModel

/// Rules about the document as a whole: purpose, number of objectives, sharing, KPIs.
///
/// Format v1 has no `accepted` list on the document, so these findings cannot
/// be accepted: the team answers the purpose, trims objectives, or lives with
/// the infos (siloed-objectives, kpis-unlinked), which never fail `okr lint`.
/// An objective's `accepted` speaks for that objective only, not for the document.
struct DocumentRules {
    /// How the message names each unanswered purpose question (`who`, `change`, `evidence`).
    let purposeNames: [String: String]
    let vocabulary: Vocabulary

    func hits(_ document: Document) -> [RuleHit] {
        var hits: [RuleHit] = []
        let root = JSONPointer.root
        let unanswered = document.purpose.unanswered
        if let first = unanswered.first {
            let names = unanswered.map { purposeNames[$0] ?? $0 }
            hits.append(RuleHit(rule: "purpose-missing", target: "document", path: root / "purpose" / first, order: (0, 0),
                                values: ["missing": names.joined(separator: "; ")]))
        }
        if document.objectives.count > 5 {
            hits.append(RuleHit(rule: "too-many-objectives", target: "document", path: root / "objectives", order: (0, 0),
                                values: ["count": String(document.objectives.count)]))
        }
        if !document.objectives.isEmpty, document.objectives.allSatisfy({ $0.sharedWith.isEmpty }), !isOrganisationWide(document),
           !document.objectives.contains(where: namesOtherTeams) {
            hits.append(RuleHit(rule: "siloed-objectives", target: "document", path: root / "objectives", order: (0, 0)))
        }
        if !document.kpis.isEmpty, !document.objectives.isEmpty, document.objectives.allSatisfy({ $0.kpis.isEmpty }) {
            hits.append(RuleHit(rule: "kpis-unlinked", target: "document", path: root / "kpis", order: (0, 0)))
        }
        return hits
    }

    /// A company's, city's or foundation's own set: there is no other team at its level to share with.
    private func isOrganisationWide(_ document: Document) -> Bool {
        WordSequence(document.team).contains(any: vocabulary[.organisationWords])
    }

    /// "Help product teams ship faster", "… with our partners": the objective says whom it works with.
    private func namesOtherTeams(_ objective: Objective) -> Bool {
        let words = vocabulary[.crossTeamWords]
        return WordSequence(objective.title).contains(any: words)
            || objective.keyResults.contains { WordSequence($0.statement).contains(any: words) }
    }
}
