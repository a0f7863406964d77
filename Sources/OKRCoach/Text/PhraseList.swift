/// A word list's phrases, kept in order and also grouped by their first word,
/// so a text is matched by looking up its own words instead of trying every
/// phrase at every word (the lists hold hundreds of verb forms).
struct PhraseList: Sendable {
    let phrases: [Phrase]
    /// The phrases starting with a word, in list order.
    private let byFirstWord: [String: [Phrase]]
    /// A bit per (first byte, last byte, length) of the first words: most words of a text
    /// start no phrase, and this tells so without hashing the word (a Bloom filter of one hash).
    private let firstWordBits: [UInt64]

    init(_ phrases: [Phrase]) {
        self.phrases = phrases
        var byFirstWord: [String: [Phrase]] = [:]
        var bits = [UInt64](repeating: 0, count: PhraseList.filterWords)
        for phrase in phrases {
            guard let first = phrase.words.first else { continue }
            byFirstWord[first, default: []].append(phrase)
            let bit = PhraseList.filterBit(first)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.byFirstWord = byFirstWord
        firstWordBits = bits
    }

    private static let filterWords = 64

    private static func filterBit(_ word: String) -> Int {
        let utf8 = word.utf8
        let first = Int(utf8.first ?? 0), last = Int(utf8.last ?? 0)
        return (first &* 131 &+ last &* 31 &+ utf8.count) & (filterWords * 64 - 1)
    }

    /// The non-empty phrases that could match where the text has `word`, in list order.
    func starting(with word: String) -> [Phrase] {
        let bit = PhraseList.filterBit(word)
        guard firstWordBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return [] }
        return byFirstWord[word] ?? []
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
