/// Turns typed bytes into Unicode scalars one byte at a time, the way they
/// arrive from a terminal. Invalid or cut-off sequences become U+FFFD (one per
/// maximal invalid subpart, as Unicode recommends) instead of being dropped.
struct UTF8InputDecoder {
    private var pending: [UInt8] = []
    private var expected = 0

    static let replacement = Unicode.Scalar(0xFFFD)!

    /// Feeds one byte; returns the scalars it completes (none while a sequence is open).
    mutating func decode(_ byte: UInt8) -> [Unicode.Scalar] {
        if pending.isEmpty { return start(byte) }
        guard Self.continues(pending, with: byte) else {
            reset()
            return [Self.replacement] + start(byte)
        }
        pending.append(byte)
        guard pending.count == expected else { return [] }
        let scalar = Self.scalar(of: pending)
        reset()
        return [scalar]
    }

    /// Ends the input: an open sequence becomes U+FFFD.
    mutating func finish() -> [Unicode.Scalar] {
        guard !pending.isEmpty else { return [] }
        reset()
        return [Self.replacement]
    }

    private mutating func start(_ byte: UInt8) -> [Unicode.Scalar] {
        switch byte {
        case 0x00...0x7F: return [Unicode.Scalar(byte)]
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return [Self.replacement]
        }
        pending = [byte]
        return []
    }

    private mutating func reset() {
        pending.removeAll(keepingCapacity: true)
        expected = 0
    }

    /// Whether `byte` may follow `pending`; the second byte's range rules out
    /// overlong forms, surrogates and values above U+10FFFF.
    private static func continues(_ pending: [UInt8], with byte: UInt8) -> Bool {
        guard pending.count == 1 else { return (0x80...0xBF).contains(byte) }
        switch pending[0] {
        case 0xE0: return (0xA0...0xBF).contains(byte)
        case 0xED: return (0x80...0x9F).contains(byte)
        case 0xF0: return (0x90...0xBF).contains(byte)
        case 0xF4: return (0x80...0x8F).contains(byte)
        default: return (0x80...0xBF).contains(byte)
        }
    }

    private static func scalar(of bytes: [UInt8]) -> Unicode.Scalar {
        var value = UInt32(bytes[0]) & (0xFF >> (bytes.count + 1))
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value) ?? replacement
    }
}
