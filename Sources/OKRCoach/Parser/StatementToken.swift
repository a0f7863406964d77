import OKRModel

/// One piece of a key result statement: a word, a number or a single symbol,
/// with where it sits, so the metric can be cut out of the original text.
struct StatementToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case word, number, symbol }

    var kind: Kind
    /// Lowercased for words; the character itself for symbols; digits as written for numbers.
    var text: String
    /// The value of a number, thousands separators removed.
    var value: Double?
    /// Character offsets in the statement.
    var start: Int
    var end: Int
    /// No space between this token and the previous one ("1.5k", "Q2", "80%").
    var joined: Bool
    /// A word written with a capital first letter: "Python 3" names a version, "N" stands for a number left out.
    var capitalised = false
    /// What the word can be to the parser (empty for numbers and symbols), looked up once here.
    var classes: WordClasses = []

    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}

/// Splits a statement into tokens. Numbers keep thousands separators and
/// decimals together ("12,000", "4.2"); letters and digits are split ("Q2" → q, 2).
enum StatementLexer {
    static func tokens(_ statement: String) -> [StatementToken] {
        var statement = statement
        if let tokens = statement.withUTF8({ isPlainASCII($0) ? asciiTokens($0) : nil }) { return tokens }
        let chars = Array(statement)
        // Each Character's ASCII value, asked once: the checks below asked it, or compared Strings, several times per Character.
        let ascii = chars.map(\.asciiValue)
        // `Character.isLetter`, answered from the byte for ASCII: asking the Unicode tables was a tenth of
        // the lexer's time on statements with a curly quote.
        func letterAt(_ j: Int) -> Bool { ascii[j].map(isLetter) ?? chars[j].isLetter }
        var tokens: [StatementToken] = []
        var i = 0
        var spaced = true
        while i < chars.count {
            let c = chars[i]
            if ascii[i].map(isSpace) ?? c.isWhitespace {
                spaced = true
                i += 1
                continue
            }
            let start = i
            if let first = ascii[i], isDigit(first) {
                var digits = String(Unicode.Scalar(first))
                var hasPoint = false
                i += 1
                while i < chars.count {
                    if let digit = ascii[i], isDigit(digit) {
                        digits.unicodeScalars.append(Unicode.Scalar(digit)); i += 1
                    } else if ascii[i] == UInt8(ascii: ","), isThousandsGroup(after: i, count: ascii.count, isDigit: { ascii[$0].map(isDigit) == true }) {
                        i += 1
                    } else if ascii[i] == UInt8(ascii: "."), i + 1 < chars.count, ascii[i + 1].map(isDigit) == true, !hasPoint {
                        digits.append("."); hasPoint = true; i += 1
                    } else {
                        break
                    }
                }
                tokens.append(StatementToken(kind: .number, text: digits, value: JSONNumber.read(digits), start: start, end: i, joined: !spaced))
            } else if letterAt(i) {
                var word = ""
                while i < chars.count, letterAt(i) || ((ascii[i] == UInt8(ascii: "'") || ascii[i] == nil && chars[i] == "’") && i + 1 < chars.count && letterAt(i + 1)) {
                    // Most letters of a statement that is not all ASCII still are: lowered without a String each.
                    if let letter = ascii[i] {
                        if letter != UInt8(ascii: "'") { word.unicodeScalars.append(Unicode.Scalar(letter | 0x20)) }
                    } else if chars[i].isLetter {
                        word += chars[i].lowercased()
                    }
                    i += 1
                }
                let capitalised = ascii[start].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ?? c.isUppercase
                tokens.append(StatementToken(kind: .word, text: word, start: start, end: i, joined: !spaced, capitalised: capitalised,
                                             classes: WordClasses.of(word)))
            } else {
                i += 1
                tokens.append(StatementToken(kind: .symbol, text: String(c), start: start, end: i, joined: !spaced))
            }
            spaced = false
        }
        return tokens
    }

    /// ASCII without carriage returns: every byte is one Character (only "\r\n" joins two),
    /// so byte offsets are Character offsets and the statement can be read as bytes.
    static func isPlainASCII(_ statement: UnsafeBufferPointer<UInt8>) -> Bool {
        statement.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `tokens(_:)` for plain ASCII, on bytes: the same tokens, several times faster than
    /// splitting into Characters (the lexer runs on every statement `okr lint` reads).
    private static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [StatementToken] {
        var tokens: [StatementToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var i = 0
        var spaced = true
        while i < bytes.count {
            let c = bytes[i]
            if isSpace(c) {
                spaced = true
                i += 1
                continue
            }
            let start = i
            if isDigit(c) {
                // Thousands separators are left out of the text; without any, the digits are cut from the statement.
                var separators = false
                var hasPoint = false
                i += 1
                while i < bytes.count {
                    if isDigit(bytes[i]) {
                        i += 1
                    } else if bytes[i] == UInt8(ascii: ","), isThousandsGroup(after: i, count: bytes.count, isDigit: { isDigit(bytes[$0]) }) {
                        separators = true; i += 1
                    } else if bytes[i] == UInt8(ascii: "."), i + 1 < bytes.count, isDigit(bytes[i + 1]), !hasPoint {
                        hasPoint = true; i += 1
                    } else {
                        break
                    }
                }
                let written = UnsafeBufferPointer(rebasing: bytes[start..<i])
                let text = separators
                    ? String(decoding: written.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
                    : String(decoding: written, as: UTF8.self)
                tokens.append(StatementToken(kind: .number, text: text, value: JSONNumber.read(text), start: start, end: i, joined: !spaced))
            } else if isLetter(c) {
                // Lowercase words without apostrophes (nearly all) are cut from the statement as they are.
                var plain = true
                while i < bytes.count, isLetter(bytes[i]) || (bytes[i] == UInt8(ascii: "'") && i + 1 < bytes.count && isLetter(bytes[i + 1])) {
                    if bytes[i] < UInt8(ascii: "a") { plain = false }
                    i += 1
                }
                let written = UnsafeBufferPointer(rebasing: bytes[start..<i])
                // Others are lowered into the new String's own storage (a lazy filter went through the generic, slow path).
                let text = plain
                    ? String(decoding: written, as: UTF8.self)
                    : String(unsafeUninitializedCapacity: written.count) { buffer in
                        var n = 0
                        for byte in written where isLetter(byte) {
                            buffer[n] = byte | 0x20
                            n += 1
                        }
                        return n
                    }
                tokens.append(StatementToken(kind: .word, text: text, start: start, end: i, joined: !spaced,
                                             capitalised: c < UInt8(ascii: "a"), classes: plain ? WordClasses.of(utf8: written) : WordClasses.of(text)))
            } else {
                i += 1
                tokens.append(StatementToken(kind: .symbol, text: String(Unicode.Scalar(c)), start: start, end: i, joined: !spaced))
            }
            spaced = false
        }
        return tokens
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z") }
    /// Character.isWhitespace in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// A comma followed by exactly three digits: "12,000" but not "3,4".
    private static func isThousandsGroup(after comma: Int, count: Int, isDigit digitAt: (Int) -> Bool) -> Bool {
        var n = 0
        var j = comma + 1
        while j < count, digitAt(j) { n += 1; j += 1 }
        return n == 3
    }
}
