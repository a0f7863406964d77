#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OKRModel

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
            do {
                if let text = try DocumentStore.text(at: folder + "/" + name) { texts[name] = text }
            } catch {
                // The store's wording is about documents ("name a .json file inside it"): not what a prompt file needs.
                if case .isFolder(let path) = error {
                    throw PromptFolderError(message: "--prompts: \(path) is a folder; \(name) must be a text file (or leave it out to use the built-in one)")
                }
                throw PromptFolderError(message: "--prompts: \(error.description)")
            }
        }
        return texts
    }
}

/// A `--prompts` folder that cannot be used.
struct PromptFolderError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
