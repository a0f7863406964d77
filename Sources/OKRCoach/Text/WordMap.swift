/// A fixed table from words to values, for the lookups the parser and the rules make several times
/// for every word of every statement.
///
/// `Dictionary` hashes a String with seeded SipHash over its normalised form: the right default for
/// tables filled from outside, and most of a lookup's cost here. These tables are filled once from
/// okr's own lists and then only read, so an ASCII word is hashed with FNV-1a over its bytes and
/// compared byte by byte (an ASCII string's bytes are its characters). Every other case, a word or
/// a key beyond ASCII, is answered by a `Dictionary`, so the answers are always the dictionary's.
struct WordMap<Value: Sendable>: Sendable {
    /// One object, so that copying a table (every time a rule takes a word list) is one reference count.
    private let storage: Storage

    private final class Storage: Sendable {
        /// Every entry, for the cases the byte table does not answer.
        let dictionary: [String: Value]
        /// Whether some key is not ASCII: an ASCII word missing from the byte table may still equal it.
        let hasOtherKeys: Bool
        /// The ASCII keys' bytes, one after another, and each key's start and end in them.
        let keyBytes: [UInt8]
        let keyRanges: [Range<Int>]
        let values: [Value]
        /// Open addressing: an index into `keyRanges`, or -1; a power of two at least twice the keys.
        let slots: [Int32]

        init(_ entries: [String: Value]) {
            dictionary = entries
            var bytes: [UInt8] = []
            var ranges: [Range<Int>] = []
            var values: [Value] = []
            var others = false
            for (key, value) in entries {
                guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
                    others = true
                    continue
                }
                let start = bytes.count
                bytes.append(contentsOf: key.utf8)
                ranges.append(start..<bytes.count)
                values.append(value)
            }
            var size = 8
            while size < 2 * ranges.count { size *= 2 }
            var slots = [Int32](repeating: -1, count: size)
            for (k, range) in ranges.enumerated() {
                var slot = WordMap.hash(bytes[range]) & (size - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = Int32(k)
            }
            hasOtherKeys = others
            keyBytes = bytes
            keyRanges = ranges
            self.values = values
            self.slots = slots
        }

        /// The value of an ASCII word; `.some(nil)` when it has none, nil when the word is not ASCII.
        func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Value?? {
            var hash: UInt32 = 2_166_136_261
            var all: UInt8 = 0
            for byte in bytes {
                hash = (hash ^ UInt32(byte)) &* 16_777_619
                all |= byte
            }
            guard all < 0x80 else { return nil }
            return keyBytes.withUnsafeBufferPointer { keys in
                var slot = Int(hash) & (slots.count - 1)
                while true {
                    let k = slots[slot]
                    if k < 0 { return .some(nil) }
                    let key = keyRanges[Int(k)]
                    // Compared byte by byte: the generic `elementsEqual` cost several times the rest of a lookup.
                    if key.count == bytes.count, !bytes.indices.contains(where: { keys[key.lowerBound + $0] != bytes[$0] }) {
                        return .some(values[Int(k)])
                    }
                    slot = (slot + 1) & (slots.count - 1)
                }
            }
        }
    }

    init(_ entries: [String: Value]) {
        storage = Storage(entries)
    }

    subscript(word: String) -> Value? {
        var word = word
        return word.withUTF8 { self[utf8: $0] }
    }

    /// `self[word]` for a word given as its UTF-8 bytes, for a caller that has them at hand (the lexer).
    subscript(utf8 word: UnsafeBufferPointer<UInt8>) -> Value? {
        switch storage.lookUp(word) {
        case .some(.some(let value)): return value
        case .some(.none): return storage.hasOtherKeys ? storage.dictionary[String(decoding: word, as: UTF8.self)] : nil
        case .none: return storage.dictionary[String(decoding: word, as: UTF8.self)]
        }
    }

    func contains(_ word: String) -> Bool {
        self[word] != nil
    }

    /// Every key, for a table built from the words of others (`WordClasses`).
    var keys: Dictionary<String, Value>.Keys {
        storage.dictionary.keys
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}

extension WordMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }
}

/// A fixed set of words with `WordMap`'s cheap lookups.
typealias WordSet = WordMap<Bool>

extension WordMap: ExpressibleByArrayLiteral where Value == Bool {
    init(_ words: some Sequence<String>) {
        self.init(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }
}
