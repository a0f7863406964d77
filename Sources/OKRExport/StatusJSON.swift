import OKRCoach
import OKRModel

/// `okr status --format json`:
/// `{"asOf", "documents": [{"file", "team", "period", "elapsed", "objectives": [{"id", "score", "status",
/// "keyResults": [{"id", "progress", "expected", "status", "confidence", "history": [{"date", "value"}]}]}]}],
/// "findings": [lint's finding shape]}`. Shares are rounded to hundredths; what is unknown is null; the
/// history lists the check-ins with a value, one per line.
public enum StatusJSON {
    /// One reviewed document: where it was read from, the document and its scores.
    public typealias Report = (file: String, document: Document, scores: DocumentScore)

    /// The report as pieces of bytes to write one after the other: the objectives are written in chunks
    /// on all processors, since a large document has a hundred thousand key results, each with its history.
    public static func pieces(asOf: String, reports: [Report], findings: [(file: String, findings: [Finding])]) -> [[UInt8]] {
        var pieces: [[UInt8]] = [Array("{\n  \"asOf\": ".utf8) + JSONWriter.prettyBytes(.string(asOf)).dropLast() + Array(",\n  \"documents\": [".utf8)]
        for (d, report) in reports.enumerated() {
            var head = Array((d == 0 ? "\n" : ",\n").utf8)
            JSONWriter.appendPadding(2, to: &head)
            var document = JSONWriter.PrettyObject(indent: 2)
            document.append("file", .string(report.file), to: &head)
            document.append("team", .string(report.document.team), to: &head)
            document.append("period", .string(report.document.period), to: &head)
            document.append("elapsed", share(report.scores.elapsed), to: &head)
            let objectives = report.scores.objectives
            guard !objectives.isEmpty else {
                document.append("objectives", .array([]), to: &head)
                document.finish(&head)
                pieces.append(head)
                continue
            }
            head.append(contentsOf: ",\n      \"objectives\": [\n".utf8)
            pieces.append(head)
            pieces += ParallelChunks.map(count: objectives.count, minimumPerChunk: 500) { range in
                var out: [UInt8] = []
                out.reserveCapacity(range.count * 4096)
                for o in range {
                    JSONWriter.appendPadding(4, to: &out)
                    append(objectives[o], indent: 4, to: &out)
                    out.append(contentsOf: (o == objectives.count - 1 ? "\n" : ",\n").utf8)
                }
                return out
            }
            var tail: [UInt8] = []
            JSONWriter.appendPadding(3, to: &tail)
            tail.append(contentsOf: "]\n    }".utf8)
            pieces.append(tail)
        }
        var end = Array((reports.isEmpty ? "],\n  \"findings\": " : "\n  ],\n  \"findings\": ").utf8)
        let all: [JSONValue] = findings.flatMap { file, findings in findings.map { FindingJSON.encode($0, file: file) } }
        JSONWriter.appendPretty(.array(all), indent: 1, to: &end)
        end.append(contentsOf: "\n}\n".utf8)
        pieces.append(end)
        return pieces
    }

    /// An objective's scores, written member by member without building its JSON first: a large
    /// document has a hundred thousand key results, each with its history.
    static func append(_ objective: ObjectiveScore, indent: Int, to out: inout [UInt8]) {
        var members = JSONWriter.PrettyObject(indent: indent)
        members.append("id", .string(objective.id), to: &out)
        members.append("score", share(objective.score), to: &out)
        members.append("status", .string(objective.status.rawValue), to: &out)
        guard !objective.keyResults.isEmpty else {
            members.append("keyResults", .array([]), to: &out)
            members.finish(&out)
            return
        }
        out.append(contentsOf: ",\n".utf8)
        JSONWriter.appendPadding(indent + 1, to: &out)
        out.append(contentsOf: "\"keyResults\": [\n".utf8)
        for (k, keyResult) in objective.keyResults.enumerated() {
            JSONWriter.appendPadding(indent + 2, to: &out)
            append(keyResult, indent: indent + 2, to: &out)
            out.append(contentsOf: (k == objective.keyResults.count - 1 ? "\n" : ",\n").utf8)
        }
        JSONWriter.appendPadding(indent + 1, to: &out)
        out.append(UInt8(ascii: "]"))
        members.finish(&out)
    }

    /// A key result's scores; its history one check-in per line, `{"date": …, "value": …}`.
    static func append(_ keyResult: KeyResultScore, indent: Int, to out: inout [UInt8]) {
        var members = JSONWriter.PrettyObject(indent: indent)
        members.append("id", .string(keyResult.id), to: &out)
        members.append("progress", share(keyResult.progress?.value), to: &out)
        members.append("expected", share(keyResult.expected), to: &out)
        members.append("status", .string(keyResult.status.rawValue), to: &out)
        members.append("confidence", share(keyResult.confidence), to: &out)
        out.append(contentsOf: ",\n".utf8)
        JSONWriter.appendPadding(indent + 1, to: &out)
        out.append(contentsOf: "\"history\": [".utf8)
        var first = true
        for checkIn in keyResult.checkIns {
            guard let value = checkIn.value else { continue }
            out.append(contentsOf: (first ? "\n" : ",\n").utf8)
            first = false
            JSONWriter.appendPadding(indent + 2, to: &out)
            // Dates are validated `YYYY-MM-DD` text: nothing in them needs escaping.
            out.append(contentsOf: "{\"date\": \"".utf8)
            out.append(contentsOf: checkIn.date.utf8)
            out.append(contentsOf: "\", \"value\": ".utf8)
            out.append(contentsOf: JSONNumber.format(value).utf8)
            out.append(UInt8(ascii: "}"))
        }
        if !first {
            out.append(UInt8(ascii: "\n"))
            JSONWriter.appendPadding(indent + 1, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        members.finish(&out)
    }

    private static func share(_ value: Double?) -> JSONValue {
        value.map { .number(ScoreFormat.rounded($0)) } ?? .null
    }
}
