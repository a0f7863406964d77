import Glibc
import OKRModel

/// A strict RFC 4180 reader: fields separated by commas (or, when the header holds more of them,
/// semicolons or tabs, as spreadsheets in many locales save), records ended by CRLF, LF or CR,
/// quoted fields with doubled quotes inside, a UTF-8 byte order mark skipped.
///
/// Written here rather than taken from a package on the list, after trying both on the same files
/// (release builds, `-static-stdlib`; figures in Tests/Benchmarks/README.md, "Import"):
/// - SwiftCSV 0.10.0 stops at the first stray quote with "Can't have non-quote here: h" and no row or
///   column, accepts a quoted field that never closes and rows with more or fewer cells than the
///   header without a word, and drops the spaces a cell starts with. It read the 80,000-row export
///   in 1.57 s (165 MB); this reader takes under 0.2 s.
/// - yaslab/CSV.swift 2.5.2 keeps a stray quote as text, ends an unterminated quoted field at the end
///   of the file and accepts ragged rows, all silently, and reports `cannotReadFile` after reading a
///   good file to its end. 1.3 s (100 MB) on the same file.
/// - Both import all of Foundation, which doubles the statically linked binary (33 → 70 MB).
/// `okr import --check` must name the row and column of every problem, which neither can.
public enum CSVReader {
    /// Every record with its row as a spreadsheet numbers it (the header is row 1), and every
    /// syntax problem with its row and column. A bad record is still returned as far as it could be
    /// read, so later rows keep their numbers; its row is among `badRows`.
    public struct Table: Equatable, Sendable {
        public var records: [[String]]
        public var problems: [ImportProblem]

        /// The rows (from 1) with a syntax problem.
        public var badRows: Set<Int> { Set(problems.compactMap(\.line)) }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(0x0D)
    private static let lf = UInt8(0x0A)

    /// Texts from this size are read in two halves side by side.
    static let parallelSize = 1 << 20

    /// The records of a sheet given as text.
    public static func read(_ text: String) -> Table {
        read(Array(text.utf8))
    }

    /// The records of a file's bytes, as read: a byte that is not UTF-8 is named where it is, which
    /// the file decoded as text first could no longer tell from a U+FFFD the sheet really holds.
    public static func read(_ source: [UInt8]) -> Table {
        let (start, separator, split) = source.withUnsafeBufferPointer { all in
            let start = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0
            let bytes = UnsafeBufferPointer(rebasing: all[start...])
            return (start, Self.separator(of: bytes), bytes.count >= parallelSize ? middleRecordStart(bytes) : nil)
        }
        // The records from byte `from` (after the byte order mark) up to `to` (nil: the end).
        @Sendable func records(from: Int = 0, to: Int? = nil, headed: Bool) -> Table {
            source.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[start...])
                return read(UnsafeBufferPointer(rebasing: bytes[from..<(to ?? bytes.count)]), separator: separator, headed: headed)
            }
        }
        guard let split else { return records(headed: true) }
        // The halves are read as one text would be only if the first ends where a record does: a clean
        // first half shows that it does. Either half with a problem is read again as one, for the
        // problems' rows and columns.
        let halves = ParallelChunks.map(count: 2, minimumPerChunk: 1, maximumThreads: 2) { range in
            range.map { half in half == 0 ? records(to: split, headed: true) : records(from: split, headed: false) }
        }.joined()
        let first = halves.first!, second = halves.last!
        guard first.problems.isEmpty, second.problems.isEmpty else { return records(headed: true) }
        return Table(records: first.records + second.records, problems: [])
    }

    /// The start of the first line past the middle with an even number of quotes before it: outside
    /// any quoted field, if the text keeps RFC 4180 (which the halves' reading then confirms).
    static func middleRecordStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var quotes = 0
        var k = 0
        let middle = bytes.count / 2
        while k < bytes.count {
            if bytes[k] == quote { quotes += 1 } else if bytes[k] == lf, k >= middle, quotes % 2 == 0 { return k + 1 < bytes.count ? k + 1 : nil }
            k += 1
        }
        return nil
    }

    /// The records of `bytes`; with `headed`, the first is the header (for the problems' column names).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, headed: Bool) -> Table {
        var records: [[String]] = []
        var problems: [ImportProblem] = []
        var header: [String] = []
        var i = 0
        let n = bytes.count
        var fields: [String] = []
        // A sheet saved in a legacy encoding has bytes that are not UTF-8: decoding puts U+FFFD in
        // their place, and the field is named, so nothing is imported garbled. The row and field
        // are given, not read from `records` and `fields`: a variable a local function captures is
        // checked for exclusive access at run time at every use: a quarter of reading the cells.
        func text(_ buffer: UnsafeBufferPointer<UInt8>, row: Int, field: Int) -> String {
            // An export leaves most cells empty (the document's columns hold something on its first row only).
            if buffer.isEmpty { return "" }
            var text = String(decoding: buffer, as: UTF8.self)
            let repaired = text.withUTF8 { $0.count != buffer.count || memcmp($0.baseAddress!, buffer.baseAddress!, $0.count) != 0 }
            if repaired {
                problems.append(ImportProblem(
                    line: row, column: column(field),
                    message: "holds bytes that are not UTF-8 text (shown as �)\(place(field)); save the sheet as \"CSV UTF-8\""
                ))
            }
            return text
        }
        func column(_ index: Int) -> String? {
            index < header.count ? header[index] : nil
        }
        func place(_ index: Int) -> String {
            index < header.count || header.isEmpty ? "" : " (field \(index + 1), past the header's \(header.count) columns)"
        }
        while i < n {
            let row = records.count + 1
            // A new array per record, with room for the header's fields: records keep them.
            fields = []
            fields.reserveCapacity(header.count)
            var recordDone = false
            while !recordDone {
                let field = fields.count
                if i < n, bytes[i] == quote {
                    // A quoted field: up to the quote that is not doubled.
                    let opened = i
                    i += 1
                    // The field's bytes are copied into `value` only when it has a doubled quote to undo (or text after its end).
                    var value: [UInt8] = []
                    var copied = false
                    var segment = i
                    var closed = false
                    while i < n {
                        if bytes[i] == quote {
                            if i + 1 < n, bytes[i + 1] == quote {
                                copied = true
                                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...i]))
                                i += 2
                                segment = i
                                continue
                            }
                            if copied { value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i])) }
                            i += 1
                            closed = true
                            break
                        }
                        i += 1
                    }
                    guard closed else {
                        let line = lineNumber(of: opened, in: bytes)
                        problems.append(ImportProblem(
                            line: row, column: column(field),
                            message: "the quoted field opened on line \(line) of the file\(place(field)) never closes; add the closing \" (a quote inside a quoted field is written twice: \"\")"
                        ))
                        fields.append(text(UnsafeBufferPointer(rebasing: bytes[(opened + 1)...]), row: row, field: field))
                        i = n
                        recordDone = true
                        break
                    }
                    // After the closing quote only a separator or the end of the record may follow.
                    if i < n, bytes[i] != separator, bytes[i] != cr, bytes[i] != lf {
                        if !copied {
                            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(opened + 1)..<(i - 1)]))
                            copied = true
                        }
                        let rest = i
                        while i < n, bytes[i] != separator, bytes[i] != cr, bytes[i] != lf { i += 1 }
                        value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<i]))
                        problems.append(ImportProblem(
                            line: row, column: column(field),
                            message: "text follows the closing quote of this field\(place(field)); quote the whole field and write each quote inside it twice (\"\")"
                        ))
                    }
                    fields.append(copied ? value.withUnsafeBufferPointer { text($0, row: row, field: field) } : text(UnsafeBufferPointer(rebasing: bytes[(opened + 1)..<(i - 1)]), row: row, field: field))
                } else {
                    let begin = i
                    var strayQuote = false
                    while i < n {
                        let byte = bytes[i]
                        if byte == separator || byte == cr || byte == lf { break }
                        if byte == quote { strayQuote = true }
                        i += 1
                    }
                    if strayQuote {
                        problems.append(ImportProblem(
                            line: row, column: column(field),
                            message: "a quote inside a field that does not start with one\(place(field)); quote the whole field and write each quote inside it twice (\"\")"
                        ))
                    }
                    fields.append(text(UnsafeBufferPointer(rebasing: bytes[begin..<i]), row: row, field: field))
                }
                // The field ends at a separator (another field follows), a line end or the end of the text.
                if i < n, bytes[i] == separator {
                    i += 1
                } else {
                    if i < n, bytes[i] == cr {
                        i += 1
                        if i < n, bytes[i] == lf { i += 1 }
                    } else if i < n {
                        i += 1
                    }
                    recordDone = true
                }
            }
            if headed, records.isEmpty { header = fields }
            records.append(fields)
        }
        return Table(records: records, problems: problems)
    }

    /// The separator the header line uses most: a comma, or a semicolon or tab (saved by spreadsheets
    /// set to a language that writes decimal commas). Counted outside quotes, on the first line only.
    static func separator(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == quote { quoted.toggle() }
            if quoted { continue }
            if byte == cr || byte == lf { break }
            if counts[byte] != nil { counts[byte]! += 1 }
        }
        let comma = UInt8(ascii: ",")
        let best = counts.max { $0.value < $1.value || $0.value == $1.value && $0.key != comma }!
        return best.value > counts[comma]! ? best.key : comma
    }

    /// The line (from 1) of a byte, for a quote whose field runs over many lines.
    private static func lineNumber(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var k = 0
        while k < offset {
            if bytes[k] == lf || bytes[k] == cr && (k + 1 >= bytes.count || bytes[k + 1] != lf) { line += 1 }
            k += 1
        }
        return line
    }
}
