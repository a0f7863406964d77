#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's words for an errno value, e.g. "No space left on device".
func systemMessage(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
