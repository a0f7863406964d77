import Foundation
import Testing

@Suite("okr command line")
struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try OKRProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try OKRProcess.run(["--help"])
        #expect(help.status == 0)
        for subcommand in ["export", "schema"] {
            #expect(help.stdout.contains(subcommand))
        }
    }

    @Test func schemaIsJSON() throws {
        let result = try OKRProcess.run(["schema"])
        #expect(result.status == 0)
        let schema = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}

@Suite("--prompts folders")
struct PromptFolderTests {
    @Test func anUnreadablePromptFileIsAnErrorNotASilentFallback() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("prompts/rules.txt"), withIntermediateDirectories: true)
        let document = try folder.write("okrs.json", #"{"schemaVersion": 1}"#)
        let result = try OKRProcess.run(["lint", document, "--prompts", folder.path("prompts")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("rules.txt is a folder; rules.txt must be a text file"), "\(result.stderr)")
        #expect(!result.stderr.contains(".json"), "\(result.stderr)")
    }

    @Test func missingPromptFilesFallBackToTheBuiltInOnes() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("prompts"), withIntermediateDirectories: true)
        let document = try folder.write("okrs.json", #"{"schemaVersion": 1, "team": "T", "period": "P", "purpose": {"who": "a", "change": "b", "evidence": "c"}}"#)
        let result = try OKRProcess.run(["lint", document, "--prompts", folder.path("prompts")])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
