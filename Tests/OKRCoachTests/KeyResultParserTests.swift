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
}
