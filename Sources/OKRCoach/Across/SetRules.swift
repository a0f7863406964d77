import OKRModel

/// The rules that read a set of documents at once (failure mode 4: silos): a share only one side
/// made, two teams pulling one number opposite ways, the same result in two teams, alignments
/// that point nowhere, objectives no team carries, documents of other periods. Pure; each hit
/// carries the words its message needs.
struct SetRules {
    let documents: [SetDocument]
    /// Documents by their team's name as people write it (case and spaces ignored).
    private let byTeam: [String: Int]
    /// Each document's team as a key, and the keys of the teams each of its objectives is shared with:
    /// worked out once, since the rules compare them for every pair of items (and a company has thousands).
    private let teamKeys: [String]
    private let sharedKeys: [[Set<String>]]
    /// Key results with a metric, by metric key, in document order; read by two rules.
    private let metrics: [(key: String, items: [Item])]

    init(_ documents: [SetDocument]) {
        self.documents = documents
        teamKeys = documents.map { SetDocument.teamKey($0.document.team) }
        sharedKeys = documents.map { $0.document.objectives.map { Set($0.sharedWith.map(SetDocument.teamKey)) } }
        metrics = SetRules.byMetric(documents)
        var byTeam: [String: Int] = [:]
        for (i, entry) in documents.enumerated() where !entry.document.team.allSatisfy(\.isWhitespace) {
            if byTeam[teamKeys[i]] == nil { byTeam[teamKeys[i]] = i }
        }
        self.byTeam = byTeam
    }

    /// A hit: the rule, its places, and the values for its message and question.
    struct Hit {
        var rule: String
        var places: [SetFinding.Place]
        var values: [String: String]
        /// A `reason.*` field of the rule's text to fill in as `{reason}`.
        var reason: String?
    }

    func hits() -> [Hit] {
        sharedOneSided() + tugOfWar() + duplicates() + alignment() + periods()
    }

    // MARK: Places

    func place(_ d: Int) -> SetFinding.Place {
        SetFinding.Place(file: documents[d].file, team: documents[d].document.team, target: "document", path: .root)
    }

    func place(_ d: Int, objective o: Int) -> SetFinding.Place {
        let objective = documents[d].document.objectives[o]
        return SetFinding.Place(file: documents[d].file, team: documents[d].document.team, target: objective.id, path: .root / "objectives" / o)
    }

    func place(_ d: Int, objective o: Int, keyResult k: Int) -> SetFinding.Place {
        let keyResult = documents[d].document.objectives[o].keyResults[k]
        return SetFinding.Place(file: documents[d].file, team: documents[d].document.team, target: keyResult.id,
                                path: .root / "objectives" / o / "keyResults" / k)
    }

    func team(_ d: Int) -> String { documents[d].document.team }

    /// The document of the team called `name`, as people write it.
    func document(ofTeam name: String) -> Int? { byTeam[SetDocument.teamKey(name)] }

    /// " (did you mean Supply Planning?)" when a team of the set has a name close to `name`.
    func suggestion(for name: String) -> String {
        let wanted = SetDocument.teamKey(name)
        let best = byTeam.keys.map { ($0, Levenshtein.distance($0, wanted)) }.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let (key, distance) = best, distance <= max(2, wanted.count / 4), let d = byTeam[key] else { return "" }
        return " (did you mean \(team(d))?)"
    }

    // MARK: The rules

    /// `shared-one-sided`: A shares an objective with B, and B shares none with A (or there is no B).
    func sharedOneSided() -> [Hit] {
        var hits: [Hit] = []
        for (d, entry) in documents.enumerated() {
            for (o, objective) in entry.document.objectives.enumerated() {
                for other in objective.sharedWith where !other.allSatisfy(\.isWhitespace) {
                    let values = ["team": team(d), "id": objective.id, "other": other]
                    guard let b = document(ofTeam: other) else {
                        hits.append(Hit(rule: "shared-one-sided", places: [place(d, objective: o)],
                                        values: values.merging(["suggestion": suggestion(for: other)]) { $1 }, reason: "reason.missing"))
                        continue
                    }
                    guard b != d else { continue }
                    if !sharedKeys[b].contains(where: { $0.contains(teamKeys[d]) }) {
                        hits.append(Hit(rule: "shared-one-sided", places: [place(d, objective: o), place(b)], values: values, reason: "reason.one-sided"))
                    }
                }
            }
        }
        return hits
    }

    /// A key result by its place, with its direction.
    typealias Item = (d: Int, o: Int, k: Int, direction: Direction?)

    /// Every key result with a metric, by metric key, in document order.
    private static func byMetric(_ documents: [SetDocument]) -> [(key: String, items: [Item])] {
        var order: [String] = []
        var groups: [String: [Item]] = [:]
        for (d, entry) in documents.enumerated() {
            for (o, objective) in entry.document.objectives.enumerated() {
                for (k, keyResult) in objective.keyResults.enumerated() {
                    guard let key = MetricKey.of(keyResult) else { continue }
                    if groups[key] == nil { order.append(key) }
                    groups[key, default: []].append((d, o, k, keyResult.direction))
                }
            }
        }
        return order.map { ($0, groups[$0]!) }
    }

    private func keyResult(_ item: Item) -> KeyResult {
        documents[item.d].document.objectives[item.o].keyResults[item.k]
    }

    /// `kpi-tug-of-war`: the same metric raised by some teams and lowered by others; one finding per
    /// metric, naming every key result on either side (a company's common metric would otherwise
    /// give a finding for every pair of teams).
    func tugOfWar() -> [Hit] {
        metrics.compactMap { key, items in
            let ups = items.filter { $0.direction == .increase }
            let downs = items.filter { $0.direction == .decrease }
            // Two teams at least: one raising it, another lowering it.
            guard let up = ups.first(where: { up in downs.contains { $0.d != up.d } }),
                  let down = downs.first(where: { $0.d != up.d }) else { return nil }
            let rest = (ups + downs).filter { ($0.d, $0.o, $0.k) != (up.d, up.o, up.k) && ($0.d, $0.o, $0.k) != (down.d, down.o, down.k) }
            return Hit(rule: "kpi-tug-of-war", places: ([up, down] + rest).map { place($0.d, objective: $0.o, keyResult: $0.k) },
                       values: ["team": team(up.d), "id": keyResult(up).id, "other": team(down.d), "otherID": keyResult(down).id,
                                "metric": keyResult(up).metric ?? key, "more": more(rest.count)])
        }
    }

    /// `duplicate-across-teams`: the same metric (of two words or more) moved the same way by teams
    /// whose objectives are not shared with one another; one finding per metric and direction.
    func duplicates() -> [Hit] {
        var hits: [Hit] = []
        for (key, items) in metrics where key.contains(" ") {
            var directions: [Direction?] = []
            for item in items where !directions.contains(item.direction) { directions.append(item.direction) }
            for direction in directions {
                let same = items.filter { $0.direction == direction }
                // A key result in an objective shared with another of these teams is a share, not a duplicate:
                // its objective names one of their teams, or one of their objectives names its team.
                var docs: [String: Set<Int>] = [:]
                var sharers: [String: Set<Int>] = [:]
                for item in same {
                    docs[teamKeys[item.d], default: []].insert(item.d)
                    for key in sharedKeys[item.d][item.o] { sharers[key, default: []].insert(item.d) }
                }
                let alone = same.filter { item in
                    !sharedKeys[item.d][item.o].contains { docs[$0]?.contains { $0 != item.d } == true }
                        && sharers[teamKeys[item.d]]?.contains { $0 != item.d } != true
                }
                var teams: Set<Int> = []
                var firsts: [Item] = []
                for item in alone where teams.insert(item.d).inserted {
                    firsts.append(item)
                }
                guard firsts.count > 1 else { continue }
                hits.append(Hit(rule: "duplicate-across-teams", places: firsts.map { place($0.d, objective: $0.o, keyResult: $0.k) },
                                values: ["team": team(firsts[0].d), "id": keyResult(firsts[0]).id, "other": team(firsts[1].d),
                                         "otherID": keyResult(firsts[1]).id, "metric": keyResult(firsts[0]).metric ?? key, "more": more(firsts.count - 2)]))
            }
        }
        return hits
    }

    /// " and 3 more" when a finding names more key results than its message does.
    private func more(_ count: Int) -> String {
        count > 0 ? " (and \(count) more)" : ""
    }

    /// `alignment-broken`, then, when some document is aligned to, `unaligned-objective` and `parent-unsupported`.
    func alignment() -> [Hit] {
        var hits: [Hit] = []
        var supported: Set<[Int]> = []
        var parents: Set<Int> = []
        for (d, entry) in documents.enumerated() {
            for (o, objective) in entry.document.objectives.enumerated() {
                for (i, text) in objective.alignsTo.enumerated() {
                    guard let alignment = Alignment(text) else { continue }
                    var at = place(d, objective: o)
                    at.path = at.path / "alignsTo" / i
                    let values = ["team": team(d), "id": objective.id, "target": text, "other": alignment.team, "objective": alignment.objective]
                    guard let p = document(ofTeam: alignment.team) else {
                        hits.append(Hit(rule: "alignment-broken", places: [at], values: values.merging(["suggestion": suggestion(for: alignment.team)]) { $1 },
                                        reason: "reason.team"))
                        continue
                    }
                    parents.insert(p)
                    guard let target = documents[p].document.objectives.firstIndex(where: { $0.id == alignment.objective }) else {
                        let ids = documents[p].document.objectives.map(\.id).joined(separator: ", ")
                        hits.append(Hit(rule: "alignment-broken", places: [at, place(p)], values: values.merging(["ids": ids.isEmpty ? "none" : ids]) { $1 },
                                        reason: "reason.objective"))
                        continue
                    }
                    supported.insert([p, target])
                }
            }
        }
        guard !parents.isEmpty else { return hits }
        // A document at the top (aligned to, aligning to nothing) is the parent; every other one contributes.
        let roots = parents.filter { p in documents[p].document.objectives.allSatisfy { $0.alignsTo.isEmpty } }
        let rootNames = roots.sorted().map(team).joined(separator: ", ")
        for (d, entry) in documents.enumerated() where !roots.contains(d) {
            for (o, objective) in entry.document.objectives.enumerated() where objective.alignsTo.isEmpty {
                hits.append(Hit(rule: "unaligned-objective", places: [place(d, objective: o)], values: ["team": team(d), "id": objective.id, "parent": rootNames]))
            }
        }
        for p in parents.sorted() {
            for (o, objective) in documents[p].document.objectives.enumerated() where !supported.contains([p, o]) {
                hits.append(Hit(rule: "parent-unsupported", places: [place(p, objective: o)], values: ["team": team(p), "id": objective.id]))
            }
        }
        return hits
    }

    /// `period-mismatch`: a document for another period than most of the set.
    func periods() -> [Hit] {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for (d, entry) in documents.enumerated() where !entry.document.period.allSatisfy(\.isWhitespace) {
            counts[entry.document.period, default: 0] += 1
            if first[entry.document.period] == nil { first[entry.document.period] = d }
        }
        guard counts.count > 1, let usual = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && first[$0.key]! > first[$1.key]!) })?.key,
              let example = first[usual] else { return [] }
        return documents.indices.filter { !documents[$0].document.period.allSatisfy(\.isWhitespace) && documents[$0].document.period != usual }.map { d in
            Hit(rule: "period-mismatch", places: [place(d), place(example)], values: ["team": team(d), "period": documents[d].document.period, "usual": usual])
        }
    }
}
