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
    /// This list's bit in the masks of a text read through `Vocabulary.indexed` (0: no mask, look every word up).
    let bit: UInt64

    init(_ phrases: [Phrase], bit: UInt64 = 0) {
        self.phrases = phrases
        self.bit = bit
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
    /// `contains(any: list.phrases)`, looking up each word of the text (only the words whose mask says
    /// the list has a phrase starting with them, when the text was read through `Vocabulary.indexed`).
    func contains(any list: PhraseList) -> Bool {
        for i in words.indices where matchesAny(list, at: i) { return true }
        return false
    }

    /// Whether the text opens with one of the list's phrases, after its fillers and adverbs (see `head`).
    func opens(with list: PhraseList, skipping fillers: PhraseList) -> Bool {
        matchesAny(list, at: head(skipping: fillers))
    }

    /// False only when the masks show no phrase of the list starts at word `i`.
    func mayStart(_ list: PhraseList, at i: Int) -> Bool {
        guard let masks, list.bit != 0 else { return true }
        return masks[i] & list.bit != 0
    }

    /// Whether one of the list's phrases starts at word `i`.
    func matchesAny(_ list: PhraseList, at i: Int) -> Bool {
        guard i < words.count, mayStart(list, at: i) else { return false }
        return list.starting(with: words[i]).contains { matches($0, at: i) }
    }

    /// Where the statement's own words begin: after fillers ("we will", "to"), dropped in list
    /// order, and adverbs ("successfully implement", "fully migrate"), so the verb that heads it is read.
    func head(skipping fillers: PhraseList) -> Int {
        var start = 0
        while start < words.count {
            if let filler = fillers.starting(with: words[start]).first(where: { matches($0, at: start) }) {
                start += filler.words.count
            } else if start + 1 < words.count, WordSequence.isAdverb(words[start]) {
                start += 1
            } else {
                break
            }
        }
        return start
    }

    /// "successfully", "fully", "publicly": a word ending in -ly that is not a noun or verb that happens to.
    static func isAdverb(_ word: String) -> Bool {
        word.utf8.count > 4 && word.endsWith("ly") && !notAdverbs.contains(word)
    }

    private static let notAdverbs: WordSet = [
        "supply", "apply", "reply", "family", "assembly", "july", "italy", "early", "monthly", "weekly", "daily", "quarterly", "yearly",
    ]
}
