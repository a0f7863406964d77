#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths given to `okr lint` into the files to read: a file as it is, a folder read
/// recursively for its `*.json` files, in a stable (sorted) order. Hidden folders (`.git`) and
/// `node_modules` are not walked: a company's OKR repository keeps its documents elsewhere.
public enum DocumentFinder {
    /// One file to read, and whether it was found in a folder (then only an okr document joins the set).
    public struct Candidate: Equatable, Sendable {
        public var path: String
        public var foundInFolder: Bool
    }

    public static func candidates(_ paths: [String]) -> [Candidate] {
        var found: [Candidate] = []
        for path in paths {
            if isFolder(path) {
                walk(path, into: &found)
            } else {
                found.append(Candidate(path: path, foundInFolder: false))
            }
        }
        return found
    }

    /// Whether JSON read from a folder is an okr document: an object with `schemaVersion` and
    /// `objectives` at its top level.
    public static func isDocument(_ json: JSONValue) -> Bool {
        guard case .object(let members) = json else { return false }
        return members.contains { $0.key == "schemaVersion" } && members.contains { $0.key == "objectives" }
    }

    /// Whether text that is not JSON was meant as an okr document: it names `schemaVersion`. So a
    /// broken okr document is reported, while a broken `tsconfig.json` (comments) is passed over.
    public static func namesSchemaVersion(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(65_536), as: UTF8.self).contains("\"schemaVersion\"")
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func walk(_ folder: String, into found: inout [Candidate]) {
        guard let directory = opendir(folder) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        closedir(directory)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() {
            let path = base + name
            if isFolder(path) {
                if !name.hasPrefix("."), name != "node_modules" { walk(path, into: &found) }
            } else if name.hasSuffix(".json") {
                found.append(Candidate(path: path, foundInFolder: true))
            }
        }
    }
}
