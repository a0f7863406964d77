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
        return WorkshopScript(file: builtin.overlaid(with: copy))
    }

    /// The text at `section`/`key` with `{name}` placeholders filled in.
    public func text(_ section: String, _ key: String, _ values: [String: String] = [:]) -> String {
        guard let template = file[section]?[key] else {
            preconditionFailure("workshop.txt has no [\(section)] \(key)")
        }
        return PromptFile.fill(template, values)
    }

    /// Every `key = value` of a section, in order (the command list of /help).
    func fields(_ section: String) -> [(String, String)] {
        file[section]?.fields ?? []
    }
}
