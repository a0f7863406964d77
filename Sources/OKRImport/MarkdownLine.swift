/// One line of a Markdown page, by the block it starts: what the importer needs of CommonMark's
/// block structure, line by line (pages are read for their OKRs, not rendered).
enum MarkdownLine: Equatable {
    case blank
    /// `#`…`######`, or a line underlined with `===` (level 1) or `---` (level 2).
    case heading(level: Int, text: String)
    /// A bullet (`-`, `*`, `+`) or numbered (`1.`, `1)`) item; `indent` counts columns, a tab as four.
    /// A task box (`[ ]`, `[x]`) is dropped from the text.
    case item(indent: Int, text: String)
    /// A row of a pipe table, its cells as written (not yet made plain).
    case row([String])
    /// A table's `| --- | :-: |` line.
    case rowRule
    case text(String)

    /// The page's lines, classified; fenced code, front matter and HTML comments read as blank,
    /// since nothing in them is the team's OKRs as the page shows them.
    static func lines(of page: String) -> [MarkdownLine] {
        // A byte order mark some editors put first is not part of the first line.
        let page = page.hasPrefix("\u{FEFF}") ? String(page.dropFirst()) : page
        let raw = page.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        var result: [MarkdownLine] = []
        result.reserveCapacity(raw.count)
        var fence: String?
        var inComment = false
        var inFrontMatter = raw.first?.trimmingWhitespace() == "---"
        for (index, line) in raw.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if inFrontMatter {
                result.append(.blank)
                if index > 0, trimmed == "---" || trimmed == "..." { inFrontMatter = false }
                continue
            }
            if let open = fence {
                result.append(.blank)
                if trimmed.hasPrefix(open), trimmed.allSatisfy({ $0 == open.first }) { fence = nil }
                continue
            }
            if inComment {
                result.append(.blank)
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix { $0 == trimmed.first })
                result.append(.blank)
                continue
            }
            if trimmed.hasPrefix("<!--") {
                inComment = !trimmed.contains("-->")
                result.append(.blank)
                continue
            }
            // A setext underline turns the text line above it into a heading.
            if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" }) || (trimmed.count >= 2 && trimmed.allSatisfy({ $0 == "-" })),
               case .text(let above)? = result.last {
                result[result.count - 1] = .heading(level: trimmed.first == "=" ? 1 : 2, text: above)
                result.append(.blank)
                continue
            }
            result.append(classify(line))
        }
        return result
    }

    static func classify(_ line: String) -> MarkdownLine {
        var indent = 0
        var rest = Substring(line)
        while let first = rest.first, first == " " || first == "\t" {
            indent += first == "\t" ? 4 : 1
            rest = rest.dropFirst()
        }
        var text = rest.trimmingWhitespace()
        // A quote's lines are read as the lines they quote.
        while text.hasPrefix(">") { text = text.dropFirst().trimmingWhitespace() }
        if text.isEmpty { return .blank }
        if indent < 4, let heading = heading(text) { return heading }
        if let item = item(Substring(text)) { return .item(indent: indent, text: item) }
        if text.hasPrefix("|") || (text.contains(" | ") && text.hasSuffix("|")) { return row(text) }
        return .text(text)
    }

    private static func heading(_ text: String) -> MarkdownLine? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = text.dropFirst(hashes)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        // A closing run of #s, after a space, is not part of the heading.
        var body = after.trimmingWhitespace()
        let closing = body.reversed().prefix { $0 == "#" }.count
        if closing == body.count {
            body = ""
        } else if closing > 0, body.dropLast(closing).last == " " {
            body = body.dropLast(closing).trimmingWhitespace()
        }
        return .heading(level: hashes, text: body)
    }

    private static func item(_ text: Substring) -> String? {
        var rest: Substring
        if let first = text.first, first == "-" || first == "*" || first == "+" {
            rest = text.dropFirst()
        } else {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            let after = text.dropFirst(digits.count)
            guard let marker = after.first, marker == "." || marker == ")" else { return nil }
            rest = after.dropFirst()
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var body = rest.trimmingWhitespace()
        // A thematic break (`- - -`, `***`) is no item.
        if body.allSatisfy({ $0 == "-" || $0 == "*" || $0 == " " }), !body.isEmpty, text.first == "-" || text.first == "*" { return nil }
        for box in ["[ ]", "[x]", "[X]"] where body.hasPrefix(box + " ") || body == box {
            body = String(body.dropFirst(box.count)).trimmingWhitespace()
        }
        return body
    }

    private static func row(_ text: String) -> MarkdownLine {
        var cells = MarkdownValue.split(text, at: "|").map { $0.trimmingWhitespace() }
        if text.hasPrefix("|") { cells.removeFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { cells.removeLast() }
        if !cells.isEmpty, cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return .rowRule }
        return .row(cells)
    }
}
