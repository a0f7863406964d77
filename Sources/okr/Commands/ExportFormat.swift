import ArgumentParser
import OKRModel

/// The forms `okr export` and the workshop's `/export` can write.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case json

    func render(_ document: Document) -> String {
        switch self {
        case .json: return DocumentEncoder.text(document)
        }
    }
}
