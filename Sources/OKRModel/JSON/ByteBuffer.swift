#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes written through a pointer into memory the buffer owns, grown by doubling. Appending the
/// few bytes of a key or a value to an array checked its uniqueness and capacity on every call:
/// most of the time of encoding an imported sheet's 80,000 key results.
final class ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always)
    private func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private func grow(to needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    func append(ascii text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// The spaces `JSONWriter` puts before a line `level` levels deep.
    func pad(_ level: Int) {
        let spaces = 2 * level
        reserve(spaces)
        (base + count).initialize(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    /// `text` as a JSON string, as `JSONWriter.writeString` writes it.
    func string(_ text: String) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if JSONWriter.needsEscape(bytes) { return false }
            reserve(bytes.count + 2)
            base[count] = 0x22
            if let source = bytes.baseAddress { (base + count + 1).initialize(from: source, count: bytes.count) }
            base[count + 1 + bytes.count] = 0x22
            count += bytes.count + 2
            return true
        }
        if copied == true { return }
        var escaped: [UInt8] = []
        JSONWriter.writeString(text, into: &escaped)
        append(escaped)
    }
}
