import Testing
@testable import OKRCoach

/// A key result is split once: the words the coach matches must be the ones `WordSequence(_:)` gives.
@Suite("Words from tokens")
struct WordSequenceTests {
    @Test(arguments: [
        "Raise the share of stores ordering through the app from 15% to 80% by March 31",
        "Reach 1.5k weekly users in Q2; grow ARR to $2M (24/7 support)",
        "Nurses rate the handover 4.5/5 or higher — the store's “new” app",
        "Ship v2 of the B2B portal to top-100 accounts",
        "Café owners’ orders through the app reach 40%",
        "",
    ])
    func sameWordsAsFromText(_ statement: String) {
        #expect(WordSequence(tokens: StatementLexer.tokens(statement)).words == WordSequence(statement).words)
    }

    @Test func thousandsSeparatorsAreOneWord() {
        #expect(WordSequence(tokens: StatementLexer.tokens("Grow to 12,000 members")).words == ["grow", "to", "12000", "members"])
    }

    @Test func everyNumberWordIsMarkedByTheLexer() {
        // QuantityScanner settles most words by the lexer's bits (`WordClasses`); a number word left unmarked would never be read.
        let tokens = StatementLexer.tokens(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                             "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
            .map { "reach \($0) stores" }.joined(separator: "; "))
        #expect(QuantityScanner.scan(tokens, skipping: nil).count == 28)
        #expect(QuantityScanner.scan(StatementLexer.tokens("sign a dozen partners"), skipping: nil).first?.value == 12)
    }
}
