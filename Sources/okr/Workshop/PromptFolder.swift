#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A facilitator's copy of the `prompts/` folder (`--prompts DIR`): the texts of
/// the files it has. Files it leaves out fall back to the built-in ones.
struct PromptFolder {
    static let fileNames = ["workshop.txt", "rules.txt", "words.txt"]

    /// File name → contents, for the prompt files present in `folder`.
    static func read(_ folder: String) throws(PromptFolderError) -> [String: String] {
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw PromptFolderError(message: "--prompts \(folder): no such folder")
        }
        var texts: [String: String] = [:]
        for name in fileNames {
            if let text = readText(folder + "/" + name) { texts[name] = text }
        }
        return texts
    }

    /// A small text file's contents, or nil when it is not there.
    private static func readText(_ path: String) -> String? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, handle)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A `--prompts` folder that cannot be used.
struct PromptFolderError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
