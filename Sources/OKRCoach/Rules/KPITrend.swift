import OKRModel

/// How a KPI moved during the period, up to the as-of date: its first and last readings there, and
/// whether that is better. Judged only by the KPI's `better`, which the team sets; never guessed.
struct KPITrend {
    let kpi: KPI
    let first: Reading
    let last: Reading

    /// Nil unless the KPI has two readings in the period up to `asOf` (any up to `asOf` when the
    /// period has no dates) and they differ.
    init?(_ kpi: KPI, period: PeriodDates?, asOf: String) {
        let start = period?.start ?? ""
        let readings = kpi.history.filter { $0.date >= start && $0.date <= asOf }
        guard let first = readings.first, let last = readings.last, first.value != last.value else { return nil }
        self.kpi = kpi
        self.first = first
        self.last = last
    }

    /// True when it moved the way `better` says is good, false the other way; nil when `better` is not set.
    var improved: Bool? {
        kpi.better.map { $0 == .higher ? last.value > first.value : last.value < first.value }
    }

    /// "K1 Stock-out rate 4.2% → 3.1% (2027-01-04 → 2027-02-15)": what the finding read.
    var text: String {
        let unit = kpi.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
        return "\(kpi.id) \(TextSafety.clip(kpi.name, limit: 40)) \(ScoreText.number(first.value))\(unit) → "
            + "\(ScoreText.number(last.value))\(unit) (\(first.date) → \(last.date))"
    }
}
