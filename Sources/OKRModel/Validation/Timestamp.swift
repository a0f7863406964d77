#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// RFC 3339 timestamps as text (`2026-11-27T10:00:00Z`), without Foundation.
public enum Timestamp {
    /// The current time in UTC, to the second.
    public static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let date = CalendarDate.format(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        return "\(date)T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// `YYYY-MM-DDTHH:MM:SS`, optional fraction, then `Z` or `±HH:MM`.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, CalendarDate.isValid(String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let hour = CalendarDate.digits(bytes[11..<13]), hour < 24, bytes[13] == UInt8(ascii: ":"),
              let minute = CalendarDate.digits(bytes[14..<16]), minute < 60, bytes[16] == UInt8(ascii: ":"),
              let second = CalendarDate.digits(bytes[17..<19]), second <= 60
        else { return false }
        var i = 19
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < bytes.count, CalendarDate.digits(bytes[i..<i + 1]) != nil { i += 1 }
            guard i > start else { return false }
        }
        guard i < bytes.count else { return false }
        if bytes[i] == UInt8(ascii: "Z") || bytes[i] == UInt8(ascii: "z") { return i == bytes.count - 1 }
        guard bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-"), bytes.count - i == 6,
              let offsetHour = CalendarDate.digits(bytes[i + 1..<i + 3]), offsetHour < 24,
              bytes[i + 3] == UInt8(ascii: ":"),
              let offsetMinute = CalendarDate.digits(bytes[i + 4..<i + 6]), offsetMinute < 60
        else { return false }
        return true
    }
}
