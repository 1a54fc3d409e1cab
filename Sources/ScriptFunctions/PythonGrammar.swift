import FunctionTokens
import SourceScan

/// Functions in Python: every `def`, methods and nested functions included; lambdas are not functions.
///
/// Follows lizard's `PythonStates` and `PythonIndents`: a function starts at its name's line; the first
/// line indented deeper than the enclosing block opens its body, and the first line indented no deeper
/// than that block (a line opening with `)` excepted) closes it. The end line is the last line holding a
/// token of the function. Continuation lines inside brackets take part in this, as in lizard, but lines
/// continued with a backslash and the inside of multi-line strings do not. Branches: `if`, `elif`,
/// `for`, `while`, `except`, `finally`, `and`, `or` (from `branch_tokens`) and the soft keyword `case`.
///
/// Nesting counts the indented bodies of `if`/`elif`/`else`, `for`, `while`, `try`/`except`/`finally`,
/// `with` and `match`/`case` statements (one-line bodies included).
package struct PythonGrammar: FunctionGrammar {
    private struct Record {
        var name: String
        var startLine: Int32
        var endLine: Int32
        var complexity = 1
        var maxNesting = 0
        /// lizard tracks indentation only once the header's `)` is read (its long name ends with `)`).
        var endsWithParen = false
    }

    private enum State {
        case global, function, typeParameters, parameters, defaultValue, annotation, colon
    }

    private let stream: TokenStream
    private let branches: WordSet
    private var records: [Record] = []
    private var finished: [Int] = []
    private var current: Int?
    private var pending: Int?
    /// lizard's nesting stack: nil for a bare block, else the function whose body it is.
    private var nesting: [Int?] = []
    private var indents: [Int] = [0]
    private var state = State.global
    private var bracketCount = 0
    private var lambdaHeads = 0
    private var bracketDepth = 0
    /// Open control blocks: the header's indentation, the function it belongs to and its depth there.
    private var controls: [(indent: Int, owner: Int?, depth: Int)] = []

    private static let codeDef: UInt64 = 0x666564  // wordCode("def")
    private static let codeClass: UInt64 = 0x7373616C63  // wordCode("class")
    private static let codeLambda: UInt64 = 0x6164626D616C  // wordCode("lambda")
    private static let codeCase: UInt64 = 0x65736163  // wordCode("case")
    private static let codeMatch: UInt64 = 0x686374616D  // wordCode("match")
    private static let codeAsync: UInt64 = 0x636E797361  // wordCode("async")
    /// Whether `code` is one of if, elif, else, for, while, try, except, finally, with, match, case (literal codes: no lazy global in the hot loop).
    private static func controlWordsContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x6669, 0x66696C65, 0x65736C65, 0x726F66, 0x656C696877, 0x797274, 0x747065637865, 0x796C6C616E6966, 0x68746977, 0x686374616D, 0x65736163: true
        default: false
        }
    }

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        for index in 0..<stream.count {
            if awaitsBody { readDocstrings(before: index) }
            let lineStart = isLineStart(index)
            if let indent = lineStart {
                if current.map({ records[$0].endsWithParen }) ?? true {
                    setNesting(indent, closesBracket: stream.codes[index] == Code.closeParen)
                }
                if bracketDepth == 0 { trackControl(index, indent: indent) }
            }
            if let current { records[current].endLine = endLine(index) }
            countBranch(index, atLineStart: lineStart != nil)
            trackBrackets(stream.codes[index])
            step(index)
        }
        if awaitsBody { readDocstrings(before: stream.count) }
        setNesting(0, closesBracket: false)
        return finished.map { index in
            let record = records[index]
            return FunctionFacts(
                name: record.name, startLine: Int(record.startLine), endLine: Int(record.endLine),
                complexity: record.complexity, maxNesting: record.maxNesting)
        }.sorted { ($0.startLine, -$0.endLine, $0.name) < ($1.startLine, -$1.endLine, $1.name) }
    }

    // MARK: - Lines and indentation

    /// The indentation of token `index` if it starts a line lizard sees (not after a backslash), else nil.
    private func isLineStart(_ index: Int) -> Int? {
        guard let indent = stream.indentation(index) else { return nil }
        guard index > 0 else { return indent }
        // A backslash right before the line break after the previous token continues its line.
        var offset = stream.tokens[index - 1].end
        while offset < stream.bytes.count && stream.bytes[offset] != 10 {
            if stream.bytes[offset] == UInt8(ascii: "#") { return indent }
            offset += 1
        }
        return stream.lineEndsWithBackslash(before: offset) ? nil : indent
    }

    private func endLine(_ index: Int) -> Int32 {
        let token = stream.tokens[index]
        guard token.kind == .string else { return token.line }
        var line = token.line
        for offset in Int(token.start)..<token.end where stream.bytes[offset] == 10 { line += 1 }
        return line
    }

    private mutating func setNesting(_ spaces: Int, closesBracket: Bool) {
        while let last = indents.last, last > spaces, !closesBracket {
            indents.removeLast()
            popNesting()
        }
        if let last = indents.last, last < spaces {
            indents.append(spaces)
            nesting.append(pending)
            pending = nil
        }
    }

    /// lizard's `pop_nesting`: closing a function's block ends the *current* function.
    private mutating func popNesting() {
        pending = nil
        guard let popped = nesting.popLast() else { return }
        guard popped != nil else { return }
        let endLine = current.map { records[$0].endLine }
        if let current { finished.append(current) }
        current = nesting.last { $0 != nil } ?? nil
        if let current, let endLine { records[current].endLine = endLine }
    }

    private mutating func trackControl(_ index: Int, indent: Int) {
        while let last = controls.last, last.indent >= indent { controls.removeLast() }
        var code = stream.codes[index]
        if code == Self.codeAsync { code = stream.code(index + 1) }
        guard Self.controlWordsContains(code) else { return }
        if (code == Self.codeCase || code == Self.codeMatch) && !isSoftKeyword(index) { return }
        let depth = controls.last.map { $0.owner == current ? $0.depth + 1 : 1 } ?? 1
        controls.append((indent, current, depth))
        if let current { records[current].maxNesting = max(records[current].maxNesting, depth) }
    }

    private mutating func trackBrackets(_ code: UInt64) {
        if code == Code.openParen || code == Code.openBracket || code == Code.openBrace {
            bracketDepth += 1
        } else if code == Code.closeParen || code == Code.closeBracket || code == Code.closeBrace {
            bracketDepth = max(0, bracketDepth - 1)
        }
    }

    // MARK: - Docstrings

    /// Whether a function's header has been read and its body not yet opened.
    private var awaitsBody: Bool { pending != nil && state == .global }

    /// Feeds the docstrings between token `index - 1` and token `index` to the indentation tracking as lizard sees
    /// them, as tokens. The lexer leaves docstrings out of the stream (they count as comment), so without this a
    /// function whose body is only a docstring never opens a body and is dropped.
    private mutating func readDocstrings(before index: Int) {
        guard index > 0 else { return }
        let end = index < stream.count ? Int(stream.tokens[index].start) : stream.bytes.count
        var line = endLine(index - 1)
        // The gap holds only blanks, comments, backslashes and docstrings, and a docstring opens its line.
        var lineBreak = nextLineBreak(from: stream.tokens[index - 1].end, before: end)
        while lineBreak < end {
            line += 1
            var cursor = lineBreak + 1
            let width = skipIndentation(&cursor, before: end)
            if let close = docstringEnd(from: cursor, before: end) {
                for offset in cursor..<close where stream.bytes[offset] == 10 { line += 1 }
                readDocstring(indentation: width, endLine: line)
                cursor = close
            }
            lineBreak = nextLineBreak(from: cursor, before: end)
        }
    }

    /// A docstring as lizard reads it: a token that may open a body (at its indentation) and ends the function there.
    private mutating func readDocstring(indentation: Int, endLine: Int32) {
        if current.map({ records[$0].endsWithParen }) ?? true { setNesting(indentation, closesBracket: false) }
        if let current { records[current].endLine = endLine }
    }

    private func nextLineBreak(from start: Int, before end: Int) -> Int {
        var offset = start
        while offset < end && stream.bytes[offset] != 10 { offset += 1 }
        return offset
    }

    /// Moves `cursor` past blanks and returns their width as `TokenStream.indentation` counts it (tabs count 8).
    private func skipIndentation(_ cursor: inout Int, before end: Int) -> Int {
        var width = 0
        while cursor < end && isSpace(stream.bytes[cursor]) {
            width += stream.bytes[cursor] == 9 ? 8 : 1
            cursor += 1
        }
        return width
    }

    /// The offset just past the string literal at `start` (up to two prefix letters, then one or three quotes),
    /// or nil when none starts there.
    private func docstringEnd(from start: Int, before end: Int) -> Int? {
        let bytes = stream.bytes
        var offset = start
        while offset < end && offset - start < 2 && (97...122).contains(bytes[offset] | 0x20) { offset += 1 }
        guard offset < end, bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") else { return nil }
        let triple = isTripleQuote(at: offset, bytes[offset], before: end)
        return literalEnd(from: offset + (triple ? 3 : 1), quote: bytes[offset], triple: triple, before: end)
    }

    /// The offset just past the closing quote(s) of a literal whose body starts at `start`, or nil if it does not close.
    private func literalEnd(from start: Int, quote: UInt8, triple: Bool, before end: Int) -> Int? {
        var offset = start
        while offset < end {
            if stream.bytes[offset] == UInt8(ascii: "\\") {
                offset += 2
            } else if stream.bytes[offset] == quote && (!triple || isTripleQuote(at: offset, quote, before: end)) {
                return offset + (triple ? 3 : 1)
            } else {
                offset += 1
            }
        }
        return nil
    }

    private func isTripleQuote(at offset: Int, _ quote: UInt8, before end: Int) -> Bool {
        offset + 2 < end && stream.bytes[offset] == quote && stream.bytes[offset + 1] == quote
            && stream.bytes[offset + 2] == quote
    }

    // MARK: - Complexity

    private mutating func countBranch(_ index: Int, atLineStart: Bool) {
        guard let current else { return }
        let code = stream.codes[index]
        if branches.contains(code) {
            records[current].complexity += 1
        } else if code == Self.codeCase && atLineStart && isSoftKeyword(index) {
            records[current].complexity += 1
        }
    }

    /// Whether `case`/`match` opening a line is the keyword, not a variable (`case = 1`, `match(x)`).
    private func isSoftKeyword(_ index: Int) -> Bool {
        let next = index + 1
        guard next < stream.count else { return true }
        let code = stream.codes[next]
        if code == Code.equal || code == Code.dot || code == Code.colon || code == Code.comma { return false }
        if stream.tokens[next].kind == .punct && stream.code(next + 1) == Code.equal && stream.touchesNext(next) {
            return false
        }
        guard code == Code.openParen || code == Code.openBracket else { return true }
        var depth = 0
        var cursor = next
        while cursor < stream.count {
            let ahead = stream.codes[cursor]
            if cursor > next && depth == 0 && stream.line(cursor) > stream.line(cursor - 1) { return false }
            if ahead == Code.openParen || ahead == Code.openBracket || ahead == Code.openBrace {
                depth += 1
            } else if ahead == Code.closeParen || ahead == Code.closeBracket || ahead == Code.closeBrace {
                depth -= 1
            } else if ahead == Code.colon && depth == 0 {
                return true
            }
            cursor += 1
        }
        return false
    }

    // MARK: - Declarations

    private mutating func step(_ index: Int) {
        let code = stream.codes[index]
        switch state {
        case .global:
            if code == Self.codeDef { state = .function }
        case .function:
            if code == Code.openBracket {
                bracketCount = 0
                state = .typeParameters
                step(index)
            } else if code != Code.openParen {
                records.append(Record(name: stream.text(index), startLine: stream.line(index), endLine: stream.line(index)))
                current = records.count - 1
                pending = current
            } else {
                appendToHeader(code)
                state = .parameters
            }
        case .typeParameters:
            if code == Self.codeDef || code == Self.codeClass {
                bracketCount = 0
                state = .global
                step(index)
                return
            }
            appendToHeader(code)
            bracketCount += code == Code.openBracket ? 1 : code == Code.closeBracket ? -1 : 0
            if bracketCount == 0 { state = .function }
        case .parameters:
            if code == Code.closeParen {
                state = .colon
            } else if code == Code.openBracket {
                bracketCount = 1
                state = .annotation
            } else if code == Code.openParen || code == Code.openBrace || code == Self.codeLambda {
                bracketCount = 0
                lambdaHeads = 0
                state = .defaultValue
                step(index)
                return
            }
            appendToHeader(code)
        case .defaultValue:
            appendToHeader(code)
            if code == Code.openParen || code == Code.openBracket || code == Code.openBrace {
                bracketCount += 1
            } else if code == Code.closeParen || code == Code.closeBracket || code == Code.closeBrace {
                bracketCount -= 1
            } else if code == Self.codeLambda && bracketCount == 0 {
                lambdaHeads += 1
            } else if code == Code.colon && bracketCount == 0 && lambdaHeads > 0 {
                lambdaHeads -= 1
            }
            if bracketCount < 0 || (bracketCount == 0 && lambdaHeads == 0) { state = .parameters }
        case .annotation:
            appendToHeader(code)
            bracketCount += code == Code.openBracket ? 1 : code == Code.closeBracket ? -1 : 0
            if bracketCount == 0 { state = .parameters }
        case .colon:
            state = .global
            if code == Code.colon {
                // The first line after the header: a docstring there is not code, and nothing else changes.
            }
        }
    }

    /// A token added to the function's long name in lizard: tracking resumes whenever it ends with `)`.
    private mutating func appendToHeader(_ code: UInt64) {
        guard let current else { return }
        records[current].endsWithParen = code == Code.closeParen
    }
}
