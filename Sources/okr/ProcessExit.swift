#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `exit`, which ArgumentParser's `exit(withError:)` hides inside a command. `okr lint`
/// and `okr status` end with it once everything is written, so a large document and its report are not
/// freed one object at a time just before the process ends.
func processExit(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
