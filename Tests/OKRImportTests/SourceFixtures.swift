import Foundation
import OKRModel

/// Documents and pages other test targets keep, read from the source tree so every format's
/// round trip runs over the same files as the exports' golden tests.
enum SourceFixtures {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// Every document the export, model and end-to-end tests use, by path under Tests/.
    static let documents = [
        "OKRExportTests/Golden/tricky.json", "OKRExportTests/Golden/sparse.json",
        "OKRModelTests/Fixtures/every-field.json", "OKRModelTests/Fixtures/unknown-fields.json",
        "EndToEndTests/Fixtures/check-ins.json", "EndToEndTests/Fixtures/clean.json",
        "EndToEndTests/Fixtures/every-field.json", "EndToEndTests/Fixtures/every-rule.json",
        "EndToEndTests/Fixtures/tricky-text.json", "EndToEndTests/Fixtures/unknown-fields.json",
        "EndToEndTests/Fixtures/ward-seed.json", "EndToEndTests/Fixtures/org/acme.json",
        "EndToEndTests/Fixtures/org/e-commerce.json",
    ]

    static func document(_ path: String) throws -> Document {
        try DocumentStore(path: tests.appendingPathComponent(path).path).load()
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: tests.appendingPathComponent(path), encoding: .utf8)
    }
}
