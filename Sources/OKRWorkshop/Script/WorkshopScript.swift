import OKRCoach
import OKRPrompts

/// The workshop's words, from `prompts/workshop.txt`: every question, hint and
/// message the session says. A facilitator's copy is laid over the built-in
/// one, so it only needs the lines it changes.
public struct WorkshopScript: Sendable {
    private let file: PromptFile

    /// The script compiled into okr.
    public static func builtin() -> WorkshopScript {
        do {
            return try load(override: nil)
        } catch {
            preconditionFailure("the built-in workshop script is broken: \(error)")
        }
    }

    /// The built-in script with `override` (the text of a facilitator's `workshop.txt`) laid over it.
    /// Sections or keys the built-in script does not have are refused, so a typo does not go unnoticed.
    public static func load(override: String?) throws(PromptFileError) -> WorkshopScript {
        let builtin = try PromptFile.parse(String(decoding: BuiltinPrompts.files["workshop.txt"] ?? [], as: UTF8.self), name: "workshop.txt")
        guard let override else { return WorkshopScript(file: builtin) }
        let copy = try PromptFile.parse(override, name: "workshop.txt")
        for section in copy.sections {
            guard let known = builtin[section.name] else {
                throw PromptFileError(file: "workshop.txt", line: section.line, message: "okr has no section [\(section.name)]")
            }
            for (key, _) in section.fields where known[key] == nil {
                throw PromptFileError(file: "workshop.txt", line: section.line, message: "[\(section.name)] has no key \"\(key)\"")
            }
        }
        try checkSettings(copy)
        return WorkshopScript(file: builtin.overlaid(with: copy))
    }

    /// `[steps]` takes on or off and `[timebox]` numbers of minutes: a typo there would otherwise
    /// quietly keep a question or drop a timebox.
    private static func checkSettings(_ copy: PromptFile) throws(PromptFileError) {
        if let steps = copy["steps"] {
            for (key, value) in steps.fields where !["on", "off"].contains(value.lowercased()) {
                throw PromptFileError(file: "workshop.txt", line: steps.line, message: "[steps] \(key) is \"\(value)\"; write on or off")
            }
        }
        if let timebox = copy["timebox"] {
            for key in ["purpose", "objective", "review"] {
                guard let value = timebox[key] else { continue }
                if Double(value).map({ $0 >= 0 }) != true {
                    throw PromptFileError(file: "workshop.txt", line: timebox.line, message: "[timebox] \(key) is \"\(value)\"; write a number of minutes, or 0 for no timebox")
                }
            }
        }
    }

    /// The text at `section`/`key` with `{name}` placeholders filled in.
    public func text(_ section: String, _ key: String, _ values: [String: String] = [:]) -> String {
        guard let template = file[section]?[key] else {
            preconditionFailure("workshop.txt has no [\(section)] \(key)")
        }
        return PromptFile.fill(template, values)
    }

    /// Whether the facilitator left a question of `[steps]` on (anything but "off" keeps it).
    func asks(_ question: OptionalQuestion) -> Bool {
        file["steps"]?[question.rawValue]?.lowercased() != "off"
    }

    /// Minutes planned for a stage in `[timebox]`; nil when there is no plan (0, or not a number).
    func plannedMinutes(_ stage: String) -> Double? {
        guard let text = file["timebox"]?[stage], let minutes = Double(text), minutes > 0 else { return nil }
        return minutes
    }

    /// Every `key = value` of a section, in order (the command list of /help).
    func fields(_ section: String) -> [(String, String)] {
        file[section]?.fields ?? []
    }
}

