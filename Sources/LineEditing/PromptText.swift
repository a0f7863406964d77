/// Prepares prompts for libedit, which must be told which bytes take no room
/// on screen, or the cursor lands in the wrong column.
enum PromptText {
    /// Wrapped around each escape sequence for `EL_PROMPT_ESC`.
    static let marker = Unicode.Scalar(UInt8(0x01))

    /// The prompt with every CSI sequence (`ESC[...m` and the like) between
    /// markers and other control characters removed. libedit drops a literal
    /// that ends the prompt, so a prompt ending in an escape gets a space after it.
    static func forEditor(_ prompt: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = prompt.unicodeScalars.makeIterator()
        var endsWithLiteral = false
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                guard let sequence = csiSequence(after: &scalars) else { continue }
                // Adjacent sequences share one pair of markers: libedit reads a doubled marker as a literal one.
                if endsWithLiteral, result.last == marker {
                    result.removeLast()
                } else {
                    result.append(marker)
                }
                result.append(contentsOf: sequence)
                result.append(marker)
                endsWithLiteral = true
                continue
            case 0x0A: result.append(scalar)
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: result.append(scalar)
            }
            endsWithLiteral = false
        }
        if endsWithLiteral { result.append(" ") }
        return String(result)
    }

    /// The prompt as the person sees it, without escape sequences.
    static func visibleText(_ prompt: String) -> String {
        var inside = false
        return String(String.UnicodeScalarView(forEditor(prompt).unicodeScalars.filter { scalar in
            if scalar == marker { inside.toggle(); return false }
            return !inside
        }))
    }

    /// The prompt with the default value shown after it, e.g. `Team: [Store Ops] `,
    /// dimmed when colour is allowed.
    static func withDefault(_ prompt: String, _ defaultValue: String?, useColor: Bool) -> String {
        guard let defaultValue else { return prompt }
        let visible = visibleText(prompt)
        let separator = visible.isEmpty || visible.last?.isWhitespace == true ? "" : " "
        let shown = "[" + DisplayText.neutralised(defaultValue) + "]"
        let styled = useColor ? "\u{1B}[2m" + shown + "\u{1B}[22m" : shown
        return prompt + separator + styled + " "
    }

    /// Consumes `[` parameters and the final byte after an ESC; nil (and the
    /// ESC dropped) for anything that is not a complete CSI sequence.
    private static func csiSequence(after scalars: inout String.UnicodeScalarView.Iterator) -> [Unicode.Scalar]? {
        guard let bracket = scalars.next(), bracket == "[" else { return nil }
        var sequence: [Unicode.Scalar] = ["\u{1B}", "["]
        while let scalar = scalars.next() {
            guard (0x20...0x7E).contains(scalar.value) else { return nil }
            sequence.append(scalar)
            if (0x40...0x7E).contains(scalar.value) { return sequence }
        }
        return nil
    }
}
