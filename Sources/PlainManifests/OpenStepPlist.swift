/// An old-style (OpenStep) property list, as Xcode writes `project.pbxproj`: dictionaries `{ key = value; }`, arrays
/// `( a, b, )`, quoted strings with escapes, unquoted words and `<hex data>`; `/* … */` and `//` comments dropped.
///
/// Read byte by byte without recursion. What breaks the grammar (a missing `;`, `=` or `,`, a stray closer, git's
/// merge conflict markers, a string or bracket never closed) is a problem with its line, and reading goes on: a
/// closer that belongs to an outer bracket closes the inner ones, and what is open at the end of the file is closed
/// there, so a damaged file still gives what it holds. Nesting deeper than `maximumDepth` is read but not kept.
package struct OpenStepPlist: Sendable {
    package indirect enum Value: Sendable {
        case string(String)
        case array([Value])
        case dictionary([String: Value], line: Int)

        /// The string's text; nil for an array or dictionary.
        package var text: String? {
            if case .string(let text) = self { return text }
            return nil
        }

        /// The array's items; empty for anything else.
        package var items: [Value] {
            if case .array(let items) = self { return items }
            return []
        }

        /// The dictionary's entries; nil for anything else.
        package var entries: [String: Value]? {
            if case .dictionary(let entries, _) = self { return entries }
            return nil
        }

        /// The value of `key` in a dictionary.
        package subscript(_ key: String) -> Value? { entries?[key] }

        /// The line a dictionary opens on; 0 for anything else.
        package var line: Int {
            if case .dictionary(_, let line) = self { return line }
            return 0
        }
    }

    static let maximumDepth = 64

    /// The top-level value; nil when the text holds none.
    package let root: Value?
    package let problems: [(line: Int, message: String)]

    package init(_ bytes: [UInt8]) {
        var parser = Parser(lexer: Lexer(bytes: bytes))
        parser.run()
        root = parser.root
        problems = parser.problems + parser.lexer.problems
    }
}

/// The tokens of the text: brackets and punctuation, and strings (quoted or not), with their lines.
private struct Lexer {
    enum Token: Equatable {
        case punctuation(UInt8)
        case text(String)
        case end

        /// Whether it is `{` or `(`.
        var opens: Bool { self == .punctuation(UInt8(ascii: "{")) || self == .punctuation(UInt8(ascii: "(")) }
    }

    let bytes: [UInt8]
    var index = 0
    var line = 1
    var problems: [(line: Int, message: String)] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark is no part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next token, its line set in `line`.
    mutating func next() -> Token {
        skipSpaceAndComments()
        guard index < bytes.count else { return .end }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "="),
            UInt8(ascii: ";"), UInt8(ascii: ","):
            index += 1
            return .punctuation(byte)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .text(quoted(byte))
        case UInt8(ascii: "<"): return .text(data())
        default: return .text(word())
        }
    }

    /// Skips spaces, line ends, comments and merge conflict markers (a problem each).
    private mutating func skipSpaceAndComments() {
        while index < bytes.count {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch bytes[index] {
            case 10: newLine()
            case 32, 9, 13: index += 1
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"): skipBlockComment()
            case UInt8(ascii: "/") where next == UInt8(ascii: "/"): skipLine()
            default: return
            }
        }
    }

    /// Steps over a line end; a merge conflict marker starting the next line is a problem, and its line is skipped.
    private mutating func newLine() {
        line += 1
        index += 1
        guard isConflictMarker() else { return }
        problems.append((line, "git merge conflict marker; the project file was committed mid-merge"))
        skipLine()
    }

    /// Whether a line starts at `index` with seven `<`, `=` or `>`.
    private func isConflictMarker() -> Bool {
        guard index + 7 <= bytes.count, [60, 61, 62].contains(bytes[index]) else { return false }
        return bytes[index..<index + 7].allSatisfy { $0 == bytes[index] }
    }

    private mutating func skipLine() {
        while index < bytes.count && bytes[index] != 10 { index += 1 }
    }

    private mutating func skipBlockComment() {
        let start = line
        index += 2
        while index + 1 < bytes.count && !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
            if bytes[index] == 10 { line += 1 }
            index += 1
        }
        guard index + 1 < bytes.count else {
            problems.append((start, "comment opened here is never closed"))
            index = bytes.count
            return
        }
        index += 2
    }

    /// A quoted string without its quotes, escapes resolved (`\n`, `\t`, `\"`, `\\`, `\U00e9`, octal `\012`).
    private mutating func quoted(_ quote: UInt8) -> String {
        let start = line
        var text: [UInt8] = []
        index += 1
        while index < bytes.count && bytes[index] != quote {
            if bytes[index] == 92 && index + 1 < bytes.count {
                index += 1
                escape(into: &text)
                continue
            }
            if bytes[index] == 10 { line += 1 }
            text.append(bytes[index])
            index += 1
        }
        if index >= bytes.count { problems.append((start, "string opened here is never closed")) }
        index += 1
        return String(decoding: text, as: UTF8.self)
    }

    /// The escape whose letter is at `index`, appended as UTF-8.
    private mutating func escape(into text: inout [UInt8]) {
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "n"): text.append(10)
        case UInt8(ascii: "t"): text.append(9)
        case UInt8(ascii: "r"): text.append(13)
        case UInt8(ascii: "U"), UInt8(ascii: "u"): appendScalar(digits(radix: 16, limit: 4), into: &text)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            index -= 1
            appendScalar(digits(radix: 8, limit: 3), into: &text)
        default:
            if letter == 10 { line += 1 }
            text.append(letter)
        }
    }

    /// Up to `limit` digits of `radix` at `index`, as a number.
    private mutating func digits(radix: UInt32, limit: Int) -> UInt32 {
        var value: UInt32 = 0
        var count = 0
        while count < limit, index < bytes.count, let digit = Self.digit(bytes[index]), digit < radix {
            value = value * radix + digit
            index += 1
            count += 1
        }
        return value
    }

    private static func digit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func appendScalar(_ value: UInt32, into text: inout [UInt8]) {
        text += Array(String(UnicodeScalar(value).map(Character.init) ?? "\u{FFFD}").utf8)
    }

    /// `<0fbd 7d3a>`: hex data, kept as its text.
    private mutating func data() -> String {
        let start = index
        while index < bytes.count && bytes[index] != UInt8(ascii: ">") {
            if bytes[index] == 10 { line += 1 }
            index += 1
        }
        if index >= bytes.count { problems.append((line, "data opened with '<' is never closed")) }
        index = min(index + 1, bytes.count)
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// An unquoted word: anything up to space, punctuation, a quote or a comment.
    private mutating func word() -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if Self.endsWord[Int(byte)] { break }
            if byte == UInt8(ascii: "/") && index + 1 < bytes.count && [42, 47].contains(bytes[index + 1]) { break }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The bytes that end an unquoted word: space, punctuation and quotes.
    private static let endsWord: [Bool] = (0..<256).map { byte in
        [9, 10, 13, 32, 34, 39, 40, 41, 44, 59, 61, 123, 125].contains(byte)
    }
}

/// The grammar over the lexer's tokens: a stack of open dictionaries and arrays, each knowing what it expects next.
private struct Parser {
    enum Expecting { case key, equals, value, separator }

    struct Frame {
        let isDictionary: Bool
        let line: Int
        /// Past `OpenStepPlist.maximumDepth`: read, not kept.
        let isDropped: Bool
        var entries: [String: OpenStepPlist.Value] = [:]
        var items: [OpenStepPlist.Value] = []
        /// The key whose value is being read (a dictionary's).
        var key: String?
        var expecting: Expecting

        var value: OpenStepPlist.Value { isDictionary ? .dictionary(entries, line: line) : .array(items) }
    }

    var lexer: Lexer
    var stack: [Frame] = []
    var root: OpenStepPlist.Value?
    var problems: [(line: Int, message: String)] = []

    mutating func run() {
        while true {
            let token = lexer.next()
            if token == .end { break }
            handle(token)
        }
        if let open = stack.last {
            problems.append((open.line, "'\(open.isDictionary ? "{" : "(")' opened here is never closed"))
        }
        while !stack.isEmpty { close() }
    }

    private mutating func handle(_ token: Lexer.Token) {
        guard let frame = stack.last else { return top(token) }
        if case .punctuation(let byte) = token, byte == UInt8(ascii: "}") || byte == UInt8(ascii: ")") {
            return closer(byte, frame)
        }
        if frame.isDictionary { dictionary(token, frame.expecting) } else { array(token, frame.expecting) }
    }

    /// A token outside any bracket: the one top-level value.
    private mutating func top(_ token: Lexer.Token) {
        guard root == nil else { return problem("text after the end of the property list") }
        switch token {
        case .text(let text): root = .string(text)
        case .punctuation(UInt8(ascii: "{")), .punctuation(UInt8(ascii: "(")): open(token)
        default: problem("unexpected '\(Self.spelled(token))'")
        }
    }

    private mutating func dictionary(_ token: Lexer.Token, _ expecting: Expecting) {
        if token.opens { return openInDictionary(token, expecting) }
        switch (expecting, token) {
        case (.key, .text(let key)):
            stack[stack.count - 1].key = key
            stack[stack.count - 1].expecting = .equals
        case (.equals, .punctuation(UInt8(ascii: "="))): stack[stack.count - 1].expecting = .value
        case (.equals, _):
            problem("expected '=' after '\(stack[stack.count - 1].key ?? "")'")
            stack[stack.count - 1].expecting = .value
            dictionary(token, .value)
        case (.value, .text(let text)): deliver(.string(text))
        case (.value, .punctuation(UInt8(ascii: ";"))):
            problem("no value for '\(stack[stack.count - 1].key ?? "")'")
            stack[stack.count - 1].expecting = .key
        case (.separator, .punctuation(UInt8(ascii: ";"))): stack[stack.count - 1].expecting = .key
        case (.separator, .text):
            problem("expected ';' after a value")
            stack[stack.count - 1].expecting = .key
            dictionary(token, .key)
        default: problem("unexpected '\(Self.spelled(token))'")
        }
    }

    /// `{` or `(` in a dictionary: the value of the key read, else a value without one (read, not kept).
    private mutating func openInDictionary(_ token: Lexer.Token, _ expecting: Expecting) {
        switch expecting {
        case .value: break
        case .equals: problem("expected '=' after '\(stack[stack.count - 1].key ?? "")'")
        case .key: problem("a value without a key")
        case .separator: problem("expected ';' after a value")
        }
        open(token)
    }

    private mutating func array(_ token: Lexer.Token, _ expecting: Expecting) {
        if token.opens {
            if expecting == .separator { problem("expected ',' between array items") }
            return open(token)
        }
        switch (expecting, token) {
        case (.value, .text(let text)): deliver(.string(text))
        case (.separator, .punctuation(UInt8(ascii: ","))): stack[stack.count - 1].expecting = .value
        case (_, .punctuation(UInt8(ascii: ";"))) where stack.contains(where: \.isDictionary):
            // The dictionary's `;`: the array was never closed.
            problems.append((stack[stack.count - 1].line, "'(' opened here is never closed"))
            close()
            handle(token)
        case (.separator, .text):
            problem("expected ',' between array items")
            stack[stack.count - 1].expecting = .value
            array(token, .value)
        default: problem("unexpected '\(Self.spelled(token))'")
        }
    }

    /// `}` or `)`: closes the open bracket it matches, and any opened inside it that were never closed; a closer
    /// matching no open bracket is skipped.
    private mutating func closer(_ byte: UInt8, _ frame: Frame) {
        let isDictionary = byte == UInt8(ascii: "}")
        guard frame.isDictionary != isDictionary else {
            if frame.isDictionary && frame.expecting == .value { problem("no value for '\(frame.key ?? "")'") }
            if frame.isDictionary && frame.expecting == .equals { problem("expected '=' after '\(frame.key ?? "")'") }
            return close()
        }
        guard stack.contains(where: { $0.isDictionary == isDictionary }) else {
            return problem("'\(Character(UnicodeScalar(byte)))' closes nothing")
        }
        problems.append((frame.line, "'\(frame.isDictionary ? "{" : "(")' opened here is never closed"))
        while stack.last?.isDictionary != isDictionary { close() }
        close()
    }

    private mutating func open(_ token: Lexer.Token) {
        let isDictionary = token == .punctuation(UInt8(ascii: "{"))
        let isDropped = stack.count >= OpenStepPlist.maximumDepth
        if isDropped && stack.last?.isDropped == false {
            problem("nested deeper than \(OpenStepPlist.maximumDepth) levels; the inner values are skipped")
        }
        stack.append(Frame(isDictionary: isDictionary, line: lexer.line, isDropped: isDropped, expecting: isDictionary ? .key : .value))
    }

    /// Closes the innermost open bracket, handing its value to the one around it.
    private mutating func close() {
        let frame = stack.removeLast()
        if stack.isEmpty {
            root = root ?? frame.value
        } else {
            deliver(frame.isDropped ? .string("") : frame.value)
        }
    }

    /// A value read where the innermost bracket expects one.
    private mutating func deliver(_ value: OpenStepPlist.Value) {
        let index = stack.count - 1
        if !stack[index].isDropped {
            if stack[index].isDictionary {
                if let key = stack[index].key { stack[index].entries[key] = value }
            } else {
                stack[index].items.append(value)
            }
        }
        stack[index].key = nil
        stack[index].expecting = .separator
    }

    private mutating func problem(_ message: String) {
        problems.append((lexer.line, message))
    }

    private static func spelled(_ token: Lexer.Token) -> String {
        switch token {
        case .punctuation(let byte): String(Character(UnicodeScalar(byte)))
        case .text(let text): String(text.prefix(40))
        case .end: "end of file"
        }
    }
}
