import OKRModel

/// A number's name as the rules across documents compare it: lower case, words only, small words
/// aside, so "Stock-out rate" and "the stock out rate" are one number.
public enum MetricKey {
    public static func of(_ name: String) -> String? {
        // ASCII names, nearly all of them, are keyed in one pass over their bytes: a Character's
        // Unicode properties and the arrays of a split cost more than the rest of the work, for
        // every key result of a company's documents.
        if let key = name.utf8.withContiguousStorageIfAvailable(asciiKey) { return key ?? unicodeKey(name) }
        return unicodeKey(name)
    }

    private static let smallWords: [[UInt8]] = ["the", "a", "an", "of", "our"].map { Array($0.utf8) }

    /// The key of an ASCII name; `.some(nil)` when it has no words, nil when it is not ASCII.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var wordStart = 0
        func endWord() {
            let word = key[wordStart...]
            if word.isEmpty { return }
            if smallWords.contains(where: { $0.elementsEqual(word) }) {
                key.removeLast(word.count)
            } else {
                key.append(UInt8(ascii: " "))
            }
            wordStart = key.count
        }
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x41...0x5A: key.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39: key.append(byte)
            default: endWord()
            }
        }
        endWord()
        if key.last == UInt8(ascii: " ") { key.removeLast() }
        return .some(key.isEmpty ? nil : String(decoding: key, as: UTF8.self))
    }

    private static func unicodeKey(_ name: String) -> String? {
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }
        let kept = words.filter { !["the", "a", "an", "of", "our"].contains($0) }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// The key of a key result's metric, when it has one.
    public static func of(_ keyResult: KeyResult) -> String? {
        keyResult.metric.flatMap(of)
    }
}
