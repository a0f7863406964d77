import OKRCoach
import OKRModel
import Testing

/// The rules across documents (issue 15), each on the smallest set that raises it, and a set that raises none.
@Suite("Coach: across documents")
struct SetRulesTests {
    static func team(_ name: String, period: String = "2027-Q1", _ objectives: [Objective]) -> SetDocument {
        var document = Document(team: name, period: period)
        for objective in objectives { document.addObjective(objective) }
        return SetDocument(file: name.lowercased().replacing(" ", with: "-") + ".json", document: document)
    }

    static func measure(_ metric: String, _ direction: Direction) -> KeyResult {
        KeyResult(statement: "Move \(metric)", metric: metric, baseline: 10, target: direction == .increase ? 20 : 5, unit: "%", direction: direction)
    }

    func review(_ documents: [SetDocument]) -> [SetFinding] {
        Coach.builtin().review(set: documents)
    }

    @Test func aShareOnlyOneSideMadeOrWithATeamNotInTheSet() {
        let findings = review([
            Self.team("Store Operations", [Objective(title: "Calm replenishment", sharedWith: ["Supply Planning", "Suply Planing", "Delivery Partners"])]),
            Self.team("Supply Planning", [Objective(title: "Full shelves")]),
        ])
        #expect(findings.map(\.rule) == ["shared-one-sided", "shared-one-sided", "shared-one-sided"])
        #expect(findings[0].message == "Store Operations shares O1 with Supply Planning; no objective of Supply Planning is shared with Store Operations.")
        #expect(findings[0].places.map(\.file) == ["store-operations.json", "supply-planning.json"])
        #expect(findings[1].message.hasSuffix("(did you mean Supply Planning?)."))
        #expect(!findings[2].message.contains("did you mean"))
        // Shared back: nothing to raise.
        let confirmed = review([
            Self.team("Store Operations", [Objective(title: "Calm replenishment", sharedWith: ["supply planning"])]),
            Self.team("Supply Planning", [Objective(title: "Full shelves", sharedWith: ["Store Operations"])]),
        ])
        #expect(confirmed.isEmpty)
    }

    @Test func oneNumberPulledBothWaysOrMovedTwice() {
        let findings = review([
            Self.team("Merchandising", [Objective(title: "Bestsellers in stock", keyResults: [Self.measure("Days of stock on hand", .increase)])]),
            Self.team("Finance", [Objective(title: "Cash from stock", keyResults: [Self.measure("days of stock on-hand", .decrease)])]),
            Self.team("Marketing", [Objective(title: "Customers come back", keyResults: [Self.measure("share of repeat customers", .increase)])]),
            Self.team("E-commerce", [Objective(title: "Buying again", keyResults: [Self.measure("Share of repeat customers", .increase)])]),
        ])
        #expect(findings.map(\.rule) == ["kpi-tug-of-war", "duplicate-across-teams"])
        #expect(findings[0].places.map(\.target) == ["O1.KR1", "O1.KR1"] && findings[0].places.map(\.team) == ["Merchandising", "Finance"])
        #expect(findings[0].places[1].path.description == "/objectives/0/keyResults/0")
        // The same result in two teams is by design when the objective is shared (here only by one side, which is said).
        let shared = review([
            Self.team("Marketing", [Objective(title: "Customers come back", sharedWith: ["E-commerce"], keyResults: [Self.measure("share of repeat customers", .increase)])]),
            Self.team("E-commerce", [Objective(title: "Buying again", keyResults: [Self.measure("share of repeat customers", .increase)])]),
        ])
        #expect(shared.map(\.rule) == ["shared-one-sided"])
    }

    /// A metric common across a company gives one finding naming every team, not one per pair of teams.
    @Test func aCommonMetricIsOneFindingWithEveryTeam() {
        let teams = (1...5).map { Self.team("Team \($0)", [Objective(title: "Happy customers", keyResults: [Self.measure("customer satisfaction score", .increase)])]) }
            + [Self.team("Cost", [Objective(title: "Lean support", keyResults: [Self.measure("Customer satisfaction score", .decrease)])])]
        let findings = review(teams)
        #expect(findings.map(\.rule) == ["kpi-tug-of-war", "duplicate-across-teams"])
        #expect(findings[0].places.count == 6 && findings[0].message.hasSuffix("pushes it down (and 4 more)."))
        #expect(findings[1].places.count == 5)
        #expect(findings[1].message == "Team 1 O1.KR1 and Team 2 O1.KR1 (and 3 more) move \"customer satisfaction score\" the same way, with no objective shared between the teams.")
    }

    @Test func alignmentsThatPointNowhereAndObjectivesNobodyCarries() {
        let findings = review([
            Self.team("Acme", [Objective(title: "Faster orders"), Objective(title: "Stores on data")]),
            Self.team("Logistics", [Objective(title: "On-time deliveries", alignsTo: ["Acme/O1"]), Objective(title: "New warehouse software")]),
            Self.team("Finance", [Objective(title: "Cash", alignsTo: ["Acme/O7", "Acmee Corp/O1"])]),
        ])
        #expect(findings.map(\.rule) == ["alignment-broken", "alignment-broken", "unaligned-objective", "parent-unsupported"])
        #expect(findings[0].message == "Finance O1 aligns to Acme/O7, but Acme has no objective O7; it has O1, O2.")
        #expect(findings[0].places.map(\.path.description) == ["/objectives/0/alignsTo/0", ""])
        #expect(findings[2].message == "Logistics O2 contributes to none of Acme's objectives.")
        #expect(findings[3].message == "No team's objective aligns to Acme O2.")
    }

    @Test func aDocumentOfAnotherPeriod() {
        let findings = review([
            Self.team("Acme", [Objective(title: "Faster orders")]),
            Self.team("Logistics", [Objective(title: "On time")]),
            Self.team("People", period: "2027-H1", [Objective(title: "Growth")]),
        ])
        #expect(findings.map(\.rule) == ["period-mismatch"])
        #expect(findings[0].message == "People is for 2027-H1, while most documents in this set are for 2027-Q1.")
        #expect(findings[0].places.map(\.file) == ["people.json", "acme.json"])
    }

    @Test func everyRuleAcrossDocumentsIsInTheCatalogWithFailureModeFour() {
        let ids = ["shared-one-sided", "kpi-tug-of-war", "duplicate-across-teams", "alignment-broken", "unaligned-objective", "parent-unsupported", "period-mismatch"]
        let catalog = Coach.builtin().catalog
        for id in ids {
            let rule = catalog.first { $0.id == id }
            #expect(rule?.failureMode == 4 && rule?.summary.isEmpty == false, "\(id)")
        }
    }

    @Test func alignmentTextsAreReadAsTeamAndObjective() {
        #expect(Alignment("Company/O2") == Alignment("Company / o2"))
        #expect(Alignment("R&D/Platform/O1")?.team == "R&D/Platform")
        #expect(Alignment("Company") == nil && Alignment("/O1") == nil && Alignment("Company/KR1") == nil)
    }

    @Test func metricKeysAreWordsWithoutCaseOrSmallWords() {
        #expect(MetricKey.of("Stock-out rate on top-100 items") == "stock out rate on top 100 items")
        #expect(MetricKey.of("The share of OUR repeat customers") == "share repeat customers")
        #expect(MetricKey.of("the of a") == nil && MetricKey.of("  --  ") == nil && MetricKey.of("") == nil)
        // Beyond ASCII: the same words by their Unicode classes.
        #expect(MetricKey.of("Café-Umsatz der Filialen") == "café umsatz der filialen")
        #expect(MetricKey.of("the Café of our city") == "café city")
    }
}

