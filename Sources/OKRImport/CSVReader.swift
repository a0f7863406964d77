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
    /// read, so later rows keep their numbers.
    public struct Table: Equatable, Sendable {
        public var records: [[String]]
        public var problems: [ImportProblem]
    }

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(0x0D)
    private static let lf = UInt8(0x0A)

    /// The records of a sheet given as text.
    public static func read(_ text: String) -> Table {
        read(Array(text.utf8))
    }

    /// Every record of a file's bytes (`Rows`, one after another). A byte that is not UTF-8 is named
    /// where it is, which the file decoded as text first could no longer tell from a U+FFFD the sheet
    /// really holds.
    public static func read(_ source: [UInt8]) -> Table {
        source.withUnsafeBufferPointer { all in
            var rows = Rows(all)
            var records: [[String]] = []
            while let record = rows.next() { records.append(record.fields) }
            return Table(records: records, problems: rows.problems)
        }
    }

    /// A file's text without a UTF-8 byte order mark, and the separator its header uses.
    static func body(of all: UnsafeBufferPointer<UInt8>) -> (bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) {
        let start = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0
        let bytes = UnsafeBufferPointer(rebasing: all[start...])
        return (bytes, separator(of: bytes))
    }

    /// The records of a text one at a time, each with its row as a spreadsheet numbers it, and the
    /// syntax problems found so far: an import builds its document row by row as the sheet is read,
    /// keeping no table of every cell (80,000 rows of them were 60 MB, allocated and freed cell by cell).
    /// Sendable, unchecked: its bytes are only read, and outlive every reading (the halves of a sheet
    /// are read side by side from one file's bytes).
    struct Rows: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let separator: UInt8
        /// The header's cells, which name the columns of problems: the first record, read from the start.
        private(set) var header: [String]
        /// Where the next record starts in `bytes`.
        private(set) var offset: Int
        /// The next record's row.
        private(set) var row: Int
        private(set) var problems: [ImportProblem] = []

        /// A file's records from its start; the first is the header.
        init(_ all: UnsafeBufferPointer<UInt8>) {
            let (bytes, separator) = CSVReader.body(of: all)
            self.init(bytes, separator: separator, from: 0, row: 1, header: [])
        }

        /// The records of `bytes` from `offset`, which starts a record, the first of them numbered `row`.
        init(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, from offset: Int, row: Int, header: [String]) {
            self.bytes = bytes
            self.separator = separator
            self.offset = offset
            self.row = row
            self.header = header
        }

        /// The next record as far as it could be read, and whether it read without a syntax problem
        /// (its problems are added to `problems`); nil at the end of the text.
        mutating func next() -> (fields: [String], clean: Bool)? {
            guard offset < bytes.count else { return nil }
            let known = problems.count
            var i = offset
            let n = bytes.count
            // A new array per record, with room for the header's fields: records keep them.
            var fields: [String] = []
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
                        problem(field, "the quoted field opened on line \(line) of the file\(place(field)) never closes; add the closing \" (a quote inside a quoted field is written twice: \"\")")
                        fields.append(text(UnsafeBufferPointer(rebasing: bytes[(opened + 1)...]), field: field))
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
                        problem(field, "text follows the closing quote of this field\(place(field)); quote the whole field and write each quote inside it twice (\"\")")
                    }
                    fields.append(copied ? value.withUnsafeBufferPointer { text($0, field: field) } : text(UnsafeBufferPointer(rebasing: bytes[(opened + 1)..<(i - 1)]), field: field))
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
                        problem(field, "a quote inside a field that does not start with one\(place(field)); quote the whole field and write each quote inside it twice (\"\")")
                    }
                    fields.append(text(UnsafeBufferPointer(rebasing: bytes[begin..<i]), field: field))
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
            if row == 1, header.isEmpty { header = fields }
            offset = i
            row += 1
            return (fields, problems.count == known)
        }

        /// A field's text. A sheet saved in a legacy encoding has bytes that are not UTF-8: decoding puts
        /// U+FFFD in their place, and the field is named, so nothing is imported garbled.
        private mutating func text(_ buffer: UnsafeBufferPointer<UInt8>, field: Int) -> String {
            // An export leaves most cells empty (the document's columns hold something on its first row only).
            if buffer.isEmpty { return "" }
            var text = String(decoding: buffer, as: UTF8.self)
            let repaired = text.withUTF8 { $0.count != buffer.count || memcmp($0.baseAddress!, buffer.baseAddress!, $0.count) != 0 }
            if repaired {
                problem(field, "holds bytes that are not UTF-8 text (shown as �)\(place(field)); save the sheet as \"CSV UTF-8\"")
            }
            return text
        }

        private mutating func problem(_ field: Int, _ message: String) {
            problems.append(ImportProblem(line: row, column: field < header.count ? header[field] : nil, message: message))
        }

        private func place(_ index: Int) -> String {
            index < header.count || header.isEmpty ? "" : " (field \(index + 1), past the header's \(header.count) columns)"
        }
    }

    /// The start of the first line past the middle with an even number of quotes before it: outside
    /// any quoted field, if the text keeps RFC 4180 (which reading the halves then confirms).
    static func middleRecordStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let middle = bytes.count / 2
        // The quotes before the middle, found with memchr: this runs alone, before either half starts.
        var quotes = 0
        var k = 0
        while k < middle, let found = memchr(base + k, Int32(quote), middle - k) {
            quotes += 1
            k = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        k = middle
        while k < bytes.count {
            if bytes[k] == quote { quotes += 1 } else if bytes[k] == lf, quotes % 2 == 0 { return k + 1 < bytes.count ? k + 1 : nil }
            k += 1
        }
        return nil
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
