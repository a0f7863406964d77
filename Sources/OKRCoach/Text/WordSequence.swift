/// A text as lowercased words, so phrases match on word boundaries only:
/// "use" matches "use the app" but not "user" or "reuse".
struct WordSequence: Equatable, Sendable {
    let words: [String]
    /// For each word, the bits of the word lists that have a phrase starting with it (see `Vocabulary.indexed`):
    /// one lookup per word answers every later "does list X start here", which the coach asks many times per statement.
    var masks: [UInt64]?

    init(_ text: String) {
        var text = text
        if let words = text.withUTF8({ WordSequence.asciiWords($0) }) {
            self.words = words
            return
        }
        var words: [String] = []
        var current = ""
        for character in text {
            if character == "'" || character == "’" { continue }
            if let ascii = character.asciiValue {
                // ASCII letters and digits from the byte; the Unicode tables only for the rest.
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii | 0x20) {
                    current.unicodeScalars.append(Unicode.Scalar(ascii | 0x20))
                } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii) {
                    current.unicodeScalars.append(Unicode.Scalar(ascii))
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            } else if character.isLetter || character.isNumber {
                current += character.lowercased()
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
    }

    /// The words of a statement the lexer has already split, so a key result is read once:
    /// letters and digits that touch become one word ("q2", "5k"), a number's decimal point
    /// splits it ("1.5" → "1", "5"), as `init(_:)` would. (Thousands separators are gone from
    /// the lexer's numbers, so "12,000" is one word here; no word list holds digits.)
    init<Tokens: RandomAccessCollection<StatementToken>>(tokens: Tokens) where Tokens.Index == Int {
        var words: [String] = []
        words.reserveCapacity(tokens.count)
        var current = ""
        // By index: iterating the tokens would copy each (and retain its text).
        for i in tokens.indices {
            guard tokens[i].kind != .symbol else {
                if !current.isEmpty { words.append(current); current = "" }
                continue
            }
            if !tokens[i].joined, !current.isEmpty {
                words.append(current)
                current = ""
            }
            let text = tokens[i].text
            if tokens[i].kind == .number, let point = text.utf8.firstIndex(of: UInt8(ascii: ".")) {
                current += String(text.utf8[..<point])!
                words.append(current)
                current = String(text.utf8[text.utf8.index(after: point)...])!
            } else if current.isEmpty {
                current = text
            } else {
                current += text
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
        masks = nil
    }

    /// Whether `init(_:)` splits the text into the words `init(tokens:)` makes of the lexer's tokens of
    /// it: plain ASCII without apostrophes or commas, the two marks read differently (the lexer keeps an
    /// apostrophe only between letters and a comma only inside a number, "12,000"; `init(_:)` drops
    /// every apostrophe and splits at every comma).
    static func splitsAsTokens(_ text: String) -> Bool {
        var text = text
        // On the bytes in place: walking the UTF-8 view checked an index at every byte.
        return text.withUTF8 { $0.allSatisfy { $0 < 0x80 && $0 != 0x0D && $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: ",") } }
    }

    init(words: [String], masks: [UInt64]? = nil) {
        self.words = words
        self.masks = masks
    }

    /// The same split for ASCII text, on its bytes (nil when the text is not ASCII): the coach
    /// splits every statement, metric and title, and walking a String's Characters costs far
    /// more than its bytes. A word without capitals or apostrophes is cut straight from the text.
    /// ("\r\n" is one Character but neither part is a letter or digit, so bytes split it the same.)
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        words.reserveCapacity(bytes.count / 4 + 1)
        var start = 0
        var plain = true
        for i in 0...bytes.count {
            let byte = i < bytes.count ? bytes[i] : 0x20
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "'"):
                plain = false
                continue
            case 0x80...:
                return nil
            default:
                if i > start {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    if plain {
                        words.append(String(decoding: word, as: UTF8.self))
                    } else if let folded = folded(word) {
                        words.append(folded)
                    }
                }
                start = i + 1
                plain = true
            }
        }
        return words
    }

    /// A word with capitals lowered and apostrophes dropped; nil when only apostrophes are left.
    private static func folded(_ word: UnsafeBufferPointer<UInt8>) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        for byte in word where byte != UInt8(ascii: "'") {
            bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
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

extension String {
    /// Whether the word ends in `suffix` (plain ASCII), compared on bytes: the coach asks this of
    /// every word of every statement ("-ed", "-ly", "-s"), and `hasSuffix` compares Characters.
    func endsWith(_ suffix: StaticString) -> Bool {
        let end = suffix.utf8CodeUnitCount
        let utf8 = self.utf8
        guard utf8.count >= end else { return false }
        return suffix.withUTF8Buffer { suffix in utf8.suffix(end).elementsEqual(suffix) }
    }
}
