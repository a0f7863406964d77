import OKRModel

/// Values as pages write them: `1,200 orders/month`, `15% → 80%`, `7/10`, `Q2 2027`, `—` for none.
enum MarkdownValue {
    /// okr's Markdown writes `—` where a value is unset.
    static func isNone(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty || trimmed == "—" || trimmed == "-" || trimmed == "?"
    }

    /// `1,200 orders/month` → (1200, "orders/month"); `15%` → (15, "%"); `4.2` → (4.2, nil).
    static func quantity(_ text: String) -> (value: Double, unit: String?)? {
        let trimmed = text.trimmingWhitespace()
        guard let match = trimmed.wholeMatch(of: /([-+−]?)([$€£]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(.*)/) else { return nil }
        let digits = String(match.3).replacingAll(",", with: "") + (match.4.map(String.init) ?? "")
        guard var value = Double(digits) else { return nil }
        if !match.1.isEmpty, match.1 != "+" { value = -value }
        let currency = String(match.2)
        let rest = String(match.5).trimmingWhitespace()
        let unit = !currency.isEmpty ? currency : rest.isEmpty ? nil : rest
        return (value, unit)
    }

    /// `15% → 80%`, `? → 12,500 €`, `0 → ?` (okr's "From → to"), also `15 -> 80`.
    static func change(_ text: String) -> (baseline: Double?, target: Double?, unit: String?)? {
        let parts = text.split(separator: "→", omittingEmptySubsequences: false).count == 2
            ? text.split(separator: "→", omittingEmptySubsequences: false)
            : text.components(of: "->")
        guard parts.count == 2 else { return nil }
        let from = isNone(String(parts[0])) ? nil : quantity(String(parts[0]))
        let to = isNone(String(parts[1])) ? nil : quantity(String(parts[1]))
        guard from != nil || to != nil else { return nil }
        return (from?.value, to?.value, to?.unit ?? from?.unit)
    }

    /// `7.5/10`, `75%`, `0.75` and `7` (out of ten) as the 0–1 share format v1 keeps; nil for words
    /// ("High"), which have no agreed number.
    static func confidence(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace()
        if let match = trimmed.wholeMatch(of: /(\d+(?:\.\d+)?)\s*\/\s*10/), let value = Double(match.1) { return value / 10 }
        guard let quantity = quantity(trimmed) else { return nil }
        if quantity.unit == "%" { return quantity.value / 100 }
        guard quantity.unit == nil else { return nil }
        return quantity.value <= 1 ? quantity.value : quantity.value <= 10 ? quantity.value / 10 : nil
    }

    /// "committed", "aspirational (a stretch…)", "Stretch" → the type; nil for anything else.
    static func objectiveType(_ text: String) -> ObjectiveType? {
        let lower = text.lowercased()
        if lower.hasPrefix("committed") || lower.hasPrefix("commit") { return .committed }
        if lower.hasPrefix("aspirational") || lower.hasPrefix("stretch") || lower.hasPrefix("moonshot") { return .aspirational }
        return nil
    }

    /// A list as written on one line, split where `separator` is not escaped with a backslash
    /// (okr's Markdown escapes a comma inside a name, "Ana\, Jr."), each item made plain.
    static func list(_ raw: String, separator: Character) -> [String] {
        split(raw, at: separator).map(MarkdownInline.plain).filter { !isNone($0) }
    }

    /// `raw` cut where `separator` is not escaped with a backslash, the escapes kept for the inline
    /// reading to undo: a list's items, a table row's cells.
    static func split(_ raw: String, at separator: Character) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var escaped = false
        for character in raw {
            if escaped {
                piece.append(character)
                escaped = false
            } else if character == "\\" {
                piece.append(character)
                escaped = true
            } else if character == separator {
                pieces.append(piece)
                piece = ""
            } else {
                piece.append(character)
            }
        }
        pieces.append(piece)
        return pieces
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }

    fileprivate func components(of separator: String) -> [Substring] {
        guard let range = firstRange(of: separator) else { return [Substring(self)] }
        return [self[..<range.lowerBound], self[range.upperBound...]]
    }
}
