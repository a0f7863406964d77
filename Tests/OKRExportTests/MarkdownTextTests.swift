@testable import OKRExport
import Testing

/// The escaping rules one by one; the golden files show them together.
@Suite("Markdown text and numbers")
struct MarkdownTextTests {
    @Test(arguments: [
        ("*bold* _em_ `code`", "\\*bold\\* \\_em\\_ \\`code\\`"),
        ("[link](http://x) ![img](y)", "\\[link\\](http://x) \\!\\[img\\](y)"),
        ("<b>html</b> &amp; a\\b", "\\<b\\>html\\</b\\> \\&amp; a\\\\b"),
        ("a | b ~~c~~", "a \\| b \\~\\~c\\~\\~"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("=== underline", "\\=== underline"),
        ("> quote", "\\> quote"),
        ("12. ordered", "12\\. ordered"),
        ("3) ordered", "3\\) ordered"),
        ("2027 plan. - done", "2027 plan. - done"),
        ("    indented code", "indented code"),
        ("one\r\ntwo\rthree\n\n\nfour", "one / two / three / four"),
        ("tab\there", "tab here"),
        ("a\u{2028}b", "a / b"),
        ("bell\u{07} \u{202E}evil", "bell␇ \\\\u{202E}evil"),
        ("שלום, עולם 👋 مرحبا", "שלום, עולם 👋 مرحبا"),
        ("  \n ", ""),
    ])
    func escapes(text: String, expected: String) {
        #expect(MarkdownText.escape(text) == expected)
    }

    @Test(arguments: [
        (80.0, "80", "80"), (4.2, "4.2", "4.2"), (1200.0, "1200", "1,200"), (-3000.5, "-3000.5", "-3,000.5"),
        (1_234_567.0, "1234567", "1,234,567"), (0.75, "0.75", "0.75"), (100.0, "100", "100"), (1e20, "1e+20", "1e+20"),
    ])
    func numbers(value: Double, plain: String, grouped: String) {
        #expect(NumberText.plain(value) == plain)
        #expect(NumberText.grouped(value) == grouped)
    }
}
