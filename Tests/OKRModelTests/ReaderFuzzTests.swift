import Foundation
import OKRTestSupport
import Testing
@testable import OKRModel

/// Hostile documents: seeded random mutations of real documents, fed to the
/// whole reading path (parse, decode, validate). Every input must end in a
/// document or a `DocumentError`, never a crash or a hang.
///
/// `OKR_CAMPAIGN=full` runs a million inputs, `ci` (set by `.ci/run`) 200,000,
/// and a plain `swift test` 10,000.
@Suite("Hostile documents")
struct ReaderFuzzTests {
    static var inputCount: Int {
        switch ProcessInfo.processInfo.environment["OKR_CAMPAIGN"] {
        case "full": return 1_000_000
        case "ci": return 200_000
        default: return 10_000
        }
    }

    @Test func mutatedDocumentsNeverCrash() throws {
        let seeds = try ["every-field.json", "unknown-fields.json"].map(Fixture.bytes)
        var random = SeededRandom(seed: 0x0C0FFEE)
        var outcomes = (documents: 0, errors: 0)
        let start = Date()
        for _ in 0..<ReaderFuzzTests.inputCount {
            var bytes = seeds[Int(random.next() % UInt64(seeds.count))]
            for _ in 0...(random.next() % 4) { Mutation.apply(&bytes, &random) }
            do {
                let document = try DocumentStore.document(from: bytes, path: "fuzz.json")
                // Whatever was accepted must also write out and read back as itself.
                let again = try DocumentStore.document(from: Array(DocumentEncoder.text(document).utf8), path: "again.json")
                #expect(again == document)
                outcomes.documents += 1
            } catch {
                #expect(!error.description.isEmpty)
                outcomes.errors += 1
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("reader fuzz: \(ReaderFuzzTests.inputCount) inputs in \(Int(seconds)) s: \(outcomes.documents) documents, \(outcomes.errors) clear errors")
    }

    @Test(arguments: [
        ("deep nesting", String(repeating: "[", count: 1_000_000)),
        ("deep objects", String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300)),
        ("huge number", "{\"schemaVersion\": 1, \"kpis\": [{\"name\": \"x\", \"current\": 1e999999}]}"),
        ("long digits", "{\"schemaVersion\": 1, \"kpis\": [{\"name\": \"x\", \"current\": " + String(repeating: "9", count: 1_000_000) + "}]}"),
        ("duplicate keys", "{\"schemaVersion\": 1, \"team\": \"a\", \"team\": \"b\"}"),
        ("huge version", "{\"schemaVersion\": 99999999999999999999}"),
        ("NUL bytes", "{\"schemaVersion\": 1, \"team\": \"a\u{0}b\"}"),
    ])
    func extremesGiveErrors(name: String, text: String) {
        #expect(throws: DocumentError.self, "\(name)") {
            _ = try DocumentStore.document(from: Array(text.utf8), path: "x.json")
        }
    }

    @Test func hugeNumbersInUnknownMembersKeepTheirDigits() throws {
        let digits = String(repeating: "9", count: 100_000)
        let document = try DocumentStore.document(from: Array("{\"schemaVersion\": 1, \"x-big\": \(digits)}".utf8), path: "x.json")
        #expect(DocumentEncoder.text(document).contains(digits))
    }

    @Test func hugeStringsAreKept() throws {
        let team = String(repeating: "ü", count: 2_000_000)
        let document = try DocumentStore.document(from: Array("{\"schemaVersion\": 1, \"team\": \"\(team)\"}".utf8), path: "x.json")
        #expect(document.team == team)
    }
}

/// The ways a document gets damaged: bytes flipped, cut, repeated, swapped for JSON's own punctuation, or spliced with hostile text.
enum Mutation {
    static let tokens: [[UInt8]] = [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "null", "true", "-", "0", "1e999", "-0.0e-0",
        "\u{1B}[2J", "\u{202E}", "é", "\u{0}", "\"schemaVersion\": 2", "\"id\": \"O1\"", "9999999999999999999999",
    ].map { Array($0.utf8) }

    static func apply(_ bytes: inout [UInt8], _ random: inout SeededRandom) {
        guard !bytes.isEmpty else {
            bytes = tokens[random.below(tokens.count)]
            return
        }
        let at = random.below(bytes.count)
        switch random.below(7) {
        case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
        case 1: bytes[at] ^= 1 << UInt8(random.below(8))
        case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(64)))
        case 3: bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
        case 4:
            let from = random.below(bytes.count)
            let chunk = bytes[from..<min(bytes.count, from + 1 + random.below(200))]
            bytes.insert(contentsOf: chunk, at: at)
        case 5: bytes.removeSubrange(at...)
        default:
            let other = random.below(bytes.count)
            bytes.swapAt(at, other)
        }
    }
}
