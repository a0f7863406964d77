/// Medians and percentiles by nearest rank.
enum Stats {
    static func percentile(_ samples: [Double], _ q: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    static func median(_ samples: [Double]) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// One line of the results table.
struct Row {
    var command: String
    /// Seconds.
    var samples: [Double]
    var peakKiB: Int?
    /// The median this row is compared with, and its name.
    var baseline: Double?
    var target: String = ""
    var met: Bool?
    var isBaseline = false

    var median: Double { Stats.median(samples) }
    var ratio: Double? { baseline.map { median / $0 } }
}

/// Prints rows as a pipe table that reads in a terminal and pastes into Markdown.
enum Table {
    static let header = ["command", "median ms", "p90 ms", "p99 ms", "peak MiB", "ratio to baseline", "target met?"]

    static func render(_ sections: [(title: String, rows: [Row])]) -> String {
        var lines: [[String]] = []
        var titles: [Int: String] = [:]
        for section in sections {
            titles[lines.count] = section.title
            for row in section.rows {
                let p99 = row.samples.count >= 100 ? ms(Stats.percentile(row.samples, 0.99)) : "–"
                let ratio = row.isBaseline ? "1.00× (baseline)" : row.ratio.map { String(format2($0)) + "×" } ?? "–"
                let verdict: String
                switch row.met {
                case .some(true): verdict = "yes (\(row.target))"
                case .some(false): verdict = "NO (\(row.target))"
                case .none: verdict = row.target.isEmpty ? "" : row.target
                }
                lines.append([
                    row.command, ms(row.median), ms(Stats.percentile(row.samples, 0.9)), p99,
                    row.peakKiB.map { format1(Double($0) / 1024) } ?? "–", ratio, verdict,
                ])
            }
        }
        var widths = header.map(\.count)
        for line in lines {
            for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func format(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return (1...4).contains(i) ? pad + cell : cell + pad
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        var out = [format(header)]
        out.append("|" + widths.enumerated().map { i, w in
            (1...4).contains(i) ? String(repeating: "-", count: w + 1) + ":" : ":" + String(repeating: "-", count: w + 1)
        }.joined(separator: "|") + "|")
        for (i, line) in lines.enumerated() {
            if let title = titles[i] {
                // Section titles span the row; they are not padded to the column.
                out.append("| **" + title + "** |" + String(repeating: " |", count: header.count - 1))
            }
            out.append(format(line))
        }
        return out.joined(separator: "\n")
    }

    static func ms(_ seconds: Double) -> String {
        let value = seconds * 1000
        return value >= 100 ? format0(value) : value >= 10 ? format1(value) : format2(value)
    }

    static func format0(_ x: Double) -> String { String(Int(x.rounded())) }

    static func format1(_ x: Double) -> String { fixed(x, 1) }

    static func format2(_ x: Double) -> String { fixed(x, 2) }

    static func fixed(_ x: Double, _ places: Int) -> String {
        guard x.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let n = Int((abs(x) * scale).rounded())
        let whole = n / Int(scale)
        var fraction = String(n % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return (x < 0 ? "-" : "") + "\(whole)." + fraction
    }
}

func format2(_ x: Double) -> String { Table.format2(x) }
func format1(_ x: Double) -> String { Table.format1(x) }
