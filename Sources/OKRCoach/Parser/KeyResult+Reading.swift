import OKRModel

extension KeyResult {
    /// Takes the fields a reading of the statement gives. `over`: what the reading says replaces what
    /// the key result holds (a text restated in the workshop says what it means now); otherwise the
    /// reading only fills what it holds nothing for (an imported sheet's own columns win). Either way a
    /// field the reading did not find is left as it is.
    public mutating func take(_ parsed: ParsedKeyResult, over: Bool) {
        func pick<T>(_ own: T?, _ read: T?) -> T? { over ? read ?? own : own ?? read }
        metric = pick(metric, parsed.metric)
        baseline = pick(baseline, parsed.baseline)
        target = pick(target, parsed.target)
        unit = pick(unit, parsed.unit)
        direction = pick(direction, parsed.direction)
        due = pick(due, parsed.due)
    }
}
