import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// Line editing on a terminal through libedit: UTF-8, coloured prompts,
/// history, Tab completion, Ctrl-C that cancels only the line, and redraw on
/// resize. One editor per terminal, used from one thread.
///
/// libedit reads keys through `nextCharacter` (EL_GETCFN) so that invalid
/// UTF-8 becomes U+FFFD and a resize can wake it; Ctrl-C arrives in-band
/// because ISIG is off while editing.
public final class LineEditor: LineInput {
    /// Key codes libedit never receives from the keyboard (C1 controls are
    /// turned into U+FFFD on input), used to run the editor's own functions.
    private static let resizeKey = "\u{9F}"
    private static let resizeCharacter = wchar_t(0x9F)

    private var editor: OpaquePointer?
    private let options: LineInputOptions
    private let history: LineHistory?
    private var resizeSignal: ResizeSignal?
    /// The terminal as found, put back on close: libedit's own restore is skipped
    /// (EL_EDITMODE 0 before el_end) because it would discard typeahead.
    private var originalTerminal = termios()
    /// The prompt libedit asks for on every redraw; owned here.
    private var prompt: UnsafeMutablePointer<CChar>?
    private var interrupted = false
    private var decoder = UTF8InputDecoder()
    private var decoded: [Unicode.Scalar] = []
    private var decodedStart = 0

    /// Sets up libedit on stdin and stdout; nil when stdin is not a terminal or libedit fails.
    public init?(_ options: LineInputOptions) {
        Self.useUTF8Locale()
        guard tcgetattr(0, &originalTerminal) == 0, let editor = cel_init(options.programName) else { return nil }
        self.options = options
        self.history = LineHistory(path: options.historyPath)
        self.resizeSignal = ResizeSignal()
        self.editor = editor
        configure(editor)
    }

    deinit {
        close()
        free(prompt)
    }

    public var isInteractive: Bool { true }
    public var columns: Int { TerminalSize.columns() }

    public func readLine(_ request: LineRequest) -> LineResult {
        guard let editor else { return .endOfInput }
        setPrompt(PromptText.forEditor(PromptText.withDefault(request.prompt, request.defaultValue, useColor: options.useColor)))
        interrupted = false
        // el_gets measures the terminal itself when it starts.
        _ = resizeSignal?.drain()
        // Raw mode first: el_gets would stay cooked with typeahead or pushed text.
        _ = cel_prepare_terminal(editor, 1)
        if let prefill = request.prefill.map(DisplayText.neutralised), !prefill.isEmpty {
            el_push(editor, prefill)
        }
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count), count >= 0 else {
            // Ctrl-D on an empty line (libedit has shown ^D) or the terminal went away.
            cel_write_output("\n")
            return .endOfInput
        }
        var bytes = Array(UnsafeRawBufferPointer(start: raw, count: Int(count)))
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        if interrupted { return .interrupted }
        let line = String(decoding: bytes, as: UTF8.self)
        if line.isEmpty, let defaultValue = request.defaultValue { return .line(defaultValue) }
        history?.record(line)
        return .line(line)
    }

    public func close() {
        guard let editor else { return }
        _ = cel_set_editmode(editor, 0)
        el_end(editor)
        self.editor = nil
        resizeSignal = nil
        _ = tcsetattr(0, TCSANOW, &originalTerminal)
    }

    // MARK: - Setup

    /// libedit drops non-ASCII input in the C locale; Swift never sets one.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private func configure(_ editor: OpaquePointer) {
        _ = cel_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = cel_set_editor(editor, "emacs")
        // Signals stay with the program: ^C comes in-band, SIGWINCH through ResizeSignal.
        _ = cel_set_signal(editor, 0)
        _ = cel_disable_isig(editor)
        _ = cel_set_prompt(editor, { editor in LineEditor.owner(of: editor)?.prompt }, CChar(PromptText.marker.value))
        _ = cel_set_getcfn(editor) { editor, character in
            guard let owner = LineEditor.owner(of: editor), let character else { return -1 }
            return owner.nextCharacter(character)
        }
        if let history { _ = cel_set_history(editor, history.handle) }

        _ = cel_add_function(editor, "okr-interrupt", "Cancel the line being typed") { editor, _ in
            LineEditor.owner(of: editor)?.interrupt() ?? UInt8(CC_ERROR)
        }
        _ = cel_add_function(editor, "okr-complete", "Complete the word before the cursor") { editor, _ in
            LineEditor.owner(of: editor)?.complete() ?? UInt8(CC_ERROR)
        }
        _ = cel_add_function(editor, "okr-resize", "Redraw the line for a new terminal size") { editor, _ in
            guard let editor else { return UInt8(CC_ERROR) }
            el_resize(editor)
            return UInt8(CC_REDISPLAY)
        }

        // Shell-like defaults that ~/.editrc may change.
        for (key, function) in [
            ("^R", "em-inc-search-prev"), ("^W", "ed-delete-prev-word"),
            ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
            ("\\e[1;3C", "em-next-word"), ("\\e[1;3D", "ed-prev-word"),
        ] {
            _ = cel_bind(editor, key, function)
        }
        _ = el_source(editor, nil)
        // What the program relies on comes last, in both key maps, so vi mode has it too.
        for (key, function) in [("^C", "okr-interrupt"), ("^I", "okr-complete"), (Self.resizeKey, "okr-resize")] {
            _ = cel_bind(editor, key, function)
            _ = cel_bind_alternate(editor, key, function)
        }
    }

    private func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }

    private static func owner(of editor: OpaquePointer?) -> LineEditor? {
        guard let editor, let data = cel_get_clientdata(editor) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    // MARK: - Bound functions

    /// Ctrl-C: marks the line as cancelled, shows ^C at its end and ends it
    /// through the newline key so libedit leaves the cursor below the line.
    private func interrupt() -> UInt8 {
        guard let editor else { return UInt8(CC_ERROR) }
        interrupted = true
        if let line = el_wline(editor) {
            _ = el_cursor(editor, Int32(line.pointee.lastchar - line.pointee.cursor))
        }
        _ = el_insertstr(editor, "^C")
        el_push(editor, "\r")
        return UInt8(CC_REFRESH)
    }

    /// Tab: asks the caller for candidates, inserts what they share and lists
    /// them when still ambiguous.
    private func complete() -> UInt8 {
        guard let editor, let completer = options.completer, let line = el_line(editor) else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let start = line.pointee.buffer!
        let length = line.pointee.cursor - start
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
        let word = Completion.lastWord(of: before)
        switch Completion.resolve(word: word, candidates: completer(before)) {
        case .noMatch:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let text):
            replace(word, with: text)
            return UInt8(CC_REFRESH)
        case .list(let replacement, let candidates):
            if let replacement { replace(word, with: replacement) }
            let rows = Completion.listing(candidates, width: columns)
            cel_write_output("\r\n" + rows.joined(separator: "\r\n") + "\r\n")
            // Draw prompt and line afresh below the list.
            _ = cel_refresh(editor)
            return UInt8(CC_NORM)
        }
    }

    private func replace(_ word: Substring, with text: String) {
        guard let editor else { return }
        if !word.isEmpty { el_deletestr(editor, Int32(word.unicodeScalars.count)) }
        _ = el_insertstr(editor, DisplayText.neutralised(text))
    }

    // MARK: - Input

    /// libedit's read function: the next typed character, 0 at end of input, -1 on error.
    private func nextCharacter(_ character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            if decodedStart < decoded.count {
                let scalar = decoded[decodedStart]
                decodedStart += 1
                // C1 controls are not text, and one of them is the resize key.
                let value = (0x80...0x9F).contains(scalar.value) ? UTF8InputDecoder.replacement.value : scalar.value
                character.pointee = wchar_t(bitPattern: value)
                return 1
            }
            decoded.removeAll(keepingCapacity: true)
            decodedStart = 0
            switch waitForInput() {
            case .resized:
                character.pointee = Self.resizeCharacter
                return 1
            case .bytes(let bytes):
                for byte in bytes { decoded += decoder.decode(byte) }
            case .ended:
                decoded = decoder.finish()
                if decoded.isEmpty { return 0 }
            case .failed:
                return -1
            }
        }
    }

    private enum InputEvent {
        case bytes(ArraySlice<UInt8>)
        case resized
        case ended
        case failed
    }

    /// Waits for typed bytes or a resize, whichever comes first.
    private func waitForInput() -> InputEvent {
        var descriptors = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
        if let resizeSignal { descriptors.append(pollfd(fd: resizeSignal.readEnd, events: Int16(POLLIN), revents: 0)) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .failed
            }
            if resizeSignal?.drain() == true { return .resized }
            guard descriptors[0].revents != 0 else { continue }
            let count = read(0, &buffer, buffer.count)
            if count > 0 { return .bytes(buffer[..<count]) }
            if count == 0 { return .ended }
            if errno == EINTR || errno == EAGAIN { continue }
            return .failed
        }
    }
}
