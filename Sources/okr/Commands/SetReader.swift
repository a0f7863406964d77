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

    static func read(_ paths: [String], verbose: Bool) -> Result {
        var result = Result()
        for candidate in DocumentFinder.candidates(paths) {
            let file = candidate.path
            do {
                let store = DocumentStore(path: file)
                guard let document = candidate.foundInFolder ? try store.loadIfDocument() : try store.load() else {
                    if verbose { Console.error("\(TextSafety.neutralise(file)): skipped, not an okr document") }
                    continue
                }
                result.documents.append(SetDocument(file: file, document: document))
            } catch {
                Console.error(error.description)
                result.unreadable.append((file, error.description))
            }
        }
        return result
    }
}
