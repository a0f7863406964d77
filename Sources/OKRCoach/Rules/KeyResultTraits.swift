import OKRModel

/// What the coach reads into one key result. The person's own `focus` and
/// `indicator` tags, and the structured fields, win over guesses from the words.
struct KeyResultTraits {
    let keyResult: KeyResult
    let words: WordSequence
    let parsed: ParsedKeyResult
    /// Opens with a task verb: "Launch…", "Train 200 nurses…".
    let opensWithActivity: Bool
    let isOutput: Bool
    let isAdoption: Bool
    let isLagging: Bool

    init(_ keyResult: KeyResult, vocabulary v: Vocabulary, context: ParseContext) {
        self.keyResult = keyResult
        let words = WordSequence(keyResult.statement)
        self.words = words
        parsed = KeyResultParser.parse(keyResult.statement, context: context)
        let fillers = v[.fillers]
        opensWithActivity = words.opens(with: v[.krActivities], skipping: fillers)
        let measuresChange = words.opens(with: v[.changeVerbs], skipping: fillers)
        let guessedAdoption = !opensWithActivity
            && (words.contains(any: v[.adoptionWords]) || KeyResultTraits.measuresBehaviour(words, v))
        let reportsDeliverable = !measuresChange && words.contains(any: v[.krDeliverables])
        let guessedOutput = opensWithActivity || (reportsDeliverable && !guessedAdoption)
        isOutput = keyResult.focus.map { $0 == .delivery } ?? guessedOutput
        isAdoption = keyResult.focus.map { $0 == .adoption } ?? guessedAdoption
        isLagging = keyResult.indicator.map { $0 == .lagging }
            ?? (!isAdoption && !isOutput && words.contains(any: v[.laggingWords]))
    }

    var target: Double? { keyResult.target ?? parsed.target }
    var baseline: Double? { keyResult.baseline ?? parsed.baseline }
    var direction: Direction? { keyResult.direction ?? parsed.direction }

    /// What the key result measures: the team's `metric` when given, else the parser's reading.
    var metric: String? {
        if let metric = keyResult.metric, !metric.allSatisfy(\.isWhitespace) { return metric }
        return parsed.metric
    }

    /// "share of stores ordering…", "% of nurses who document…", "share of claims
    /// submitted through the app": people doing something, or doing it a new way.
    private static func measuresBehaviour(_ words: WordSequence, _ v: Vocabulary) -> Bool {
        let shares = v.words(.shareWords)
        let notBehaviour = v.words(.notBehaviour)
        let channels = v.words(.channelWords)
        let w = words.words
        for i in w.indices.dropLast() where w[i + 1] == "of" && (shares.contains(w[i]) || w[i].first?.isNumber == true) {
            for j in (i + 2)..<min(w.count, i + 7) {
                if w[j] == "who" || w[j] == "that" { return true }
                if w[j].count > 4, w[j].hasSuffix("ing"), !notBehaviour.contains(w[j]) { return true }
                if w[j].count > 3, w[j].hasSuffix("ed"), j + 1 < w.count, channels.contains(w[j + 1]) { return true }
            }
        }
        return false
    }
}
