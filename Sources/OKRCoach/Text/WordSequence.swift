/// A text as lowercased words, so phrases match on word boundaries only:
/// "use" matches "use the app" but not "user" or "reuse".
struct WordSequence: Equatable, Sendable {
    let words: [String]

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            words = WordSequence.asciiWords(text)
            return
        }
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

    /// The same split for ASCII text, byte by byte: the coach splits every statement and title,
    /// and walking a String's Characters costs far more than its bytes.
    /// ("\r\n" is one Character but neither part is a letter or digit, so bytes split it the same.)
    private static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "'"):
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

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
        for i in 0...(words.count - n) where matches(phrase, at: i) {
            return i
        }
        return nil
    }

    /// Whether the text opens with one of the phrases, after dropping fillers such as "we will" or "to".
    /// Works on indices: the coach asks this several times for every key result, so nothing is copied.
    func opens(with phrases: [Phrase], skipping fillers: [Phrase] = []) -> Bool {
        let start = leadingFillerCount(fillers)
        return phrases.contains { matches($0, at: start) }
    }

    func hasPrefix(_ phrase: Phrase) -> Bool {
        matches(phrase, at: 0)
    }

    /// The text without any leading filler phrases.
    func droppingLeading(_ fillers: [Phrase]) -> WordSequence {
        WordSequence(words: Array(words[leadingFillerCount(fillers)...]))
    }

    /// How many words the leading filler phrases take up.
    private func leadingFillerCount(_ fillers: [Phrase]) -> Int {
        var start = 0
        while let filler = fillers.first(where: { matches($0, at: start) }) {
            start += filler.words.count
        }
        return start
    }

    /// Whether a non-empty phrase's words are the words from `start` on.
    func matches(_ phrase: Phrase, at start: Int) -> Bool {
        let n = phrase.words.count
        guard n > 0, words.count - start >= n else { return false }
        for k in 0..<n where words[start + k] != phrase.words[k] { return false }
        return true
    }
}
