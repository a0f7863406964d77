import OKRCoach
import OKRModel
import Testing

@Suite("Key result parser")
struct KeyResultParserTests {
    let q1 = ParseContext(period: "2027-Q1")

    func parse(_ statement: String, _ context: ParseContext = ParseContext(period: "2027-Q1")) -> ParsedKeyResult {
        KeyResultParser.parse(statement, context: context)
    }

    @Test func fromToPercentWithISODate() {
        let r = parse("Raise the share of stores ordering through the app from 15% to 80% by 2027-03-31")
        #expect(r == ParsedKeyResult(metric: "share of stores ordering through the app", baseline: 15, target: 80, unit: "%",
                                     direction: .increase, due: "2027-03-31", missing: []))
    }

    @Test func thousandsSeparator() {
        let r = parse("Grow weekly active members from 12,000 to 20,000")
        #expect(r.baseline == 12_000)
        #expect(r.target == 20_000)
        #expect(r.metric == "weekly active members")
        #expect(r.direction == .increase)
    }

    @Test func scaledNumbers() {
        #expect(parse("Grow newsletter readers who click through to 1.5k").target == 1_500)
        let money = parse("Grow ARR from $1.2M to $2M")
        #expect(money.baseline == 1_200_000)
        #expect(money.target == 2_000_000)
        #expect(money.unit == "USD")
        #expect(money.metric == "ARR")
        #expect(parse("Reach 2 million euros in online orders").target == 2_000_000)
        #expect(parse("Reach 2 million euros in online orders").unit == "EUR")
        #expect(parse("Win €3bn in new contracts").target == 3_000_000_000)
    }

    @Test func decimalPercent() {
        let r = parse("Cut the stock-out rate on top-100 items from 4.2% to 2.5%")
        #expect(r.baseline == 4.2)
        #expect(r.target == 2.5)
        #expect(r.unit == "%")
        #expect(r.direction == .decrease)
        #expect(r.metric == "stock-out rate on top-100 items")
    }

    @Test func timeUnitsAreConverted() {
        let r = parse("Cut average replenishment lead time from 3 days to 24 hours")
        #expect(r.baseline == 72)
        #expect(r.target == 24)
        #expect(r.unit == "hours")
        #expect(r.direction == .decrease)
        #expect(r.metric == "average replenishment lead time")
        let joined = parse("Bring median ticket response from 36h to 4h")
        #expect(joined.baseline == 36)
        #expect(joined.unit == "hours")
        #expect(parse("Reduce time to hire from 45 to 30 working days").unit == "days")
        #expect(parse("Cut checkout page load to 800 ms").unit == "milliseconds")
    }

    @Test func rates() {
        let r = parse("Reduce P1 incidents to <3/month")
        #expect(r.target == 3)
        #expect(r.unit == "per month")
        #expect(r.direction == .decrease)
        #expect(r.metric == "P1 incidents")
        #expect(parse("Lower patient falls from 12 per month to 4 per month").unit == "per month")
        #expect(parse("Lower patient falls from 12 per month to 4 per month").baseline == 12)
        #expect(parse("Keep failed deployments under 2 a week").direction == .maintain)
        #expect(parse("Keep failed deployments under 2 a week").unit == "per week")
        #expect(parse("Raise spend from $20 to $26 per order").unit == "USD per order")
    }

    @Test func comparatorGivesDirectionWithoutVerb() {
        let r = parse("Unplanned downtime <2 hours per month")
        #expect(r.direction == .decrease)
        #expect(r.target == 2)
        #expect(r.unit == "hours per month")
        #expect(parse("Ward staff satisfaction above 80%").direction == .increase)
    }

    @Test func plainCounts() {
        let counted = parse("Grow the number of stores ordering daily from 40 to 120 stores")
        #expect(counted.target == 120)
        #expect(counted.unit == "stores")
        let hire = parse("Hire 5 senior engineers by March")
        #expect(hire.target == 5)
        #expect(hire.unit == "engineers")
        #expect(hire.metric == "senior engineers")
        #expect(hire.due == "2027-03-31")
        #expect(parse("Raise NPS from 32 to 45").unit == "count")
        #expect(parse("Zero lost-time injuries in the warehouses").target == 0)
    }

    @Test func doubleAndHalve() {
        let double = parse("Double weekly active users of the self-service portal")
        #expect(double.target == 2)
        #expect(double.unit == "x")
        #expect(double.direction == .increase)
        #expect(double.metric == "weekly active users of the self-service portal")
        #expect(double.missing == [.baseline, .due])
        let halve = parse("Halve the time nurses spend on paperwork by the end of Q2")
        #expect(halve.target == 0.5)
        #expect(halve.direction == .decrease)
        #expect(halve.due == "2027-06-30")
        #expect(halve.metric == "time nurses spend on paperwork")
        #expect(parse("Triple repeat orders").target == 3)
    }

    @Test func relativeTargetWithBy() {
        let r = parse("Increase online revenue by 20%")
        #expect(r.target == 20)
        #expect(r.unit == "%")
        #expect(r.baseline == nil)
        #expect(r.direction == .increase)
        #expect(r.metric == "online revenue")
    }

    @Test func dueDates() {
        #expect(parse("Reach 80% of stores ordering in the app by March").due == "2027-03-31")
        #expect(parse("Reach 80% of stores ordering in the app by the end of the quarter").due == "2027-03-31")
        #expect(parse("Reach 80% of stores ordering in the app by end of Q2").due == "2027-06-30")
        #expect(parse("Reach 80% of stores ordering in the app by March 15th").due == "2027-03-15")
        #expect(parse("Reach 80% of stores ordering in the app by 15 February 2028").due == "2028-02-15")
        #expect(parse("Reach 80% of stores ordering in the app by year end").due == "2027-12-31")
        #expect(parse("Reach 80% of stores ordering in the app in H2").due == "2027-12-31")
        // A month before the period starts means next year.
        #expect(parse("Reach 80% by February", ParseContext(period: "2027-Q4")).due == "2028-02-29")
        // Without a period, today settles the year.
        #expect(parse("Reach 80% by March", ParseContext(today: "2026-11-27")).due == "2027-03-31")
        #expect(parse("Reach 80% by the end of the quarter", ParseContext(today: "2026-11-27")).due == "2026-12-31")
        // Nothing to settle the year with: the date stays missing rather than guessed.
        #expect(parse("Reach 80% by March", ParseContext()).due == nil)
        // "may" the verb is not May the month.
        #expect(parse("Share of teams that may opt in rises from 10% to 40%").due == nil)
    }

    @Test func namesAreNotNumbers() {
        let r = parse("Reduce Q2 stock-outs on top-100 items in 24/7 stores")
        #expect(r.target == nil)
        #expect(r.due == "2027-06-30")
        #expect(parse("Pass the SOC 2 audit").target == nil)
        #expect(parse("Move 5G rollout sites").target == nil)
    }

    @Test func noNumbersReportsWhatIsMissing() {
        let r = parse("Improve NPS")
        #expect(r.metric == "NPS")
        #expect(r.direction == .increase)
        #expect(r.missing == [.baseline, .target, .unit, .due])
        let bare = parse("Launch the new onboarding flow")
        #expect(bare.target == nil)
        #expect(bare.baseline == nil)
        #expect(bare.missing.contains(.target))
        #expect(bare.missing.contains(.direction))
        let empty = parse("")
        #expect(empty.missing == KeyResultField.allCases)
    }

    @Test func missingIsInAskingOrder() {
        let r = parse("80% of nurses using the bedside app")
        #expect(r.target == 80)
        #expect(r.metric == "nurses using the bedside app")
        #expect(r.missing == [.baseline, .direction, .due])
    }

    // Issue 12, class 2: the forms real teams write numbers in.

    @Test func numbersInWords() {
        let r = parse("Ninety-five percent of requests are answered within a day")
        #expect(r.target == 95)
        #expect(r.unit == "%")
        #expect(parse("Twenty five stores order through the app").target == 25)
        let atLeast = parse("At least four customers run structural searches")
        #expect(atLeast.target == 4)
        #expect(atLeast.unit == "customers")
        #expect(atLeast.direction == .increase)
        #expect(parse("Sign a dozen new partners").target == 12)
        #expect(parse("Three hundred planners use the forecast").target == 300)
        // Pronouns and names stay words.
        #expect(parse("Make one of the reports self-service").target == nil)
        #expect(parse("Ship one-click reorder").target == nil)
    }

    @Test func quantifiersMeanAllOrNone() {
        let all = parse("All services report their health to the new dashboard")
        #expect(all.target == 100)
        #expect(all.unit == "%")
        #expect(all.form == .quantifier)
        #expect(parse("Every team deploys through the shared pipeline").target == 100)
        #expect(parse("Each region runs its own forecast").target == 100)
        let none = parse("No open incidents older than a week")
        #expect(none.target == 0)
        #expect(none.unit == "incidents")
        #expect(none.direction == .decrease)
        let half = parse("Half of the queries are served by the new index")
        #expect(half.target == 50)
        #expect(half.unit == "%")
        // A rhythm is not a quantifier, and a bare wish is not a count.
        #expect(parse("Publish a release note every week").target == nil)
        #expect(parse("No distractions").target == nil)
    }

    @Test func placeholdersGiveNoTarget() {
        let n = parse("Reach N monthly users")
        #expect(n.target == nil)
        #expect(n.form == .placeholder)
        #expect(n.missing.contains(.target))
        let x = parse("Grow bookings to X% of plan")
        #expect(x.target == nil)
        #expect(x.unit == "%")
        #expect(x.form == .placeholder)
        #expect(x.relative)
        // A capital letter that names something is not a placeholder.
        #expect(parse("Feature Z is on for every user by default").form == .quantifier)
    }

    @Test func rangesAndTolerances() {
        let range = parse("Keep weekly deliveries between 3 and 5")
        #expect(range.form == .range)
        #expect(range.target == 5)
        #expect(range.direction == .maintain)
        let tolerance = parse("Spend within ±25% of plan")
        #expect(tolerance.form == .tolerance)
        #expect(tolerance.target == 25)
        #expect(tolerance.unit == "%")
        #expect(tolerance.direction == .maintain)
        #expect(tolerance.relative)
        #expect(parse("Spend within +/-10% of budget").form == .tolerance)
        let ceiling = parse("Resolve P1 tickets in 5.5 hours or less")
        #expect(ceiling.target == 5.5)
        #expect(ceiling.unit == "hours")
        #expect(ceiling.direction == .decrease)
        #expect(parse("Browser bundle is not more than 1.5MB").unit == "MB")
    }

    @Test func statedReferencesAndSteps() {
        let quarter = parse("Grow weekly orders by 10% compared to last quarter")
        #expect(quarter.target == 10)
        #expect(quarter.relative)
        #expect(parse("Grow sign-ups month over month").relative)
        let plan = parse("Reach 120% of plan")
        #expect(plan.target == 120)
        #expect(plan.relative)
        let step = parse("Grow the platform team by +2 people")
        #expect(step.target == 2)
        #expect(step.form == .change)
        #expect(step.fromZero)
        #expect(parse("Reduce bugs by 25%").relative)
        #expect(parse("Sign 200 new customers").fromZero)
        #expect(parse("Run the retro for the first time with the whole department").fromZero)
        let current = parse("200k views per month of the articles (current is 125k)")
        #expect(current.baseline == 125_000)
        #expect(current.target == 200_000)
    }

    @Test func ranksAndRatings() {
        let rank = parse("Rank in the top 5 of the app store")
        #expect(rank.target == 5)
        #expect(rank.unit == "rank")
        #expect(rank.form == .rank)
        #expect(parse("Become the #1 planning tool for stores").form == .rank)
        // "top 10 customers" names a group.
        #expect(parse("Interview the top 10 customers").form != .rank)
        let rating = parse("Nurses rate the handover 4.5/5 or higher")
        #expect(rating.target == 4.5)
        #expect(rating.unit == "/5")
        #expect(rating.form == .rating)
        #expect(rating.direction == .increase)
        #expect(parse("Score 8 out of 10 in the onboarding survey").unit == "/10")
        // 24/7 is still a name.
        #expect(parse("Answer 24/7 calls").form != .rating)
    }

    @Test func ratesPerACount() {
        let falls = parse("Cut falls from 4.1 to 2.5 per 1,000 bed-days")
        #expect(falls.baseline == 4.1)
        #expect(falls.target == 2.5)
        #expect(falls.unit == "per 1000 bed-days")
        #expect(falls.direction == .decrease)
        #expect(parse("Reduce errors to 3 per 100k requests").unit == "per 100000 requests")
    }

    @Test func versionsAfterANameAreNotTargets() {
        #expect(parse("Support Python 3.12 in the build").target == nil)
        #expect(parse("Upgrade every service to Drupal 10").target == 100)
        // In Title Case a capital says nothing about names.
        #expect(parse("Increase Weekly Active Users To 500").target == 500)
    }

    @Test func aLineThatIsJustANumber() {
        #expect(KeyResultParser.number("4.2")?.value == 4.2)
        #expect(KeyResultParser.number("4.2%")?.unit == "%")
        #expect(KeyResultParser.number("$2M")?.value == 2_000_000)
        #expect(KeyResultParser.number("3 days")?.unit == "days")
        #expect(KeyResultParser.number("ninety")?.value == 90)
        #expect(KeyResultParser.number("12.")?.value == 12)
        // A sentence holding numbers is not one number (issue 13, item 6).
        #expect(KeyResultParser.number("Increase satisfaction from 3.1 to 4.2 by 15 March") == nil)
        #expect(KeyResultParser.number("about 4") == nil)
        #expect(KeyResultParser.number("N") == nil)
        #expect(KeyResultParser.number("") == nil)
    }
}
