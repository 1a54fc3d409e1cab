import FunctionTokens
import SourceScan

/// Functions in Haskell, by layout: a function is the run of equations of one name at the top level (column 0), or
/// at the indentation of a `class` or `instance` body's methods, from its first equation to its last line; its
/// type signature, `data`, `type`, `newtype`, imports and pattern bindings are none, and local `where` and `let`
/// functions are part of it. No reference tool reads Haskell (lizard 1.24 has no reader), so this is accrue's
/// definition.
///
/// Complexity adds each further equation, each guard `|` (not in a list comprehension's brackets), each further
/// alternative of a `case … of` or `\case` block (its alternatives start lines at the first one's column), `if`,
/// `&&` and `||`. Nesting counts open `case` blocks. Explicit braces (`of { … ; … }`) count one alternative.
package struct HaskellGrammar: FunctionGrammar {
    private let stream: TokenStream
    /// The language's `branch_tokens` (`rules/languages.yaml`): one each.
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    /// The function whose equations are being read: its name and the line its last equation ended on.
    private var current: (name: String, lastLine: Int32)?

    private static let skipped: Set<UInt64> = Set(
        ["module", "import", "data", "newtype", "type", "deriving", "infixl", "infixr", "infix", "foreign", "default",
         "pattern"].map { wordCode($0) })
    private static let containers: Set<UInt64> = [wordCode("class"), wordCode("instance")]
    private static let whereCode = wordCode("where")
    private static let caseCode = wordCode("case")
    private static let ofCode = wordCode("of")
    private static let typeColon = wordCode("::")
    private static let pipe = wordCode("|")
    private static let backslash = wordCode("\\")
    /// Punctuation after a first parameter that makes no infix definition: `=`, a guard, brackets, `@` and `!`
    /// and `~` patterns, a signature, a comma.
    private static let notOperators: Set<UInt64> = Set(
        ["=", "|", "(", ")", "[", "]", "{", "}", "@", "!", "~", "::", ",", "'"].map { wordCode($0) })

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        readDeclarations(from: 0, to: stream.count, column: 0)
        return recorder.result()
    }

    /// Reads the declarations starting at `column` between `start` and `end`.
    private mutating func readDeclarations(from start: Int, to end: Int, column: Int) {
        var index = start
        while index < end {
            var next = index + 1
            while next < end && (stream.indentation(next) ?? Int.max) > column { next += 1 }
            readDeclaration(from: index, to: next)
            index = next
        }
        finishCurrent()
    }

    /// One declaration: a signature, a keyword's (a `class` or `instance` reads its methods), or an equation.
    private mutating func readDeclaration(from start: Int, to end: Int) {
        let code = stream.code(start)
        if Self.skipped.contains(code) || stream.tokens[start].kind != .word && code != Code.openParen {
            return finishCurrent()
        }
        if Self.containers.contains(code) {
            finishCurrent()
            guard let body = firstMethod(from: start, to: end), let column = stream.indentation(body) else { return }
            return readDeclarations(from: body, to: end, column: column)
        }
        guard let name = equationName(from: start, to: end) else { return finishCurrent() }
        if current?.name != name {
            finishCurrent()
            recorder.begin(name: name, line: stream.line(start))
        } else {
            recorder.addCondition()
        }
        readBody(from: start, to: end)
        current = (name, stream.line(end - 1))
    }

    /// The first token starting a line after a `class` or `instance` head's `where`: its first method's.
    private func firstMethod(from start: Int, to end: Int) -> Int? {
        guard let keyword = (start..<end).first(where: { stream.code($0) == Self.whereCode }) else { return nil }
        return (keyword + 1..<end).first { stream.indentation($0) != nil }
    }

    /// The name an equation defines (`f`, `(<+>)`), or nil for a signature (`::` before any `=` or guard) or
    /// something else (a Template Haskell splice, a pattern binding).
    private func equationName(from start: Int, to end: Int) -> String? {
        guard isEquation(from: start, to: end) else { return nil }
        if let infix = infixName(at: start + 1, before: end) { return infix }
        guard stream.code(start) == Code.openParen else { return stream.isName(start) ? stream.text(start) : nil }
        var name = ""
        for index in start..<min(end, start + 8) {
            name += stream.text(index)
            if stream.code(index) == Code.closeParen { return name }
        }
        return nil
    }

    /// Whether an `=` or a guard comes, outside brackets, before any `::` (a signature) and before the end.
    private func isEquation(from start: Int, to end: Int) -> Bool {
        var depth = 0
        for index in start..<end {
            let code = stream.code(index)
            depth += Code.depthChange(code)
            guard depth == 0 else { continue }
            if code == Self.typeColon { return false }
            if code == Code.equal || code == Self.pipe { return true }
        }
        return false
    }

    /// An operator defined infix (`a <+> b = …`: `(<+>)`; `` a `op` b = … ``: `op`) at `index`, after the first operand.
    private func infixName(at index: Int, before end: Int) -> String? {
        guard index + 1 < end, stream.tokens[index].kind == .punct, stream.isName(index - 1) else { return nil }
        if stream.code(index) == Code.backtick { return stream.isName(index + 1) ? stream.text(index + 1) : nil }
        guard !Self.notOperators.contains(stream.code(index)) else { return nil }
        var name = "("
        var cursor = index
        while cursor < end, stream.tokens[cursor].kind == .punct, !Self.notOperators.contains(stream.code(cursor)) {
            name += stream.text(cursor)
            guard stream.touchesNext(cursor) else { break }
            cursor += 1
        }
        return name + ")"
    }

    /// Guards, `if`, `&&`, `||` and `case` alternatives of one equation, with its `case` blocks' nesting.
    private mutating func readBody(from start: Int, to end: Int) {
        var blocks: [(column: Int, alternatives: Int)] = []
        var squareDepth = 0
        for index in start..<end {
            if let indent = stream.indentation(index) { align(&blocks, to: indent) }
            let code = stream.code(index)
            if code == Code.openBracket { squareDepth += 1 }
            if code == Code.closeBracket { squareDepth = max(0, squareDepth - 1) }
            if branches.contains(code) || (code == Self.pipe && squareDepth == 0) { recorder.addCondition() }
            if opensAlternatives(at: index), index + 1 < end {
                recorder.enterControl()
                // An alternative starting the next line is counted when it is reached.
                blocks.append((column(of: index + 1), stream.indentation(index + 1) == nil ? 1 : 0))
            }
        }
        while let block = blocks.popLast() { closeBlock(block) }
    }

    /// A line starting at `indent`: the blocks right of it end; one at it gains an alternative.
    private mutating func align(_ blocks: inout [(column: Int, alternatives: Int)], to indent: Int) {
        while let last = blocks.last, indent < last.column { closeBlock(blocks.removeLast()) }
        if let last = blocks.last, indent == last.column { blocks[blocks.count - 1].alternatives += 1 }
    }

    /// `of` (a `case … of`), or the `case` of a `\case`.
    private func opensAlternatives(at index: Int) -> Bool {
        let code = stream.code(index)
        if code == Self.ofCode { return true }
        return code == Self.caseCode && stream.code(index - 1) == Self.backslash && stream.touchesNext(index - 1)
    }

    private mutating func closeBlock(_ block: (column: Int, alternatives: Int)) {
        recorder.addCondition(block.alternatives - 1)
        recorder.leaveControl()
    }

    /// The column of token `index` on its line.
    private func column(of index: Int) -> Int {
        Int(stream.tokens[index].start) - stream.lineBreak(before: index) - 1
    }

    private mutating func finishCurrent() {
        guard let function = current else { return }
        recorder.end(line: function.lastLine)
        current = nil
    }
}
