/// What to ask for one line.
public struct LineRequest: Sendable {
    /// Shown before the input; may contain ANSI SGR colour sequences (`ESC[...m`).
    public var prompt: String
    /// Shown in the prompt and returned when the person just presses Enter.
    public var defaultValue: String?
    /// Put into the edit buffer with the cursor at its end, for revising a draft (terminal only).
    public var prefill: String?

    public init(prompt: String, defaultValue: String? = nil, prefill: String? = nil) {
        self.prompt = prompt
        self.defaultValue = defaultValue
        self.prefill = prefill
    }
}
