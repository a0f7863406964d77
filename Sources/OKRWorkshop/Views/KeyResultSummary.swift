import OKRModel

/// A short reading of a key result's structured fields, e.g.
/// "share of stores ordering through the app: 15% → 80%, by 2027-03-31".
enum KeyResultSummary {
    static func describe(_ keyResult: KeyResult) -> String {
        let numbers = self.numbers(keyResult)
        guard let metric = keyResult.metric, !metric.isEmpty else { return numbers }
        return numbers.isEmpty ? metric : "\(metric): \(numbers)"
    }

    /// The numbers and date alone, "15% → 80%, by 2027-03-31": where the statement is shown beside them.
    static func numbers(_ keyResult: KeyResult) -> String {
        var parts: [String] = []
        switch (keyResult.baseline, keyResult.target) {
        case let (baseline?, target?):
            parts.append("\(NumberText.format(baseline, unit: keyResult.unit)) → \(NumberText.format(target, unit: keyResult.unit))")
        case let (nil, target?):
            parts.append("target \(NumberText.format(target, unit: keyResult.unit))")
        case let (baseline?, nil):
            parts.append("from \(NumberText.format(baseline, unit: keyResult.unit))")
        case (nil, nil):
            break
        }
        if let direction = keyResult.direction, keyResult.baseline == nil || keyResult.target == nil {
            parts.append(direction.rawValue)
        }
        if let due = keyResult.due { parts.append("by \(due)") }
        return parts.joined(separator: ", ")
    }
}
