import Foundation

/// Runs the built `okr` (or another built product) as a separate process, the
/// way a script or CI would: arguments, optional stdin, captured stdout and stderr.
struct OKRProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    /// The folder that holds the built products of this test run (next to the test bundle).
    static let productsFolder: URL = {
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        // swift test runs `<products>/okrPackageTests.xctest`; walk up to the folder holding it.
        while url.path != "/" {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("okr").path) { return url }
            url.deleteLastPathComponent()
        }
        let fromProc = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        return fromProc ?? URL(fileURLWithPath: ".build/debug")
    }()

    /// Path of a built executable product, e.g. `okr`.
    static func executable(_ name: String = "okr") -> String {
        productsFolder.appendingPathComponent(name).path
    }

    /// Runs `okr` with `arguments` in `directory`, feeding `input` (or nothing) on stdin.
    @discardableResult
    static func run(
        _ arguments: [String],
        input: Data? = nil,
        in directory: URL? = nil,
        environment: [String: String] = [:],
        executable name: String = "okr"
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable(name))
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        // stderr goes to a file so that a full stderr pipe can never block the child while we read stdout.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("okr-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let stderr = try FileHandle(forWritingTo: errFile)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stderr.close()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errFile)) ?? Data()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            stdoutBytes: outData
        )
    }
}

/// A fresh temporary folder per test, removed afterwards.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("okr-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    deinit {
        // Read-only folders made by tests must become writable again to be removed.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }
}
