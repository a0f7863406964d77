#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place where documents meet the file system: load, validate, save
/// atomically, lock. Everything else in okr works on `Document` values.
public struct DocumentStore: Sendable {
    /// Larger files are refused before reading; a whole company's OKRs are far smaller.
    public static let maximumSize = 512 * 1_048_576

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Reads, checks and returns the document; ids missing in a hand-written file are assigned.
    public func load() throws(DocumentError) -> Document {
        try DocumentStore.document(from: AtomicFile.contents(of: path, limit: DocumentStore.maximumSize), path: path)
    }

    /// The document with the text it was read from (for placing findings by line and column).
    /// With `onlyIfDocument` (a file found in a folder), nil when it is JSON but not an okr document
    /// (`DocumentFinder.isDocument`), so a repository's other JSON files are passed over.
    public func loadWithText(onlyIfDocument: Bool) throws(DocumentError) -> (document: Document, text: [UInt8])? {
        let bytes = try AtomicFile.contents(of: path, limit: DocumentStore.maximumSize)
        guard onlyIfDocument else { return (try DocumentStore.document(from: bytes, path: path), bytes) }
        // Parsed once: to tell whether it is an okr document, then to read it.
        guard let json = try? JSONParser.parse(bytes) else {
            guard DocumentFinder.namesSchemaVersion(bytes) else { return nil }
            return (try DocumentStore.document(from: bytes, path: path), bytes)
        }
        guard DocumentFinder.isDocument(json) else { return nil }
        return (try DocumentStore.document(json, bytes: bytes, path: path), bytes)
    }

    /// Whether something (a file or anything else) is at the path.
    public func exists() -> Bool {
        AtomicFile.exists(path)
    }

    /// Writes the document as pretty JSON, replacing the file atomically: written as it is encoded,
    /// in chunks on all processors (`DocumentEncoder.write(_:to:)`).
    public func save(_ document: Document) throws(DocumentError) {
        try AtomicFile.replace(path) { DocumentEncoder.write(document, to: $0) }
    }

    /// `save(_:)` for a document not yet validated (an import): `validate` runs on another processor
    /// while the file is written and flushed, and the file replaces the path only when it finds
    /// nothing; otherwise the path is left as it was. Its issues are returned.
    public func save(_ document: Document, validating validate: @escaping @Sendable () -> [ValidationIssue]) throws(DocumentError) -> [ValidationIssue] {
        try AtomicFile.replace(path, writing: { DocumentEncoder.write(document, to: $0) }, judging: validate) { $0.isEmpty } ?? []
    }

    /// `save(_:)` for a session's autosaves: objectives unchanged since the last save keep their bytes.
    public func save(_ document: Document, reusing cache: EncodingCache) throws(DocumentError) {
        let bytes = DocumentEncoder.bytes(document, reusing: cache)
        try AtomicFile.replace(path) { $0(bytes) }
    }

    /// Whether `other` names this document or its lock file, by any spelling or link: writing an
    /// export there would replace what a session has open (and a crash before its next save loses it).
    public func isDocumentOrLock(_ other: String) -> Bool {
        func identity(_ path: String) -> (dev_t, ino_t)? {
            var info = stat()
            return stat(path, &info) == 0 ? (info.st_dev, info.st_ino) : nil
        }
        guard let target = identity(other) else { return false }
        let lockPath = AtomicFile.resolvingLink(path) + ".lock"
        return [path, lockPath].contains { identity($0).map { $0 == target } == true }
    }

    /// Takes the document's lock for this process; refused while another live session holds it.
    public func lock() throws(DocumentError) -> DocumentLock {
        try DocumentLock(path: path)
    }

    /// The text of a small file that is not a document (a facilitator's prompt files), or nil when
    /// there is none; read like a document, so a folder or an unreadable file is an error, not a silent skip.
    public static func text(at path: String) throws(DocumentError) -> String? {
        try bytes(at: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `text(at:)` as the file's bytes, for a reader that names the bytes that are not UTF-8.
    public static func bytes(at path: String) throws(DocumentError) -> [UInt8]? {
        do {
            return try AtomicFile.contents(of: path, limit: maximumSize)
        } catch {
            if case .notFound = error { return nil }
            throw error
        }
    }

    /// Atomically writes any text (exports too) to `path`; with `replacing` false an existing file is left alone.
    public static func write(_ text: String, to path: String, replacing: Bool = true) throws(DocumentError) {
        // A device or pipe (`/dev/stdout`) is written to, never replaced: there is nothing to protect from it.
        if !replacing, DocumentStore(path: path).exists(), !AtomicFile.isStream(path) { throw .exists(path: path) }
        try AtomicFile.replace(path) { $0(Array(text.utf8)) }
    }

    /// Parses and checks document bytes; `path` only names the source in errors.
    public static func document(from bytes: [UInt8], path: String) throws(DocumentError) -> Document {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(path: path, position: TextPosition(offset: error.offset, in: bytes), message: error.message)
        }
        return try document(json, bytes: bytes, path: path)
    }

    /// The document in `json`, parsed from `bytes` (for the places errors name).
    static func document(_ json: JSONValue, bytes: [UInt8], path: String) throws(DocumentError) -> Document {
        var document: Document
        do {
            document = try DocumentDecoder.decode(json)
        } catch {
            throw .shape(path: path, pointer: error.pointer, position: position(of: error.pointer, in: bytes), message: error.message)
        }
        let issues = DocumentValidator.validate(document)
        if !issues.isEmpty {
            // Each position costs a pass over the text: locate only the ones that will be shown.
            let located = issues.prefix(DocumentError.shownIssues).map { DocumentError.Located(issue: $0, position: position(of: $0.pointer, in: bytes)) }
            throw .invalid(path: path, issues: located, more: issues.count - located.count)
        }
        document.assignMissingIDs()
        return document
    }

    /// Line and column of the value at `pointer`, or of its closest parent that exists.
    static func position(of pointer: JSONPointer, in bytes: [UInt8]) -> TextPosition? {
        var pointer = pointer
        while true {
            if let offset = JSONParser.offset(of: pointer, in: bytes) { return TextPosition(offset: offset, in: bytes) }
            if pointer.tokens.isEmpty { return nil }
            pointer.tokens.removeLast()
        }
    }
}
