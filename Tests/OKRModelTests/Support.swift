import Foundation
import OKRTestSupport
@testable import OKRModel

/// Fixture files of this test target.
enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(name)))
    }
}

/// Parses JSON with Foundation, independent of okr's own reader, for comparisons that ignore member order.
func foundationJSON(_ bytes: [UInt8]) throws -> NSObject {
    try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as! NSObject
}

/// A fresh folder under the system's temporary folder.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "okr-model-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A folder nobody can write to, even root: a read-only tmpfs when running as
/// root (where permission bits are ignored), a mode-0555 folder otherwise.
final class ReadOnlyFolder {
    let path: String
    private let mounted: Bool

    init() throws {
        path = try temporaryFolder()
        if getuid() == 0 {
            try SystemCommand.run("/bin/mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", path])
            mounted = true
        } else {
            chmod(path, 0o555)
            mounted = false
        }
    }

    deinit {
        if mounted { try? SystemCommand.run("/bin/umount", [path]) } else { chmod(path, 0o755) }
        try? FileManager.default.removeItem(atPath: path)
    }
}
