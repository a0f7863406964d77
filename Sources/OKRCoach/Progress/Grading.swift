import OKRModel

/// What counts as success for an objective's key results, by its type: committed ones are expected to
/// reach 1.0; aspirational ones stretch, and 0.7 is success (as Google's OKR playbook grades them).
enum Grading {
    /// The progress a key result should reach by the end of its period; an objective without a type
    /// is held to the committed mark, the one that does not flatter.
    static func success(for type: ObjectiveType?) -> Double {
        type == .aspirational ? 0.7 : 1.0
    }
}
