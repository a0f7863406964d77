import Testing
@testable import OKRModel

@Suite("Text shown on a terminal")
struct TextSafetyTests {
    @Test func controlsAreMadeVisible() {
        let hostile = "ok\u{1B}[2J\u{1B}]0;title\u{07}\r\n\u{9B}31m\u{7F}\u{202E}abc"
        let safe = TextSafety.neutralise(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(safe.hasPrefix("ok␛[2J␛]0;title␇␍␊"))
    }

    @Test func printableTextIsUntouched() {
        for text in ["héllo wörld ✓ 日本", "שלום עולם", "مرحبا", "👩🏽‍💻 team", "a|b,c\"d"] {
            #expect(TextSafety.neutralise(text) == text)
        }
    }

    @Test func clipping() {
        #expect(TextSafety.clip(String(repeating: "x", count: 100), limit: 10) == "xxxxxxxxx…")
        #expect(TextSafety.clip("short") == "short")
    }
}
