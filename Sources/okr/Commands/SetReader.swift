import OKRCoach
import OKRModel

/// Reads the paths given to `okr lint` and `okr map`: files as they are, folders recursively for
/// their okr documents. A file that cannot be read is said on standard error and listed; the
/// rest is still read.
enum SetReader {
    struct Result {
        var documents: [SetDocument] = []
        var unreadable: [(file: String, message: String)] = []
    }

    /// What reading one file gave.
    private enum Outcome: Sendable {
        case document(SetDocument)
        case skipped
        case unreadable(DocumentError)
    }

    static func read(_ paths: [String], verbose: Bool) -> Result {
        let candidates = DocumentFinder.candidates(paths)
        // Files are read on all processors (a company's repository holds thousands), then reported in order.
        let chunks = ParallelChunks.map(count: candidates.count, minimumPerChunk: 8) { range in
            range.map { i -> Outcome in
                let candidate = candidates[i]
                let store = DocumentStore(path: candidate.path)
                do throws(DocumentError) {
                    guard let document = candidate.foundInFolder ? try store.loadIfDocument() : try store.load() else { return .skipped }
                    return .document(SetDocument(file: candidate.path, document: document))
                } catch {
                    return .unreadable(error)
                }
            }
        }
        var result = Result()
        for (candidate, outcome) in zip(candidates, chunks.joined()) {
            switch outcome {
            case .document(let document):
                result.documents.append(document)
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
