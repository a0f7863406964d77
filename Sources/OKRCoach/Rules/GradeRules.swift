import OKRModel

/// Reading a period's final grades (`grade`, set at `okr retro`) as Google's OKR playbook reads them:
/// committed key results are expected at 1.0, aspirational ones at about 0.7. They run wherever the
/// coach reviews a document, and raise nothing until a key result has a grade.
struct GradeRules {
    /// A grade from here up counts as fully met: a set graded this high everywhere was set too safe.
    static let nearFull = 0.9
    /// Fewer graded key results than this say too little about how targets are set.
    static let enoughForASet = 3
    /// An outcome graded below this missed, whatever its objective's type.
    static let missed = 0.7

    /// `grades-all-high`: every graded key result of the document at 0.9 or more.
    func documentHits(_ document: Document) -> [RuleHit] {
        var graded = 0
        for objective in document.objectives {
            for keyResult in objective.keyResults {
                guard let grade = keyResult.grade else { continue }
                guard grade >= GradeRules.nearFull else { return [] }
                graded += 1
            }
        }
        guard graded >= GradeRules.enoughForASet else { return [] }
        return [RuleHit(rule: "grades-all-high", target: "document", path: .root / "objectives", order: (0, 0),
                        values: ["count": String(graded)])]
    }

    /// `committed-missed` for each key result of a committed objective graded below 1.0, and
    /// `outcome-missed` when the objective's deliveries were done (graded 0.9 or more) while its
    /// outcomes were graded below 0.7. `traits(k)` reads key result `k`'s statement, asked only then.
    func hits(_ objective: Objective, at o: Int, traits: (Int) -> KeyResultTraits) -> [RuleHit] {
        let graded = objective.keyResults.indices.filter { objective.keyResults[$0].grade != nil }
        guard !graded.isEmpty else { return [] }
        var hits: [RuleHit] = []
        let path = JSONPointer.root / "objectives" / o
        func quoted(_ indices: [Int]) -> String {
            ScoreText.list(indices.map { "\(objective.keyResults[$0].id) (\(ScoreText.grade(objective.keyResults[$0].grade!)))" })
        }
        let roles = graded.map { KeyResultRole(traits($0)) }
        let done = zip(graded, roles).filter { $0.1 == .delivery && objective.keyResults[$0.0].grade! >= GradeRules.nearFull }.map(\.0)
        let outcomes = zip(graded, roles).filter(\.1.isOutcome).map(\.0)
        let missed = outcomes.filter { objective.keyResults[$0].grade! < GradeRules.missed }
        if !done.isEmpty, !missed.isEmpty, missed.count == outcomes.count {
            hits.append(RuleHit(rule: "outcome-missed", target: objective.id, path: path / "keyResults", order: (o + 1, 0),
                                values: ["delivery": quoted(done), "outcomes": quoted(missed)]))
        }
        if objective.type == .committed {
            for k in graded where objective.keyResults[k].grade! < 1 {
                let keyResult = objective.keyResults[k]
                hits.append(RuleHit(rule: "committed-missed", target: keyResult.id, path: path / "keyResults" / k / "grade",
                                    order: (o + 1, k + 1), values: ["id": keyResult.id, "grade": ScoreText.grade(keyResult.grade!)]))
            }
        }
        return hits
    }
}
