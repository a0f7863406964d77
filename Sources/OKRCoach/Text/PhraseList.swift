/// A word list's phrases, kept in order and also grouped by their first word,
/// so a text is matched by looking up its own words instead of trying every
/// phrase at every word (the lists hold hundreds of verb forms).
///
/// A class: rules take a list from the vocabulary many times per statement, on several threads,
/// and a shared object is one reference count to touch, not one per stored table.
final class PhraseList: Sendable {
    let phrases: [Phrase]
    /// The phrases starting with a word, in list order.
    private let byFirstWord: WordMap<[Phrase]>

    init(_ phrases: [Phrase]) {
        self.phrases = phrases
        var byFirstWord: [String: [Phrase]] = [:]
        for phrase in phrases {
            guard let first = phrase.words.first else { continue }
            byFirstWord[first, default: []].append(phrase)
        }
        self.byFirstWord = WordMap(byFirstWord)
    }

    /// The non-empty phrases that could match where the text has `word`, in list order.
    func starting(with word: String) -> [Phrase] {
        byFirstWord[word] ?? []
    }
}

extension WordSequence {
    /// `contains(any: list.phrases)`, looking up each word of the text.
    func contains(any list: PhraseList) -> Bool {
        for (i, word) in words.enumerated() {
            if list.starting(with: word).contains(where: { matches($0, at: i) }) { return true }
        }
        return false
    }

    /// `opens(with: list.phrases, skipping: fillers.phrases)`, looking up the opening word.
    /// Fillers are dropped in list order, as before: the first filler in the list that matches goes.
    func opens(with list: PhraseList, skipping fillers: PhraseList) -> Bool {
        var start = 0
        while start < words.count, let filler = fillers.starting(with: words[start]).first(where: { matches($0, at: start) }) {
            start += filler.words.count
        }
        guard start < words.count else { return false }
        return list.starting(with: words[start]).contains { matches($0, at: start) }
    }
}
