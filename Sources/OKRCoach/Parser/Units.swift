/// The unit words the parser knows, mapped to the names it reports.
enum Units {
    static let time: WordMap<String> = [
        "ms": "milliseconds", "millisecond": "milliseconds", "milliseconds": "milliseconds",
        "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
        "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
        "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
        "d": "days", "day": "days", "days": "days",
        "w": "weeks", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
        "month": "months", "months": "months", "year": "years", "years": "years", "yr": "years", "yrs": "years",
    ]

    /// Length of each time unit in seconds, to compare "3 days" with "24 hours".
    static let seconds: WordMap<Double> = [
        "milliseconds": 0.001, "seconds": 1, "minutes": 60, "hours": 3_600, "days": 86_400,
        "weeks": 604_800, "months": 2_629_800, "years": 31_557_600,
    ]

    static let currencySymbols: WordMap<String> = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"]
    static let currencyWords: WordMap<String> = [
        "usd": "USD", "dollars": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR", "gbp": "GBP",
        "chf": "CHF", "jpy": "JPY", "inr": "INR", "cad": "CAD", "aud": "AUD",
    ]

    /// Sizes of data: "1.5MB", "200 KB".
    static let sizes: WordMap<String> = ["kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB"]

    /// Joined suffixes that scale a number: 1.5k, 2M, 3bn.
    static let scales: WordMap<Double> = [
        "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mm": 1_000_000, "million": 1_000_000,
        "b": 1_000_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
    ]

    /// Periods of a rate: "/month", "per week", "a day".
    static let periods: WordMap<String> = [
        "month": "month", "mo": "month", "week": "week", "wk": "week", "day": "day", "year": "year",
        "yr": "year", "quarter": "quarter", "hour": "hour", "hr": "hour", "shift": "shift",
    ]

    /// Words after a number that name what is counted only together with the next word ("200 new customers").
    static let countAdjectives: WordSet = [
        "new", "more", "additional", "extra", "active", "paying", "unique", "qualified", "enterprise", "weekly",
        "monthly", "daily", "repeat", "returning", "open", "critical", "major", "high", "priority", "key", "senior", "junior", "full", "time",
    ]

    /// Words that cannot be a counted noun.
    static let notNouns: WordSet = [
        "by", "to", "from", "in", "on", "of", "at", "and", "or", "for", "the", "a", "an", "per", "within", "before",
        "until", "than", "with", "across", "each", "every", "while", "over", "under", "below", "above", "vs", "versus",
        "is", "are", "was", "be", "this", "that", "next", "last", "q", "h", "or", "less", "fewer", "times",
    ]

    /// Words before a number that make it part of a name: "SOC 2", "Level 3", "top 10", "Phase 2".
    static let labels: WordSet = [
        "soc", "iso", "level", "phase", "tier", "wave", "version", "stage", "step", "release", "sprint", "grade",
        "category", "class", "priority", "top", "covid", "wcag", "pci", "gen", "generation", "round", "p", "age", "aged", "ages",
    ]
}
