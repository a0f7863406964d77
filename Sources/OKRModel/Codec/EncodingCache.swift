/// The bytes of each objective as the last save wrote them, for `DocumentEncoder.bytes(_:reusing:)`.
/// One per open document, used by one thread: the session's autosaves.
public final class EncodingCache {
    var objectives: [(Objective, [UInt8])] = []
    /// The size of the last document written, to reserve room for the next.
    var size = 0

    public init() {}
}
