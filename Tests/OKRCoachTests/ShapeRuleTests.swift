import OKRCoach
import OKRModel
import Testing

/// The coach reads how a statement is built before its words (issue 12): a milestone is coached
/// as output, never as unmeasurable; a limit is a health check; an activity verb inside an outcome
/// is not output; adoption is people doing something, whatever the words.
@Suite("Statement shapes")
struct ShapeRuleTests {
    func kr(_ statement: String) -> [Finding] {
        Coach.builtin().review(document(["Raise the share of stores ordering through the app from 15% to 80%", statement]))
            .filter { $0.target == "O1.KR2" }
    }

    @Test(arguments: ["The pricing page is published", "Admins can reset a user's permissions", "Plan agreed with finance",
                      "Draft a proposal for the new rota", "Hire an owner for the data platform", "The audit has started",
                      "Feature Z is on for every user by default", "Runbook documented and in place", "libp2p has a network visualization tool",
                      "A repo migration tool exists", "Switch to the shared CI for every repository", "IPNS works over the DHT"])
    func milestonesAreWarningsNotErrors(_ statement: String) {
        let found = kr(statement)
        #expect(!found.contains { $0.severity == .error }, "\(found.map(\.rule))")
        #expect(found.contains { $0.rule == "kr-binary" || $0.rule == "kr-is-output" }, "\(found.map(\.rule))")
    }

    @Test(arguments: ["Improve documentation", "No distractions", "Better onboarding for new starters", "App load time",
                      "IPFS can quickly update a large package repository", "Explore options for a partner programme"])
    func unverifiableStatementsAreErrors(_ statement: String) {
        #expect(kr(statement).contains { $0.rule == "kr-not-measurable" && $0.severity == .error })
    }

    @Test(arguments: ["Spend within ±25% of plan", "Resolve P1 tickets in 5.5 hours or less", "Achieve 99.5% system uptime",
                      "Deliver the project within budget", "Keep weekly deliveries between 3 and 5"])
    func limitsAreHealthMetrics(_ statement: String) {
        let found = kr(statement)
        #expect(found.contains { $0.rule == "kr-health-metric" })
        #expect(!found.contains { $0.severity == .error })
        #expect(!found.contains { $0.rule == "kr-no-baseline" })
    }

    @Test(arguments: ["Train 200 planners", "Run 5 user tests with store managers", "Sign 3 new partners",
                      "Grow weekly orders by 10% compared to last quarter", "Rank in the top 5 of the app store",
                      "Reach N monthly users", "Grow the platform team by +2 people", "Onboard the team for the first time"])
    func noBaselineWhereNoneIsNeeded(_ statement: String) {
        #expect(!kr(statement).contains { $0.rule == "kr-no-baseline" })
    }

    @Test func placeholderOnlyAsksForItsNumber() {
        #expect(kr("Reach N monthly users").isEmpty)
    }

    @Test func ratingIsAMeasure() {
        let found = kr("Nurses rate the handover 4.5/5 or higher")
        #expect(!found.contains { $0.severity == .error })
    }

    @Test func activityInsideAnOutcomeIsNotOutput() {
        #expect(!kr("Managers report that 50% of the people hired in April were productive in their first month").contains { $0.rule == "kr-is-output" })
        #expect(kr("Successfully implement the new planning system in 12 stores").contains { $0.rule == "kr-is-output" })
    }

    @Test(arguments: ["Extend the advertising programmes", "Create a planning process", "Evaluate and build out the partner portal",
                      "Successfully implement the new planning system", "Launch the new app"])
    func objectivesThatNameADeliverable(_ title: String) {
        #expect(rules(document(title)).contains("objective-is-output"))
    }

    @Test(arguments: ["Build a company that thrives on feedback", "Deliver city services effectively", "Make replenishment effortless for every store manager"])
    func objectivesThatNameAnOutcome(_ title: String) {
        #expect(!rules(document(title)).contains("objective-is-output"))
    }

    @Test func remainingAsItIsIsBusinessAsUsual() {
        #expect(rules(document("Remain the first choice for regional shoppers")).contains("objective-business-as-usual"))
    }

    @Test(arguments: ["Three customers run structural searches every week", "Half of the queries are served by the new index",
                      "Raise the share of handovers done with the new app from 0% to 90%"])
    func adoptionInTheTeamsOwnWords(_ statement: String) {
        let found = rules(document("Launch the new search", ["Ship structural search to every customer", statement]))
        #expect(!found.contains("no-adoption-kr"))
    }

    @Test(arguments: ["Make use of the cache in every service", "Active users are tracked in the analytics"])
    func useOfCodeIsNotAdoption(_ statement: String) {
        let found = rules(document("Launch the new analytics", ["Ship the analytics pipeline", statement]))
        #expect(found.contains("no-adoption-kr"))
    }

    @Test func objectivesThatDeliverNothingAreNotAskedAboutAdoption() {
        #expect(!rules(document("Hit the revenue plan", ["Grow revenue from $2M to $3M", "Close 20 enterprise deals"])).contains("no-adoption-kr"))
        #expect(!rules(document("Staff the platform team", ["Hire a lead engineer", "Hire two platform engineers"])).contains("no-adoption-kr"))
        #expect(rules(document("Launch the new click-and-collect service", ["Launch in 120 stores", "Publish the customer FAQ"])).contains("no-adoption-kr"))
    }

    @Test func vanityNeedsANumberOfAttention() {
        #expect(kr("Grow site traffic from 10k to 50k").contains { $0.rule == "kr-vanity-metric" })
        #expect(!kr("Traffic is mirrored to the staging gateway").contains { $0.rule == "kr-vanity-metric" })
    }

    @Test func siloedDependsOnLevel() {
        func siloed(team: String, title: String) -> Bool {
            var objective = Objective(id: "O1", title: title)
            objective.addKeyResult(KeyResult(statement: "Raise the share of stores ordering through the app from 15% to 80%"))
            objective.addKeyResult(KeyResult(statement: "Cut stock-outs on top-100 items from 4.2% to 2.5%"))
            let document = Document(team: team, period: "2027-Q1",
                                    purpose: Purpose(who: "Store managers", change: "Less time on orders", evidence: "Orders in the app"),
                                    objectives: [objective])
            return Coach.builtin().review(document).contains { $0.rule == "siloed-objectives" }
        }
        #expect(siloed(team: "Store Operations", title: "Make replenishment effortless for every store manager"))
        #expect(!siloed(team: "City of Springfield", title: "Make replenishment effortless for every store manager"))
        #expect(!siloed(team: "Store Operations", title: "Help product teams ship replenishment changes faster"))
    }

    @Test func headingsBeforeTheStatementAreSkipped() {
        // The heading names the topic; the statement after it is what the coach reads.
        let measured = kr("Ticket volume [ASPIRATIONAL]: Reduce support tickets from 400 to 200 a month")
        #expect(measured.isEmpty, "\(measured.map(\.rule))")
        #expect(kr("Docs – Publish the API reference").contains { $0.rule == "kr-is-output" })
        #expect(kr("Update - IPFS can quickly update a large package repository").contains { $0.rule == "kr-not-measurable" })
        // A statement that opens with its own verb keeps it, whatever follows a colon.
        #expect(kr("Deploy services with HA: PostgreSQL, RabbitMQ, etcd").contains { $0.rule == "kr-is-output" })
    }

    @Test func statementsWithoutWordsAreReadSafely() {
        for statement in ["", "   ", "we will", "?", "—", "100%", "Successfully", "1,000,000,000: do it", "12,000 a: do it now"] {
            _ = kr(statement)
        }
        let fields = Coach.builtin().review(document(keyResults: [
            KeyResult(statement: "", baseline: 3, target: 5),
            KeyResult(statement: "we will", target: 5, unit: "stores"),
        ]))
        #expect(!fields.contains { $0.rule == "kr-not-measurable" })
    }
}
