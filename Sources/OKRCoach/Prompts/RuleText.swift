/// What one rule says, from `prompts/rules.txt`: its summary, message, question and why it has its severity.
struct RuleText: Sendable, Equatable {
    var summary: String
    var message: String
    var question: String
    var severityRationale: String
    /// Every `key = value` of the section, for words a rule fills into its message.
    var fields: [String: String]

    /// Reads the `[rule-id]` section; every rule needs all four texts, or it would raise findings without words.
    init(ruleID: String, in file: PromptFile) throws(PromptFileError) {
        guard let section = file[ruleID] else {
            throw PromptFileError(file: file.name, line: 0, message: "the rule [\(ruleID)] has no section")
        }
        func field(_ key: String) throws(PromptFileError) -> String {
            guard let value = section[key], !value.allSatisfy(\.isWhitespace) else {
                throw PromptFileError(file: file.name, line: section.line, message: "the rule [\(ruleID)] needs a \(key) = line")
            }
            return value
        }
        summary = try field("summary")
        message = try field("message")
        question = try field("question")
        severityRationale = try field("severity")
        fields = Dictionary(section.fields, uniquingKeysWith: { _, last in last })
    }

    /// Fills `{name}` placeholders; unknown ones stay as written so a typo shows instead of vanishing.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        PromptFile.fill(text, values)
    }
}
