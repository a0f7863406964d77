import OKRModel

/// okr's retrospective minutes read back: "### O1: … — average grade 0.65" names the objective, its
/// table gives each key result's grade and why, and its "Learned" and "Next time" bullets the lessons.
/// Only items the page gave above are completed; the minutes never add one.
extension MarkdownReader {
    mutating func retroHeading(_ text: String) {
        let id = text.prefix { $0 != ":" }.trimmingWhitespace()
        retroObjective = document.objectiveIndex(id: id)
    }

    mutating func retroGrade(id: String?, grade: String?, why: String?) {
        guard let id, let (o, k) = document.keyResultIndex(id: id) else { return }
        if let grade {
            guard let value = Double(grade), (0...1).contains(value) else {
                problems.append(ImportProblem(line: number, message: "the grade \"\(TextSafety.clip(grade, limit: 20))\" of \(id) is not a number from 0 to 1, like 0.7"))
                return
            }
            document.objectives[o].keyResults[k].grade = value
        }
        document.objectives[o].keyResults[k].gradeNote = why
    }

    mutating func retroLesson(_ text: String) {
        guard let o = retroObjective else { return }
        var retro = document.objectives[o].retro ?? Retro()
        if let learned = MarkdownLabel.field(text, ["learned"]) {
            retro.learned = learned.value
        } else if let next = MarkdownLabel.field(text, ["next time"]) {
            retro.differently = next.value
        } else {
            return
        }
        document.objectives[o].retro = retro
    }
}
