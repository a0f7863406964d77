#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Unchecked Sendable: its tables are written once, in `init`, and only read after.
    private final class Storage: @unchecked Sendable {
        /// Every entry, for the cases the byte table does not answer.
        let dictionary: [String: Value]
        /// Whether some key is not ASCII: an ASCII word missing from the byte table may still equal it.
        let hasOtherKeys: Bool
        /// The ASCII keys' bytes, one after another.
        private let keys: UnsafeMutablePointer<UInt8>
        /// Open addressing, a power of two at least twice the keys: each key's hash, place in `keys` and
        /// value, so a probe that does not match is told by its hash without reading the key. Plain
        /// memory rather than arrays: reading an array held by an object retained and released it, on
        /// every lookup of every word the coach reads.
        private let slots: UnsafeMutablePointer<Slot>
        private let mask: Int
        private let values: UnsafeMutablePointer<Value>
        private let valueCount: Int

        private struct Slot {
            var hash: UInt32 = 0
            var start: UInt32 = 0
            var length: UInt32 = 0
            /// The value's index; -1 for an empty slot.
            var value: Int32 = -1
        }

        init(_ entries: [String: Value]) {
            dictionary = entries
            let ascii = entries.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
            hasOtherKeys = ascii.count < entries.count
            var size = 8
            while size < 2 * ascii.count { size *= 2 }
            mask = size - 1
            slots = .allocate(capacity: size)
            slots.initialize(repeating: Slot(), count: size)
            let byteCount = ascii.keys.reduce(0) { $0 + $1.utf8.count }
            keys = .allocate(capacity: max(1, byteCount))
            values = .allocate(capacity: max(1, ascii.count))
            valueCount = ascii.count
            var end = 0
            for (k, (key, value)) in ascii.enumerated() {
                let start = end
                for byte in key.utf8 {
                    keys[end] = byte
                    end += 1
                }
                (values + k).initialize(to: value)
                let hash = WordMap.hash(UnsafeBufferPointer(start: keys + start, count: end - start))
                var slot = Int(hash) & mask
                while slots[slot].value >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Slot(hash: hash, start: UInt32(start), length: UInt32(end - start), value: Int32(k))
            }
        }

        deinit {
            slots.deallocate()
            keys.deallocate()
            values.deinitialize(count: valueCount)
            values.deallocate()
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
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry.value < 0 { return .some(nil) }
                if entry.hash == hash, Int(entry.length) == bytes.count,
                   bytes.isEmpty || memcmp(keys + Int(entry.start), bytes.baseAddress!, bytes.count) == 0 {
                    return .some(values[Int(entry.value)])
                }
                slot = (slot + 1) & mask
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

    /// FNV-1a over the bytes, as `Storage.lookUp` computes it.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
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
