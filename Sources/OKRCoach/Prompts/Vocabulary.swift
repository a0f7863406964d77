/// Every word list of `words.txt`, read into phrases once so rules match fast.
struct Vocabulary: Sendable {
    /// Indexed by `WordList.position`: rules ask for lists many times per key result, and an
    /// array index is cheaper than hashing the list's name.
    private let lists: [PhraseList]
    /// The one-word phrases of each list, built once: rules ask for them for every key result.
    private let singleWords: [WordSet]

    /// Fails when a list is missing or empty: a rule with no words would go silent without anyone noticing.
    init(_ file: PromptFile) throws(PromptFileError) {
        var lists: [WordList: [Phrase]] = [:]
        for list in WordList.allCases {
            guard let section = file[list.rawValue] else {
                throw PromptFileError(file: file.name, line: 0, message: "the word list [\(list.rawValue)] is missing")
            }
            var phrases = section.items.map(Phrase.init).filter { !$0.words.isEmpty }
            guard !phrases.isEmpty else {
                throw PromptFileError(file: file.name, line: section.line, message: "the word list [\(list.rawValue)] is empty")
            }
            if list.holdsVerbs { phrases = phrases.flatMap(\.verbForms) }
            lists[list] = Array(Set(phrases)).sorted { $0.words.count > $1.words.count }
        }
        var indexed = Array(repeating: PhraseList([]), count: WordList.allCases.count)
        var single = Array(repeating: WordSet([String]()), count: WordList.allCases.count)
        var masks: [String: UInt64] = [:]
        for (list, phrases) in lists {
            let bit: UInt64 = 1 << UInt64(list.position)
            indexed[list.position] = PhraseList(phrases, bit: bit)
            single[list.position] = WordSet(phrases.filter { $0.words.count == 1 }.map { $0.words[0] })
            for phrase in phrases { masks[phrase.words[0], default: 0] |= bit }
        }
        self.lists = indexed
        singleWords = single
        firstWordMasks = WordMap(masks)
    }

    /// Which lists have a phrase starting with each word, as bits (`WordList.position`).
    private let firstWordMasks: WordMap<UInt64>

    /// The text's words with their masks, so the coach's many list checks skip words no list starts with.
    func indexed(_ text: String) -> WordSequence {
        indexed(WordSequence(text))
    }

    func indexed(_ sequence: WordSequence) -> WordSequence {
        var sequence = sequence
        sequence.masks = sequence.words.map { firstWordMasks[$0] ?? 0 }
        return sequence
    }

    subscript(list: WordList) -> PhraseList {
        lists[list.position]
    }

    /// The set of single words in a list, for word-by-word checks.
    func words(_ list: WordList) -> WordSet {
        singleWords[list.position]
    }
}
