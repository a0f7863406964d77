import OKRModel

/// Finds the due date of a statement: "by 2027-03-31", "by March 31", "by the
/// end of Q2", "by the end of the quarter", "in H1", "by year end".
enum DueDateScanner {
    struct Match: Equatable {
        var date: String?
        /// Token indices the date phrase covers, including "by" or "end of".
        var tokens: Range<Int>
    }

    private static let monthNumbers: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let months = WordMap(monthNumbers)

    /// Words that introduce a date; a bare month name only counts after one of them
    /// ("by May", not "may improve").
    private static let triggerWords = ["by", "before", "until", "till", "in", "on", "due", "end", "of", "through", "during"]
    private static let triggers = WordSet(triggerWords)
    private static let ordinals: WordSet = ["st", "nd", "rd", "th"]
    /// Every word a date can start with in `match`: quarters and halves, "quarter", "year",
    /// "eoq", "eoy", the triggers and the months (the lexer marks them, `WordClasses.dateStart`).
    static let starters = WordSet(["q", "h", "quarter", "year", "eoq", "eoy"] + triggerWords + monthNumbers.keys)

    static func scan(_ tokens: [StatementToken], calendar: PeriodCalendar) -> Match? {
        for i in tokens.indices {
            if let match = match(at: i, tokens, calendar) {
                return Match(date: match.date, tokens: leadIn(before: match.tokens.lowerBound, tokens)..<match.tokens.upperBound)
            }
        }
        return nil
    }

    private static let leadWords: WordSet = ["by", "before", "until", "till", "in", "on", "due", "end", "of", "the", "through", "during", "no", "later", "than"]

    /// Extends a date back over "by", "by the end of", "before", "in".
    private static func leadIn(before index: Int, _ tokens: [StatementToken]) -> Int {
        var start = index
        while start > 0, tokens[start - 1].kind == .word, leadWords.contains(tokens[start - 1].text) { start -= 1 }
        return start
    }

    private static func match(at i: Int, _ t: [StatementToken], _ calendar: PeriodCalendar) -> Match? {
        // Only a number or a word marked as a date start can start a date; most tokens are settled before they are copied.
        guard t[i].kind == .number || t[i].classes.contains(.dateStart) else { return nil }
        let token = t[i]
        func number(_ j: Int) -> Int? {
            guard j < t.count, t[j].kind == .number, let v = t[j].value, v == v.rounded() else { return nil }
            return Int(v)
        }
        func year(at j: Int) -> Int? {
            guard let y = number(j), t[j].text.count == 4, (1900...2200).contains(y) else { return nil }
            return y
        }
        // 2027-03-31
        if token.kind == .number, token.text.count == 4, i + 4 < t.count,
           t[i + 1].isSymbol("-"), t[i + 1].joined, t[i + 2].kind == .number, t[i + 2].joined,
           t[i + 3].isSymbol("-"), t[i + 3].joined, t[i + 4].kind == .number, t[i + 4].joined {
            let text = token.text + "-" + t[i + 2].text + "-" + t[i + 4].text
            return Match(date: CalendarDate.isValid(text) ? text : nil, tokens: i..<(i + 5))
        }
        // A number starts a date only as above.
        guard token.kind == .word else { return nil }
        let previous = i > 0 ? t[i - 1].text : ""
        // Q2, Q2 2027, H1
        if (token.text == "q" || token.text == "h"), let n = number(i + 1), t[i + 1].joined {
            let isQuarter = token.text == "q"
            guard isQuarter ? (1...4).contains(n) : (1...2).contains(n) else { return nil }
            var end = i + 2
            var explicitYear: Int?
            if let y = year(at: end) { explicitYear = y; end += 1 }
            let date = isQuarter ? calendar.endOf(quarter: n, year: explicitYear) : calendar.endOf(half: n, year: explicitYear)
            return Match(date: date, tokens: i..<end)
        }
        // the end of the quarter / the year; quarter end; year end; this quarter
        if token.text == "quarter" || token.text == "year", previous == "the" || previous == "this" || previous == "of" || (i + 1 < t.count && t[i + 1].isWord("end")) {
            let isEnd = previous == "the" && i >= 3 && t[i - 2].isWord("of") && t[i - 3].isWord("end")
                || previous == "of" && i >= 2 && t[i - 2].isWord("end")
                || previous == "this"
                || (i + 1 < t.count && t[i + 1].isWord("end"))
            guard isEnd else { return nil }
            var end = i + 1
            if end < t.count, t[end].isWord("end") { end += 1 }
            return Match(date: token.text == "quarter" ? calendar.endOfCurrentQuarter() : calendar.endOfCurrentYear(), tokens: i..<end)
        }
        // Compared one by one: an array literal here was built for every word of every statement.
        if token.text == "eoq" || token.text == "eoy" {
            return Match(date: token.text == "eoq" ? calendar.endOfCurrentQuarter() : calendar.endOfCurrentYear(), tokens: i..<(i + 1))
        }
        // by 2027 / end of 2027
        if triggers.contains(token.text), token.text != "of" || previous == "end", let y = year(at: i + 1),
           !(i + 2 < t.count && t[i + 2].isSymbol("-") && t[i + 2].joined) {
            return Match(date: CalendarDate.format(year: y, month: 12, day: 31), tokens: (i + 1)..<(i + 2))
        }
        // March, March 31, March 31st 2027, 31 March 2027, the 31st of March
        guard let month = months[token.text] else { return nil }
        var start = i
        var end = i + 1
        var day: Int?
        if let d = number(i + 1), (1...31).contains(d), t[i + 1].text.count <= 2 {
            day = d
            end = i + 2
            if end < t.count, t[end].kind == .word, t[end].joined, ordinals.contains(t[end].text) { end += 1 }
        } else {
            var j = i - 1
            if j >= 0, t[j].isWord("of") { j -= 1 }
            if j >= 0, t[j].kind == .word, ordinals.contains(t[j].text), t[j].joined { j -= 1 }
            if j >= 0, let d = number(j), (1...31).contains(d), t[j].text.count <= 2 {
                day = d
                start = j
            }
        }
        if end < t.count, t[end].isSymbol(",") { end += 1 }
        var explicitYear: Int?
        if let y = year(at: end) { explicitYear = y; end += 1 } else if end > i + 1, t[end - 1].isSymbol(",") { end -= 1 }
        let introduced = start > 0 && triggers.contains(t[start - 1].text) || (start > 1 && t[start - 1].isWord("the") && triggers.contains(t[start - 2].text))
        guard day != nil || explicitYear != nil || introduced else { return nil }
        guard let year = explicitYear ?? calendar.year(forMonth: month) else { return Match(date: nil, tokens: start..<end) }
        let lastDay = CalendarDate.daysIn(month: month, year: year)
        guard (day ?? lastDay) <= lastDay else { return Match(date: nil, tokens: start..<end) }
        return Match(date: CalendarDate.format(year: year, month: month, day: day ?? lastDay), tokens: start..<end)
    }
}
