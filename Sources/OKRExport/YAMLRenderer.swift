import OKRModel
import OKRYAML

/// File format v1 as YAML, for teams that keep their OKRs as code: the members JSON has, with the
/// same names in the same order, but only those that are set (`DocumentEncoder.encodeSetOnly`), so a
/// reviewer reads what the team wrote and not a page of nulls. Unknown members are kept.
/// Text that a YAML reader would take for something else (`80`, `yes`, `2027-03-31`, `null`) is
/// double-quoted (`YAMLEmitter`), so every reader, YAML 1.1 or 1.2, gets the text back.
enum YAMLRenderer {
    static func render(_ document: Document) -> String {
        YAMLEmitter.text(DocumentEncoder.encodeSetOnly(document))
    }
}
