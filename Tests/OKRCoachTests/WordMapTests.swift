import Testing
@testable import OKRCoach

@Suite("Word tables")
struct WordMapTests {
    @Test func answersAsADictionaryWould() {
        let entries = ["by": 1, "before": 2, "q": 3, "quarter": 4, "end": 5, "": 6]
        let map = WordMap(entries)
        for word in ["by", "before", "q", "quarter", "end", "", "b", "bye", "Quarter", "qu", "endless", "x"] {
            #expect(map[word] == entries[word], "\(word)")
        }
    }

    @Test func wordsAndKeysBeyondASCIIFollowSwiftEquality() {
        // "é" written as one scalar and as e + combining accent are the same String.
        let map = WordMap(["café": 1, "k": 2, "naïve": 3])
        #expect(map["café"] == 1)
        #expect(map["cafe\u{301}"] == 1)
        #expect(map["cafe"] == nil)
        // The Kelvin sign is canonically a capital K, not a small one.
        #expect(map["\u{212A}"] == nil)
        let upper: WordSet = ["K"]
        #expect(upper.contains("\u{212A}"))
        #expect(upper.contains("K") && !upper.contains("k"))
    }

    @Test func manyWordsAllFound() {
        let words = (0..<5_000).map { "w\($0)" }
        let set = WordSet(words)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("w5000") && !set.contains("w-1"))
    }
}
