import OKRCoach
import OKRModel
import OKRTestSupport

/// Builds documents that look like a real company's OKRs: varied objectives and
/// key result statements, good ones and ones the coach flags, with the fields
/// the workshop would have filled in from each statement.
struct DocumentGenerator {
    private var random: SeededRandom
    /// The period and day the documents are written in, as the workshop would read statements then.
    static let context = ParseContext(period: "2027-Q1", today: "2026-11-27")

    init(seed: UInt64 = 8) { random = SeededRandom(seed: seed) }

    static let people = [
        "store manager", "field engineer", "new customer", "small business owner", "nurse", "warehouse picker",
        "product team", "support agent", "sales rep", "first-time buyer", "teacher", "clinic receptionist",
        "fleet driver", "data analyst", "partner agency", "returning shopper", "claims handler", "recruiter",
    ]
    static let products = [
        "the ordering app", "self-service returns", "the shared deployment pipeline", "the help centre search",
        "the loyalty app", "digital invoices", "the route planner", "the booking portal", "the pricing dashboard",
        "the mobile checkout", "automated reminders", "the onboarding checklist", "the parts catalogue", "the team wiki",
    ]
    static let chores = [
        "manual stock orders", "chasing approvals", "re-keying invoices", "searching for parts", "scheduling visits",
        "answering the same questions", "fixing broken builds", "reconciling timesheets", "printing labels",
    ]
    static let places = ["regional stores", "clinics", "depots", "branches", "schools", "warehouses", "partner shops"]
    static let months = ["January", "February", "March", "the end of March", "Q1", "mid-February"]
    static let teams = ["Supply Planning", "Finance", "Customer Care", "Platform", "Marketing", "Field Operations", "Legal", "Data"]
    static let names = ["Ana", "Ben", "Chloé", "Dmitri", "Eun-ji", "Farah", "Gustavo", "Hana", "Ivo", "Jun", "Kofi", "Lena", "Māui", "Noor"]

    /// One objective title; about a third of them trip a coaching rule, as real drafts do.
    mutating func objectiveTitle() -> String {
        let who = random.pick(Self.people)
        switch random.int(0...11) {
        case 0, 1: return "Make \(random.pick(Self.products).dropFirst(4)) effortless for every \(who)"
        case 2: return "Help every \(who) spend less time on \(random.pick(Self.chores))"
        case 3: return "Turn \(who)s into regular users of \(random.pick(Self.products))"
        case 4: return "Earn the trust of \(who)s in our \(random.pick(Self.places))"
        case 5: return "Give every \(who) the answers they need without waiting"
        case 6: return "Launch \(random.pick(Self.products)) in all \(random.pick(Self.places))"
        case 7: return "Increase online sales by \(random.int(5...40))%"
        case 8: return "Maintain \(random.pick(["shrink", "uptime", "stock accuracy", "first-call resolution"])) at current levels"
        case 9: return "Migrate \(random.pick(["billing", "search", "payroll", "inventory"])) to the new platform"
        case 10: return "Be the \(random.pick(["brand", "clinic", "shop", "service"])) every \(who) talks about"
        default: return "Cut the time \(who)s lose on \(random.pick(Self.chores))"
        }
    }

    /// One key result statement from template `kind`; numbers, people and products vary.
    mutating func statement(kind: Int) -> String {
        let a = random.int(5...45)
        let b = a + random.int(10...50)
        let who = random.pick(Self.people)
        let product = random.pick(Self.products)
        switch kind {
        case 0: return "Raise the share of \(who)s using \(product) from \(a)% to \(b)% by \(random.pick(Self.months))"
        case 1: return "Cut stock-outs on top-\(random.pick([50, 100, 200])) items from \(Double(a) / 10)% to \(Double(a) / 20)%"
        case 2: return "Reduce time \(who)s spend on \(random.pick(Self.chores)) from \(a / 4 + 3) to \(a / 10 + 1) hours per week"
        case 3: return "Grow weekly active users of \(product) from \(a * 1000) to \(b * 1000)"
        case 4: return "Increase average basket for returning customers from $\(a + 20) to $\(b + 20)"
        case 5: return "Launch \(product) in \(a * 4) \(random.pick(Self.places)) by \(random.pick(Self.months))"
        case 6: return "Train \(a * 10) \(who)s on \(product)"
        case 7: return "Publish the \(random.pick(["customer FAQ", "runbook", "style guide", "price list"])) for \(product)"
        case 8: return "Improve the \(random.pick(["checkout", "onboarding", "booking", "support"])) experience"
        case 9: return "Keep \(random.pick(["shrink", "churn", "error rate"])) below \(Double(a) / 10)% of sales"
        case 10: return "Grow Instagram followers from \(a)k to \(b)k"
        case 11: return "Pass the \(random.pick(["SOC 2 Type II", "ISO 27001", "PCI DSS"])) audit"
        case 12: return "Cut median lead time from commit to production from \(a / 5 + 2) days to \(a / 10 + 1) hours"
        case 13: return "Raise the share of support questions answered through \(product) from \(a)% to \(b)% by 2027-03-31"
        case 14: return "Reduce tickets per 1,000 customers from \(b) to \(a)"
        default: return "Increase the share of \(who)s who order again within 60 days from \(a)% to \(b)%"
        }
    }

    static let statementKinds = 16

    /// A key result as the workshop would store it: the statement plus what the parser read from it.
    mutating func keyResult(kind: Int) -> KeyResult {
        let text = statement(kind: kind)
        let parsed = KeyResultParser.parse(text, context: Self.context)
        var keyResult = KeyResult(
            statement: text, metric: parsed.metric, baseline: parsed.baseline, target: parsed.target, unit: parsed.unit,
            direction: parsed.direction, due: parsed.due
        )
        keyResult.owner = random.pick(Self.names)
        keyResult.confidence = Double(random.int(3...8)) / 10
        if random.chance(20) { keyResult.indicator = random.chance(50) ? .leading : .lagging }
        if random.chance(15) { keyResult.focus = random.pick(Focus.allCases) }
        return keyResult
    }

    /// A document as the workshop leaves it once the purpose questions are answered: team, period and purpose set, no objectives yet.
    static func workshopDocument() -> Document {
        Document(
            team: "Store Operations", period: "2027-Q1", createdAt: "2026-11-27T10:00:00Z", updatedAt: "2026-11-27T11:30:00Z",
            participants: ["Ana", "Ben", "Chloé"],
            purpose: Purpose(
                who: "Store managers in our regional stores",
                change: "They spend their time with customers, not on manual stock orders",
                evidence: "Most orders go through the app; shelves run empty less often"
            ),
            notes: ["Parking lot: pricing questions for the category team"]
        )
    }

    /// Weekly check-in dates, Mondays from January 4th 2027 (twelve fill the 2027-Q1 period; more run
    /// past it, up to the year's end): the as-of date of `okr status` in the benchmark is the last one.
    static func checkInDates(_ count: Int) -> [String] {
        (0..<min(count, 52)).map { week in
            var month = 1
            var day = 4 + 7 * week
            while day > CalendarDate.daysIn(month: month, year: 2027) {
                day -= CalendarDate.daysIn(month: month, year: 2027)
                month += 1
            }
            return CalendarDate.format(year: 2027, month: month, day: day)
        }
    }

    /// `count` weekly check-ins as a team would record them: a number moving from the baseline towards
    /// the target at its own pace, with noise and the odd week standing still; a milestone done from
    /// some week on; confidence between 3/10 and 9/10.
    mutating func checkIns(for keyResult: KeyResult, count: Int) -> [CheckIn] {
        let pace = Double(random.int(20...130)) / 100
        let doneWeek = random.int(2...count + 4)
        var value = keyResult.baseline ?? (keyResult.target ?? 0) * 0.5
        return Self.checkInDates(count).enumerated().map { week, date in
            let confidence = Double(random.int(3...9)) / 10
            guard let target = keyResult.target else { return CheckIn(date: date, value: week >= doneWeek ? 1 : 0, confidence: confidence) }
            let start = keyResult.baseline ?? target * 0.5
            if week > 0, !random.chance(25) {
                let planned = start + (target - start) * pace * Double(week) / Double(max(1, count - 1))
                value = planned + (target - start) * Double(random.int(-5...5)) / 100
            }
            return CheckIn(date: date, value: (value * 100).rounded() / 100, confidence: confidence)
        }
    }

    /// `objectives` objectives of `keyResults` key results each, with a team, period, purpose and KPIs;
    /// with `checkIns`, that many weekly check-ins per key result and weekly readings of each KPI.
    mutating func document(objectives: Int, keyResults: Int, checkIns: Int = 0) -> Document {
        var document = Self.workshopDocument()
        document.kpis = [
            KPI(id: "K1", name: "Stock-out rate on top-100 items", unit: "%", current: 4.2),
            KPI(id: "K2", name: "Orders placed through the app", unit: "%", current: 15),
        ]
        if checkIns > 0 {
            document.kpis[0].better = .lower
            document.kpis[1].better = .higher
            for (i, date) in Self.checkInDates(checkIns).enumerated() {
                document.kpis[0].record(Reading(date: date, value: Double(42 - i) / 10))
                document.kpis[1].record(Reading(date: date, value: 15 + 2 * Double(i)))
            }
        }
        for n in 1...max(objectives, 1) where n <= objectives {
            // Ids set directly: `addObjective` scans every id, which is quadratic over 20,000 objectives.
            var objective = Objective(id: "O\(n)", title: objectiveTitle())
            objective.type = random.chance(60) ? .committed : .aspirational
            objective.owner = random.pick(Self.names)
            if random.chance(40) { objective.sharedWith = [random.pick(Self.teams)] }
            if random.chance(30) { objective.kpis = [random.chance(50) ? "K1" : "K2"] }
            // Distinct templates within one objective, so duplicates are rare as in real drafts.
            var kinds: [Int] = []
            while kinds.count < keyResults {
                let kind = random.int(0...Self.statementKinds - 1)
                if !kinds.contains(kind) || kinds.count >= Self.statementKinds { kinds.append(kind) }
            }
            for (k, kind) in kinds.enumerated() {
                var keyResult = keyResult(kind: kind)
                keyResult.id = "O\(n).KR\(k + 1)"
                for checkIn in self.checkIns(for: keyResult, count: checkIns) { keyResult.record(checkIn) }
                objective.keyResults.append(keyResult)
            }
            if random.chance(5) { objective.accepted = ["objective-is-output"] }
            document.objectives.append(objective)
        }
        return document
    }
}
