import Foundation
import OKRTestSupport

/// How long the hardening campaigns run: `OKR_CAMPAIGN=full` for the issue's
/// figures, `ci` (set by `.ci/run`) for a shortened run, unset for a quick one.
enum Campaign {
    static var level: String { ProcessInfo.processInfo.environment["OKR_CAMPAIGN"] ?? "quick" }

    static func count(quick: Int, ci: Int, full: Int) -> Int {
        switch level {
        case "full": return full
        case "ci": return ci
        default: return quick
        }
    }
}

extension SeededRandom {
    /// The crash campaign's seed: `OKR_SEED` to replay a campaign's choices, or a fresh one.
    static func campaignSeed() -> UInt64 {
        ProcessInfo.processInfo.environment["OKR_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64(UInt32.max))
    }
}

/// A tmpfs mounted for one test: small enough to fill, or read-only. Needs root,
/// which the tests have here and in CI; `available` says whether it can be made.
final class ScratchMount {
    let path: String
    /// Kept until the mount is gone, so the folder is removed only after the unmount.
    private let parent: TemporaryFolder

    static var available: Bool { getuid() == 0 }

    /// Mounts an empty tmpfs of `kilobytes` on a fresh folder under `parent`.
    init(in parent: TemporaryFolder, name: String = "mount", kilobytes: Int) throws {
        path = parent.path(name)
        self.parent = parent
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try SystemCommand.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", path])
    }

    /// Makes the mounted file system read-only (or writable again); files in it stay.
    func remount(readOnly: Bool) throws {
        try SystemCommand.run("/bin/mount", ["-o", "remount,\(readOnly ? "ro" : "rw")", path])
    }

    func file(_ name: String) -> String { path + "/" + name }

    var files: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? []
    }

    /// Writes zeros until the file system is full; returns the filler's path.
    @discardableResult
    func fill(name: String = "filler") -> String {
        let filler = file(name)
        let fd = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return filler }
        let block = [UInt8](repeating: 0, count: 1024)
        // Shrink the writes at the end so that not even a small file fits afterwards.
        var size = block.count
        while size > 0 {
            let written = block.withUnsafeBytes { write(fd, $0.baseAddress, size) }
            if written <= 0 { size /= 2 }
        }
        close(fd)
        return filler
    }

    deinit {
        try? SystemCommand.run("/bin/umount", ["-l", path])
    }
}

/// Checks on the bytes a program wrote to a terminal.
enum TerminalBytes {
    /// Escape sequences and control characters in `bytes` other than line ends (CR, LF)
    /// and — when `allowingColour` — SGR colour codes `ESC[…m`.
    /// Each is described with its neighbourhood, for failure messages.
    static func rawControls(in bytes: [UInt8], allowingColour: Bool = false) -> [String] {
        var found: [String] = []
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x1B, allowingColour, let end = sgrEnd(scalars, from: index) {
                index = end
                continue
            }
            let control = value < 0x20 || (0x7F...0x9F).contains(value)
            if control && ![0x0A, 0x0D].contains(value) {
                let context = scalars[max(0, index - 20)..<min(scalars.count, index + 20)]
                var text = String.UnicodeScalarView()
                text.append(contentsOf: context)
                found.append("U+\(String(value, radix: 16)) in \(PseudoTerminal.printable(Array(String(text).utf8)))")
            }
            index += 1
        }
        return found
    }

    /// The index after an SGR sequence `ESC [ digits/; m` starting at `start`.
    private static func sgrEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index < scalars.count, scalars[index] == "m" else { return nil }
        return index + 1
    }
}
