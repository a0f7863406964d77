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
