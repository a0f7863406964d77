import OKRModel

/// A number's name as the rules across documents compare it: lower case, words only, small words
/// aside, so "Stock-out rate" and "the stock out rate" are one number.
public enum MetricKey {
    public static func of(_ name: String) -> String? {
        let lower = name.lowercased()
        // ASCII names, nearly all of them, split on their bytes: a Character's Unicode properties cost
        // more than the rest of the work, for every key result of a company's documents.
        let words: [Substring]
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            words = lower.split { !($0.asciiValue.map { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) } ?? false) }
        } else {
            words = lower.split { !$0.isLetter && !$0.isNumber }
        }
        let kept = words.filter { !["the", "a", "an", "of", "our"].contains($0) }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// The key of a key result's metric, when it has one.
    public static func of(_ keyResult: KeyResult) -> String? {
        keyResult.metric.flatMap(of)
    }
}
