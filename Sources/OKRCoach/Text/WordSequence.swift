/// A text as lowercased words, so phrases match on word boundaries only:
/// "use" matches "use the app" but not "user" or "reuse".
struct WordSequence: Equatable, Sendable {
    let words: [String]

    init(_ text: String) {
        var words: [String] = []
        var current = ""
        for character in text {
            if character == "'" || character == "’" { continue }
            if character.isLetter || character.isNumber {
                current += character.lowercased()
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
    }

    init(words: [String]) { self.words = words }

    /// Whether the phrase occurs anywhere as whole words.
    func contains(_ phrase: Phrase) -> Bool {
        firstIndex(of: phrase) != nil
    }

    func contains(any phrases: [Phrase]) -> Bool {
        phrases.contains { contains($0) }
    }

    func firstIndex(of phrase: Phrase) -> Int? {
        let n = phrase.words.count
        guard n > 0, words.count >= n else { return nil }
        for i in 0...(words.count - n) where words[i] == phrase.words[0] {
            if Array(words[i..<(i + n)]) == phrase.words { return i }
        }
        return nil
    }

    /// Whether the text opens with one of the phrases, after dropping fillers such as "we will" or "to".
    func opens(with phrases: [Phrase], skipping fillers: [Phrase] = []) -> Bool {
        let rest = droppingLeading(fillers)
        return phrases.contains { rest.hasPrefix($0) }
    }

    func hasPrefix(_ phrase: Phrase) -> Bool {
        !phrase.words.isEmpty && words.count >= phrase.words.count && Array(words.prefix(phrase.words.count)) == phrase.words
    }

    /// The text without any leading filler phrases.
    func droppingLeading(_ fillers: [Phrase]) -> WordSequence {
        var rest = self
        while let filler = fillers.first(where: { rest.hasPrefix($0) }) {
            rest = WordSequence(words: Array(rest.words.dropFirst(filler.words.count)))
        }
        return rest
    }
}
