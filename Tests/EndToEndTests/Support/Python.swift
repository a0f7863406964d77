import Foundation

/// Runs a Python script that prints one JSON value, and returns that value.
enum Python {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func json(_ script: String, _ arguments: String...) throws -> Any {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "python3 failed (run .ci/setup): \(errors)") }
        return try JSONSerialization.jsonObject(with: data)
    }
}
