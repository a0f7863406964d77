import OKRCoach
import OKRModel

/// How one cell's text becomes a value of the document. Each reader returns the value, or a message
/// saying what the cell should hold; an empty cell is never read (it leaves the value unset).
enum CSVCell {
    /// A plain number as okr writes it (`1200`, `-4.2`, `1e-07`), read exactly; otherwise a number
    /// as a person types it in a sheet (`1,200`, `4.2%`, `$2M`, `3 days`), with its unit.
    static func number(_ text: String) -> Result<(value: Double, unit: String?), Message> {
        if isPlainNumber(text), let value = JSONNumber.read(text) { return .success((value, nil)) }
        if let read = KeyResultParser.number(text) { return .success(read) }
        return .failure(Message("\"\(text)\" is not a number; write it as 1200, 4.2 or 4.2%"))
    }

    /// 0–1 as stored (`0.7`), or as people give it: `7` or `7/10` on a scale of ten, `70%`.
    static func confidence(_ text: String) -> Result<Double, Message> {
        share(text, of: "confidence")
    }

    /// A final grade, read as a confidence is: `0.7`, `7`, `7/10` or `70%`.
    static func grade(_ text: String) -> Result<Double, Message> {
        share(text, of: "grade")
    }

    private static func share(_ text: String, of what: String) -> Result<Double, Message> {
        if isPlainNumber(text), let value = JSONNumber.read(text), (0...1).contains(value) { return .success(value) }
        let failure = Message("\(what) \"\(text)\" is not one okr reads; write 0.7, 7/10 or 70%")
        var body = Substring(text)
        var scale = 1.0
        if body.hasSuffix("%") {
            body = body.dropLast()
            scale = 100
        } else if body.hasSuffix("/10") {
            body = body.dropLast(3)
            scale = 10
        }
        let number = String(body).trimmingWhitespace()
        guard isPlainNumber(number), let value = JSONNumber.read(number), value >= 0 else { return .failure(failure) }
        if scale == 1, value > 1 { scale = 10 }
        guard value / scale <= 1 else { return .failure(failure) }
        return .success(value / scale)
    }

    /// A date as `2027-03-31`, also with `/` or a time after it, as spreadsheets write dates.
    static func date(_ text: String) -> Result<String, Message> {
        if CalendarDate.isValid(text) { return .success(text) }
        let day = String(text.prefix(10)).replacingSlashes()
        let rest = text.dropFirst(10)
        if CalendarDate.isValid(day), rest.isEmpty || rest.first == " " || rest.first == "T" { return .success(day) }
        return .failure(Message("\"\(text)\" is not a date okr reads; write it as 2027-03-31 (year, month, day)"))
    }

    /// One of an enumeration's values, by its own name or a word people use for it.
    static func choice<T>(_ text: String, _ words: [String: T], what: String) -> Result<T, Message> {
        if let value = words[text] { return .success(value) }
        let key = text.trimmingWhitespace().lowercased()
        if let value = words[key] { return .success(value) }
        let names = Set(words.keys.filter { !$0.contains(" ") }).sorted()
        return .failure(Message("\(what) \"\(text)\" is not one okr reads; use \(names.joined(separator: ", "))"))
    }

    static let types: [String: ObjectiveType] = [
        "committed": .committed, "commit": .committed, "committed objective": .committed,
        "aspirational": .aspirational, "stretch": .aspirational, "moonshot": .aspirational, "aspirational objective": .aspirational,
    ]
    static let directions: [String: Direction] = [
        "increase": .increase, "up": .increase, "raise": .increase, "higher": .increase, "increasing": .increase,
        "decrease": .decrease, "down": .decrease, "reduce": .decrease, "lower": .decrease, "decreasing": .decrease,
        "maintain": .maintain, "keep": .maintain, "hold": .maintain,
        "at-least": .atLeast, "at least": .atLeast, "minimum": .atLeast, ">=": .atLeast, "≥": .atLeast,
        "at-most": .atMost, "at most": .atMost, "maximum": .atMost, "<=": .atMost, "≤": .atMost,
    ]
    static let indicators: [String: Indicator] = ["leading": .leading, "lagging": .lagging]
    static let focuses: [String: Focus] = ["adoption": .adoption, "delivery": .delivery, "business": .business]

    /// Names in one cell, separated by semicolons, each trimmed (`Sales; Supply Planning`). Commas are
    /// not separators: names hold them ("Ana, Jr.").
    static func names(_ text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: ";")) else {
            let name = trimmed(text)
            return name.isEmpty ? [] : [name]
        }
        return text.split(separator: ";").map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// The text without white space around it; a text that starts and ends with a visible ASCII
    /// character (nearly every cell) is returned without looking at its Characters.
    static func trimmed(_ text: String) -> String {
        // The ends read from the contiguous bytes: `utf8.last` went through the generic collection.
        let visibleEnds = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        }
        return visibleEnds == true ? text : text.trimmingWhitespace()
    }

    /// Free texts in one cell (the parking lot), separated by `;` and the one space the export writes
    /// after it; the rest of each text is kept as written, its own spaces included.
    static func texts(_ text: String) -> [String] {
        text.split(separator: ";", omittingEmptySubsequences: false).enumerated().map { i, part in
            String(i > 0 && part.hasPrefix(" ") ? part.dropFirst() : part)
        }
    }

    /// Digits with an optional sign, fraction and exponent: the only text read as a number (`Double(_:)`
    /// also takes `inf`, `nan` and hexadecimal).
    private static func isPlainNumber(_ text: String) -> Bool {
        var seenDigit = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): seenDigit = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard previous == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return false }
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return false
            }
            previous = byte
        }
        return seenDigit
    }

    /// What is wrong with a cell, for the person fixing the sheet.
    struct Message: Error, Equatable {
        var text: String
        init(_ text: String) { self.text = text }
    }
}

private extension String {
    func replacingSlashes() -> String {
        String(map { $0 == "/" ? "-" : $0 })
    }
}
