/// What a word can be to the parser, as bits the lexer sets once per word (`StatementToken.classes`):
/// the parser and its scanners test a bit where they looked each word up in several tables, which was
/// most of the parser's time. A set bit only says the word is in that table; its value is still looked up.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16

    /// A number in words, "dozen" included (`QuantityScanner.numberWords`).
    static let numberWord = WordClasses(rawValue: 1 << 0)
    /// A word a due date can start with (`DueDateScanner.starters`).
    static let dateStart = WordClasses(rawValue: 1 << 1)
    /// The first word of a stated reference: "compared", "yoy" (`KeyResultParser.referencesByFirstWord`).
    static let referenceStart = WordClasses(rawValue: 1 << 2)
    /// "all", "every", "half", "no" (`KeyResultParser.quantifierWords`).
    static let quantifier = WordClasses(rawValue: 1 << 3)
    /// A form of a multiplying verb, or "twice" (`KeyResultParser.multipleForms`).
    static let multiple = WordClasses(rawValue: 1 << 4)
    /// A form of a verb of direction (`KeyResultParser.verbDirections`).
    static let directionVerb = WordClasses(rawValue: 1 << 5)
    /// "we", "will", "to" (`KeyResultParser.openers`).
    static let opener = WordClasses(rawValue: 1 << 6)
    /// "the", "a", "our" (`KeyResultParser.articles`).
    static let article = WordClasses(rawValue: 1 << 7)
    /// "from", "to", "by" (`KeyResultParser.connectors`).
    static let connector = WordClasses(rawValue: 1 << 8)
    /// "n", "x", "tbd": capitalised, a number left out (`QuantityScanner.placeholders`).
    static let placeholder = WordClasses(rawValue: 1 << 9)

    /// The classes of a lowercased word, empty for most words.
    static func of(_ word: String) -> WordClasses {
        lexicon[word] ?? []
    }

    /// `of(_:)` for a lowercased word's UTF-8 bytes, cut from a statement without making a String to look up.
    static func of(utf8 word: UnsafeBufferPointer<UInt8>) -> WordClasses {
        lexicon[utf8: word] ?? []
    }

    /// Every word of the tables above with its classes, built once from the tables themselves.
    private static let lexicon: WordMap<WordClasses> = {
        var classes: [String: WordClasses] = [:]
        func add(_ words: some Sequence<String>, _ bit: WordClasses) {
            for word in words { classes[word, default: []].insert(bit) }
        }
        add(QuantityScanner.numberWords.keys, .numberWord)
        add(["dozen"], .numberWord)
        add(DueDateScanner.starters.keys, .dateStart)
        add(KeyResultParser.referencesByFirstWord.keys, .referenceStart)
        add(KeyResultParser.quantifierWords.keys, .quantifier)
        add(KeyResultParser.multipleForms.keys, .multiple)
        add(KeyResultParser.verbDirections.keys, .directionVerb)
        add(KeyResultParser.openers.keys, .opener)
        add(KeyResultParser.articles.keys, .article)
        add(KeyResultParser.connectors.keys, .connector)
        add(QuantityScanner.placeholders.keys, .placeholder)
        return WordMap(classes)
    }()
}
