import Testing
@testable import OKRExport

/// A team's or objective's text in a map label can never end the label or start a statement of its own.
@Suite("Map labels")
struct MapLabelTests {
    @Test func hostileTextStaysInsideItsLabel() {
        let text = "R&D \"Core\" #1\nsubgraph X\\ end\u{1B}[2J"
        #expect(MapMermaid.text(text) == "\"R&D #quot;Core#quot; #35;1 subgraph X\\ end [2J\"")
        #expect(MapDOT.text(text) == "\"R&D \\\"Core\\\" #1 subgraph X\\\\ end [2J\"")
    }
}
