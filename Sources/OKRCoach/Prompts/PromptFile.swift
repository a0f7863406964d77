/// A parsed prompt file (`prompts/*.txt`): named sections, each with ordered
/// `key = value` fields and a list of plain items. Simple enough to edit in
/// any text editor without knowing JSON or YAML.
public struct PromptFile: Equatable, Sendable {
    public var name: String
    public var sections: [PromptSection]

    public init(name: String, sections: [PromptSection] = []) {
        self.name = name
        self.sections = sections
    }

    public subscript(section: String) -> PromptSection? {
        sections.last { $0.name == section }
    }

    /// Parses the text; `name` is used in errors.
    public static func parse(_ text: String, name: String) throws(PromptFileError) -> PromptFile {
        var file = PromptFile(name: name)
        var lastKey: String?
        for (index, rawLine) in lines(text).enumerated() {
            let lineNumber = index + 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                if trimmed.isEmpty { lastKey = nil }
                continue
            }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), trimmed.count > 2 else {
                    throw PromptFileError(file: name, line: lineNumber, message: "a section header looks like [name]")
                }
                file.sections.append(PromptSection(name: String(trimmed.dropFirst().dropLast()).trimmingSpaces(), line: lineNumber))
                lastKey = nil
                continue
            }
            guard !file.sections.isEmpty else {
                throw PromptFileError(file: name, line: lineNumber, message: "text before the first [section]")
            }
            let section = file.sections.count - 1
            if let first = line.first, first == " " || first == "\t", let key = lastKey {
                file.sections[section].append(toField: key, unescape(trimmed))
                continue
            }
            if let equals = trimmed.firstIndex(of: "=") {
                let key = String(trimmed[..<equals]).trimmingSpaces()
                if !key.isEmpty, !key.contains(" ") {
                    let value = String(trimmed[trimmed.index(after: equals)...]).trimmingSpaces()
                    file.sections[section].set(key, unescape(value))
                    lastKey = key
                    continue
                }
            }
            file.sections[section].items.append(unescape(trimmed))
            lastKey = nil
        }
        return file
    }

    /// This file with `override`'s sections laid over it: fields replaced one
    /// by one, lists replaced whole, new sections added. A facilitator's copy
    /// only needs what it changes.
    public func overlaid(with override: PromptFile) -> PromptFile {
        var result = self
        for section in override.sections {
            if let i = result.sections.lastIndex(where: { $0.name == section.name }) {
                for (key, value) in section.fields { result.sections[i].set(key, value) }
                if !section.items.isEmpty { result.sections[i].items = section.items }
            } else {
                result.sections.append(section)
            }
        }
        return result
    }

    /// Fills `{name}` placeholders in a prompt text; unknown ones stay as written so a typo shows instead of vanishing.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        // Cheap checks first (the coach calls this twice per finding): no values or no "{" byte means nothing to fill.
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = template
        for (name, value) in values {
            let placeholder = "{\(name)}"
            result = replacingASCII(placeholder, with: value, in: result)
                ?? result.split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
        }
        return result
    }

    /// `text.split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)` on
    /// bytes, when text and placeholder are ASCII (nil otherwise): a placeholder opens with "{" and closes
    /// with "}", which no neighbour joins into one Character, so its byte matches are its Character matches.
    /// The Character search cost more than all the other objective rules together (`objective-too-long`).
    private static func replacingASCII(_ placeholder: String, with value: String, in text: String) -> String? {
        let bytes = Array(text.utf8), pattern = Array(placeholder.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }), pattern.allSatisfy({ $0 < 0x80 }) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == pattern[0], bytes.count - i >= pattern.count, bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                result.append(contentsOf: value.utf8)
                i += pattern.count
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func unescape(_ text: String) -> String {
        // A byte check first: the Character search costs more than the rest of parsing.
        guard text.utf8.contains(UInt8(ascii: "\\")), text.contains("\\n") else { return text }
        return text.split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, found by bytes when the text
    /// has no carriage return (without one, every line feed is a Character of its own).
    /// okr parses its built-in prompt files at every start; splitting by Characters was a third of it.
    private static func lines(_ text: String) -> [Substring] {
        let bytes = text.utf8
        guard !bytes.contains(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        var result: [Substring] = []
        var start = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x0A {
                result.append(text[start..<i])
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        result.append(text[start...])
        return result
    }
}

extension StringProtocol {
    /// Drops spaces and tabs at both ends.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
