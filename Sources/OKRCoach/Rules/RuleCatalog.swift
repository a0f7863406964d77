/// The rules of DESIGN.md's catalog, then the outcome review's: stable ids, default severities and
/// the failure mode each guards against, in the order `okr rules` lists them.
enum RuleCatalog {
    struct Entry: Sendable {
        let id: String
        let severity: Severity
        let failureMode: Int
        var family: Family = .drafting
    }

    /// When a rule can first speak: on a draft, once there are check-ins, once there are grades, or on a set.
    enum Family: Sendable {
        case drafting, outcome, grades, across
    }

    static let entries: [Entry] = [
        Entry(id: "purpose-missing", severity: .error, failureMode: 3),
        Entry(id: "objective-has-metric", severity: .warning, failureMode: 5),
        Entry(id: "objective-too-long", severity: .warning, failureMode: 5),
        Entry(id: "objective-business-as-usual", severity: .warning, failureMode: 3),
        Entry(id: "objective-is-output", severity: .warning, failureMode: 2),
        Entry(id: "kr-not-measurable", severity: .error, failureMode: 5),
        Entry(id: "kr-is-output", severity: .warning, failureMode: 2),
        Entry(id: "kr-binary", severity: .warning, failureMode: 1),
        Entry(id: "kr-no-baseline", severity: .info, failureMode: 5),
        Entry(id: "kr-health-metric", severity: .warning, failureMode: 3),
        Entry(id: "kr-vanity-metric", severity: .warning, failureMode: 1),
        Entry(id: "kr-count", severity: .warning, failureMode: 5),
        Entry(id: "no-adoption-kr", severity: .warning, failureMode: 1),
        Entry(id: "no-leading-indicator", severity: .info, failureMode: 2),
        Entry(id: "duplicate-kr", severity: .warning, failureMode: 5),
        Entry(id: "too-many-objectives", severity: .warning, failureMode: 5),
        Entry(id: "siloed-objectives", severity: .info, failureMode: 4),
        Entry(id: "kpis-unlinked", severity: .info, failureMode: 3),
        // The outcome review: run once a document has check-ins, as of a date.
        Entry(id: "delivery-ahead-of-adoption", severity: .warning, failureMode: 1, family: .outcome),
        Entry(id: "kpi-up-outcome-flat", severity: .warning, failureMode: 2, family: .outcome),
        Entry(id: "confidence-without-progress", severity: .warning, failureMode: 2, family: .outcome),
        Entry(id: "kpi-side-effect", severity: .warning, failureMode: 4, family: .outcome),
        Entry(id: "check-in-overdue", severity: .info, failureMode: 3, family: .outcome),
        // The retrospective's reading of the grades: run once a key result has a grade.
        Entry(id: "grades-all-high", severity: .info, failureMode: 2, family: .grades),
        Entry(id: "committed-missed", severity: .warning, failureMode: 3, family: .grades),
        Entry(id: "outcome-missed", severity: .warning, failureMode: 1, family: .grades),
        // Across documents: run on a set (`okr lint FOLDER`), never on one document alone.
        Entry(id: "shared-one-sided", severity: .warning, failureMode: 4, family: .across),
        Entry(id: "kpi-tug-of-war", severity: .warning, failureMode: 4, family: .across),
        Entry(id: "duplicate-across-teams", severity: .warning, failureMode: 4, family: .across),
        Entry(id: "alignment-broken", severity: .warning, failureMode: 4, family: .across),
        Entry(id: "unaligned-objective", severity: .info, failureMode: 4, family: .across),
        Entry(id: "parent-unsupported", severity: .info, failureMode: 4, family: .across),
        Entry(id: "period-mismatch", severity: .info, failureMode: 4, family: .across),
    ]
}
