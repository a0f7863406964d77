import OKRCoach
import OKRModel

/// Imported key results go through the same parser as the workshop's: a sheet often gives only the
/// statement, and the numbers, unit and due date in its words are what the coach and the scores read.
public enum StatementReading {
    /// The document with every key result's unstated fields read from its statement.
    /// What the source stated is kept: a target column wins over the target the text implies.
    /// Objectives are read in chunks on all processors: a sheet of 80,000 key results took a fifth of a second on one.
    public static func complete(_ document: Document, today: String? = nil) -> Document {
        var document = document
        let context = ParseContext(period: document.period.isEmpty ? nil : document.period, today: today)
        let objectives = document.objectives
        let chunks = ParallelChunks.map(count: objectives.count, minimumPerChunk: 200) { range in
            range.map { o in
                var objective = objectives[o]
                for k in objective.keyResults.indices { complete(&objective.keyResults[k], context: context) }
                return objective
            }
        }
        document.objectives = Array(chunks.joined())
        return document
    }

    static func complete(_ keyResult: inout KeyResult, context: ParseContext) {
        // Nothing left to read: a sheet that states every number (okr's own export, often) is not parsed again.
        guard keyResult.metric == nil || keyResult.baseline == nil || keyResult.target == nil || keyResult.unit == nil
            || keyResult.direction == nil || keyResult.due == nil else { return }
        let parsed = KeyResultParser.parse(keyResult.statement, context: context)
        keyResult.metric = keyResult.metric ?? parsed.metric
        keyResult.baseline = keyResult.baseline ?? parsed.baseline
        keyResult.target = keyResult.target ?? parsed.target
        keyResult.unit = keyResult.unit ?? parsed.unit
        keyResult.direction = keyResult.direction ?? parsed.direction
        keyResult.due = keyResult.due ?? parsed.due
    }
}
