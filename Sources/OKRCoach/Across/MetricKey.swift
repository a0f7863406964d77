import OKRModel

/// A number's name as the rules across documents compare it: lower case, words only, small words
/// aside, so "Stock-out rate" and "the stock out rate" are one number.
public enum MetricKey {
    public static func of(_ name: String) -> String? {
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { !["the", "a", "an", "of", "our"].contains($0) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The key of a key result's metric, when it has one.
    public static func of(_ keyResult: KeyResult) -> String? {
        keyResult.metric.flatMap(of)
    }
}
