import OKRModel

/// An objective's key results read on first use: scores need a statement only where the key result's
/// own numbers leave a gap, and the outcome review only where a rule asks what a key result is for.
/// `okr status` on a large document spent most of its time reading statements it did not need.
final class TraitsCache {
    private let keyResults: [KeyResult]
    private let vocabulary: Vocabulary
    private let context: ParseContext
    private var read: [KeyResultTraits?]

    init(_ keyResults: [KeyResult], vocabulary: Vocabulary, context: ParseContext) {
        self.keyResults = keyResults
        self.vocabulary = vocabulary
        self.context = context
        read = Array(repeating: nil, count: keyResults.count)
    }

    subscript(k: Int) -> KeyResultTraits {
        if let traits = read[k] { return traits }
        let traits = KeyResultTraits(keyResults[k], vocabulary: vocabulary, context: context)
        read[k] = traits
        return traits
    }
}
