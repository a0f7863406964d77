/// Periods as teams spell them ("Q2 2027", "2027 Q2", "H1/2027") in okr's spelling ("2027-Q2"), the one
/// whose dates okr can read: a wiki title and a sheet's period column often use the others.
enum PeriodSpelling {
    /// The period a text names, as okr writes periods: "Q2 2027", "2027 Q2", "2027-Q2" → "2027-Q2";
    /// "H1 2027" → "2027-H1". The text matched comes back too, so the rest of a title can name the team.
    static func find(in text: String) -> (period: String, matched: Range<String.Index>)? {
        if let match = text.firstMatch(of: /(?i)\b(Q[1-4]|H[12])[\s\/-]*(?:FY\s*)?((?:19|20)\d{2})\b/) {
            return ("\(match.2)-\(match.1.uppercased())", match.range)
        }
        if let match = text.firstMatch(of: /(?i)\b((?:19|20)\d{2})[\s\/-]*(Q[1-4]|H[12])\b/) {
            return ("\(match.1)-\(match.2.uppercased())", match.range)
        }
        return nil
    }

    /// A cell that is just a period, in okr's spelling; any other text as it is.
    static func normalised(_ text: String) -> String {
        guard let found = find(in: text), found.matched == text.startIndex..<text.endIndex else { return text }
        return found.period
    }
}
