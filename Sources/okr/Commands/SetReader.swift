import OKRCoach
import OKRModel

/// Reads the paths given to `okr lint` and `okr map`: files as they are, folders recursively for
/// their okr documents. A file that cannot be read is said on standard error and listed; the
/// rest is still read.
enum SetReader {
    struct Result {
        var documents: [SetDocument] = []
        /// With `keepingTexts`, the text each document was read from, in the same order: findings are
        /// placed in it by line and column.
        var texts: [[UInt8]] = []
        var unreadable: [(file: String, message: String)] = []
    }

    /// What reading one file gave.
    private enum Outcome: Sendable {
        case document(SetDocument, [UInt8])
        case skipped
        case unreadable(DocumentError)
    }

    static func read(_ paths: [String], verbose: Bool, keepingTexts: Bool = false) -> Result {
        let candidates = DocumentFinder.candidates(paths)
        // Files are read on all processors (a company's repository holds thousands), then reported in order.
        let chunks = ParallelChunks.map(count: candidates.count, minimumPerChunk: 8) { range in
            range.map { i -> Outcome in
                let candidate = candidates[i]
                let store = DocumentStore(path: candidate.path)
                do throws(DocumentError) {
                    guard let read = try store.loadWithText(onlyIfDocument: candidate.foundInFolder) else { return .skipped }
                    return .document(SetDocument(file: candidate.path, document: read.document), read.text)
                } catch {
                    return .unreadable(error)
                }
            }
        }
        var result = Result()
        for (candidate, outcome) in zip(candidates, chunks.joined()) {
            switch outcome {
            case .document(let document, let text):
                result.documents.append(document)
                if keepingTexts { result.texts.append(text) }
            case .skipped:
                if verbose { Console.error("\(TextSafety.neutralise(candidate.path)): skipped, not an okr document") }
            case .unreadable(let error):
                Console.error(error.description)
                result.unreadable.append((candidate.path, error.description))
            }
        }
        return result
    }
}
