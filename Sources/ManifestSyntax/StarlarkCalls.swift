import SourceScan

/// A Starlark file (Bazel's `BUILD`, `BUILD.bazel`) as the calls it makes, read from its tokens and never run.
///
/// Every call counts, top-level rules and those nested in a list comprehension or another call's value alike
/// (`select`, `glob`, a macro). A call records the string literals of each keyword argument's value, wherever they
/// sit in it (a list, `+`, a macro's positional arguments, every branch of a `select({...})`), except dictionary keys
/// (a `select`'s conditions), and apart the words and numbers that open no call (`True`, `1`). A string inside a
/// nested call's own keyword argument is that call's (`glob`'s `exclude`). Comments (`#`) and strings (`'…'`, `"…"`, triple-quoted, `r"…"`) are SourceScan's `Lexer`'s, with
/// Python's rules. Problems (an unterminated string, a bracket never closed or closed by the wrong one, bytes that
/// are not UTF-8) are kept with their lines; reading goes on. A top-level `NAME = value` is an `Assignment`, and a
/// keyword argument naming it (`srcs = SRCS`, `deps = COMMON + [":x"]`) gets its literals (StarlarkAssignments.swift).
package struct StarlarkCalls: Sendable {
    /// A string literal's contents and its line.
    package struct Literal: Hashable, Sendable {
        package var text: String
        package var line: Int
    }

    /// One call: the name before its `(` (`cc_library` for `native.cc_library(`), its line, its keyword arguments.
    package struct Call: Sendable {
        package var name: String
        package var line: Int
        /// Keyword → the string literals of its value, in order.
        package var keywords: [String: [Literal]] = [:]
        /// Keyword → the words and numbers of its value that open no call (`True`, `1`, a constant's name), in order.
        package var words: [String: [String]] = [:]

        /// The literals of `keyword`'s value (empty when the call has no such argument).
        package func strings(_ keyword: String) -> [Literal] { keywords[keyword] ?? [] }

        /// Whether it has a `name` argument, as a rule (or a macro making one) has.
        package var isRule: Bool { keywords["name"] != nil }

        /// Whether `keyword`'s value is `True` or `1` (Bazel's `testonly = True`).
        package func isTrue(_ keyword: String) -> Bool { words[keyword] == ["True"] || words[keyword] == ["1"] }
    }

    package internal(set) var calls: [Call] = []
    package private(set) var problems: [(line: Int, message: String)] = []
    /// The top-level assignments by name.
    package internal(set) var assignments: [String: Assignment] = [:]
    /// The names whose assignment reads completely (literals, `glob`, `select`, `+` of such names).
    package internal(set) var readableNames: Set<String> = []
    /// The name of the top-level assignment being read.
    var assigning: String?

    /// Words followed by `(` that are no calls (`for x in (a, b)`, `if (c)`).
    private static let keywordsBeforeParenthesis: Set<String> = [
        "and", "elif", "for", "if", "in", "lambda", "not", "or", "return", "while",
    ]
    private static let closers: [String: String] = [")": "(", "]": "[", "}": "{"]

    /// An open bracket: its text and line, and for a call's `(` the call's index and its current keyword.
    private struct Frame {
        var open: String
        var line: Int
        var call: Int?
        var keyword: String?
    }

    package init(_ bytes: [UInt8]) {
        if let line = Self.firstInvalidUTF8Line(bytes) {
            problems.append((line, "bytes that are not UTF-8; read with replacement characters"))
        }
        let items = ManifestTokens(bytes, grammar: ManifestTokens.python).items
        var frames: [Frame] = []
        var index = 0
        while index < items.count {
            let item = items[index]
            let next = index + 1 < items.count ? items[index + 1].text : ""
            endAssignment(at: index, of: items, isTopLevel: frames.isEmpty)
            switch item.kind {
            case .string: addString(item, isKey: next == ":", frames: frames)
            case .word: index += word(item, next: next, frames: &frames)
            case .number: addWord(item, frames: frames)
            default: punctuation(item, frames: &frames)
            }
            index += 1
        }
        if let unclosed = frames.first {
            problems.append((unclosed.line, "'\(unclosed.open)' is never closed"))
        }
        resolveAssignments()
    }

    /// A word before `(` opens a call (the `(` is consumed: 1 is returned); one before `=` in a call's own brackets
    /// starts a keyword argument.
    private mutating func word(_ item: ManifestTokens.Item, next: String, frames: inout [Frame]) -> Int {
        if frames.isEmpty && next == "=" {
            assigning = item.text
            assignments[item.text] = Assignment(line: item.line)
            return 0
        }
        if next == "(" && !Self.keywordsBeforeParenthesis.contains(item.text) {
            if let assigning, !Self.readableCalls.contains(item.text) { assignments[assigning]?.isOpaque = true }
            calls.append(Call(name: item.text, line: item.line))
            frames.append(Frame(open: "(", line: item.line, call: calls.count - 1))
            return 1
        }
        if next == "=", let call = frames.last?.call {
            frames[frames.count - 1].keyword = item.text
            calls[call].keywords[item.text, default: []] += []
        } else if next != "=" {
            addWord(item, next: next, frames: frames)
        }
        return 0
    }

    /// A word or number goes to the innermost call whose keyword argument holds it, else to the assignment read.
    private mutating func addWord(_ item: ManifestTokens.Item, next: String = "", frames: [Frame]) {
        guard let frame = frames.last(where: { $0.call != nil && $0.keyword != nil }), let call = frame.call,
            let keyword = frame.keyword
        else { return addToAssignment(item, next: next) }
        calls[call].words[keyword, default: []].append(item.text)
    }

    /// A string's literal goes to the innermost call whose keyword argument holds it; a dictionary key to none.
    private mutating func addString(_ item: ManifestTokens.Item, isKey: Bool, frames: [Frame]) {
        let text = item.unquoted
        if !Self.isTerminated(item) {
            problems.append((item.line, "string '\(text.prefix(40))' is never closed"))
        }
        guard !isKey else { return }
        guard let frame = frames.last(where: { $0.call != nil && $0.keyword != nil }), let call = frame.call,
            let keyword = frame.keyword
        else {
            if let assigning { assignments[assigning]?.literals.append(Literal(text: text, line: item.line)) }
            return
        }
        calls[call].keywords[keyword, default: []].append(Literal(text: text, line: item.line))
    }

    /// Brackets open and close frames; a `,` at a call's own level ends its keyword argument.
    private mutating func punctuation(_ item: ManifestTokens.Item, frames: inout [Frame]) {
        switch item.text {
        case "(", "[", "{": frames.append(Frame(open: item.text, line: item.line))
        case ",": if frames.last?.call != nil { frames[frames.count - 1].keyword = nil }
        case ")", "]", "}":
            guard let open = Self.closers[item.text], let last = frames.last else {
                problems.append((item.line, "'\(item.text)' closes nothing"))
                return
            }
            if last.open != open {
                problems.append((item.line, "'\(item.text)' closes '\(last.open)' of line \(last.line)"))
                // Recover at the matching bracket when one is open; otherwise the stray closer is ignored.
                guard let match = frames.lastIndex(where: { $0.open == open }) else { return }
                frames.removeSubrange(match...)
                return
            }
            frames.removeLast()
        default: return
        }
    }

    /// Whether a string token ends with the quote it opens with (the lexer ends an unterminated one at the line end).
    private static func isTerminated(_ item: ManifestTokens.Item) -> Bool {
        let body = item.text.drop { $0 != "\"" && $0 != "'" }
        for quote in ["\"\"\"", "'''", "\"", "'"] where body.hasPrefix(quote) {
            return body.count >= 2 * quote.count && body.hasSuffix(quote)
        }
        return false
    }

    /// The line of the first byte sequence that is not UTF-8, or nil when all of it is.
    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
