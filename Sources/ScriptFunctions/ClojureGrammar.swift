import FunctionTokens
import SourceScan

/// Functions in Clojure, ClojureScript and cljc: `defn`, `defn-`, `defmacro`, `defmethod` and `deftest` forms (by an
/// alias too, `t/deftest`; and rumext's and helix's components, `mf/defc`, `defnc`), from their opening parenthesis
/// to its closing one; an anonymous `fn` or `#(…)` is part of its function. No reference
/// tool reads Clojure (lizard 1.24 has no reader), so this is accrue's definition.
///
/// Complexity adds one per branching form in its function: `if`, `if-not`, `if-let`, `if-some`, `when`,
/// `when-not`, `when-let`, `when-some`, `when-first`, `and`, `or`, `while`, `loop`, `for`, `doseq`, `dotimes`,
/// `catch`, and a `:when` filter; and one per clause of `cond` (not an `:else`/`:default`/`true` clause), `case`
/// (not its default), `condp` and `cond->`/`cond->>`, as lizard counts C's `case` labels. Nesting counts those
/// forms but `and`, `or` and `catch`, and `try`. A symbol is read whole however the lexer splits it (`when-not`
/// is not `when`); a form never closed is no function.
package struct ClojureGrammar: FunctionGrammar {
    private let stream: TokenStream
    private var recorder = FunctionRecorder()
    private var frames: [Frame] = []

    /// An open bracket: what it is, and (for clause forms) its direct children so far.
    private struct Frame {
        enum Kind { case function, control, clauses(operands: Int, isCond: Bool), plain }
        var kind: Kind
        var children = 0

        var isCond: Bool {
            if case .clauses(_, let isCond) = kind { return isCond }
            return false
        }
        /// The symbols opening the last two children (nil for a bracketed child), to spot `cond`'s `:else`.
        var lastTwo: (String?, String?) = (nil, nil)

        mutating func add(_ symbol: String?) {
            children += 1
            lastTwo = (lastTwo.1, symbol)
        }
    }

    static let definers: Set<String> = ["defn", "defn-", "defmacro", "defmethod", "deftest"]
    /// Definers known only by an alias (`mf/defc`, rumext's components; `rum/defc`; helix's `defnc`), and every definer
    /// above by an alias (`t/deftest`, `s/defn`).
    static let aliasedDefiners: Set<String> = definers.union(["defc", "defcs", "defnc"])
    static let branching: Set<String> = [
        "if", "if-not", "if-let", "if-some", "when", "when-not", "when-let", "when-some", "when-first", "while", "loop",
        "for", "doseq", "dotimes",
    ]
    static let conditions: Set<String> = ["and", "or", "catch"]
    /// Clause forms by the operands before their test/result pairs.
    static let clauseForms: [String: Int] = ["cond": 0, "case": 1, "condp": 2, "cond->": 1, "cond->>": 1]
    /// The first tokens of every head above: a list whose head starts otherwise is read without building its text.
    private static let headStarts: Set<UInt64> = Set(
        ["defn", "defmacro", "defmethod", "deftest", "if", "when", "while", "loop", "for", "doseq", "dotimes", "try",
         "and", "or", "catch", "cond", "case", "condp"].map { wordCode($0) })
    private static let aliasedLasts: Set<UInt64> = Set(
        ["defn", "defmacro", "defmethod", "deftest", "defc", "defcs", "defnc"].map { wordCode($0) })
    private static let whenCode = wordCode("when")
    private static let caretCode = wordCode("^")

    package init(stream: TokenStream) {
        self.stream = stream
    }

    package mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count {
            if isOpening(index) {
                open(at: index)
                index += 1
            } else if isClosing(index) {
                close(line: stream.line(index))
                index += 1
            } else {
                let end = symbolEnd(from: index)
                if end == index + 2, stream.code(index) == Code.colon, stream.code(index + 1) == Self.whenCode {
                    recorder.addCondition()
                }
                // A quote or `#` glued to a bracket is that form's, counted with it.
                if let top = frames.indices.last, !isPrefix(from: index, to: end) {
                    frames[top].add(frames[top].isCond ? symbol(from: index, to: end) : nil)
                }
                index = end
            }
        }
        return recorder.result()
    }

    private mutating func open(at index: Int) {
        if !frames.isEmpty { frames[frames.count - 1].add(nil) }
        guard stream.code(index) == Code.openParen, index + 1 < stream.count, !isOpening(index + 1), !isClosing(index + 1)
        else { return frames.append(Frame(kind: .plain)) }
        let headEnd = symbolEnd(from: index + 1)
        let head = mayName(from: index + 1, to: headEnd) ? symbol(from: index + 1, to: headEnd) : ""
        if isDefiner(head), let name = name(after: headEnd) {
            recorder.begin(name: name, line: stream.line(index))
            frames.append(Frame(kind: .function))
        } else if Self.branching.contains(head) || head == "try" {
            if head != "try" { recorder.addCondition() }
            recorder.enterControl()
            frames.append(Frame(kind: .control))
        } else if let operands = Self.clauseForms[head] {
            recorder.enterControl()
            frames.append(Frame(kind: .clauses(operands: operands, isCond: head == "cond")))
        } else {
            if Self.conditions.contains(head) { recorder.addCondition() }
            frames.append(Frame(kind: .plain))
        }
    }

    private mutating func close(line: Int32) {
        guard let frame = frames.popLast() else { return }
        switch frame.kind {
        case .function: recorder.end(line: line)
        case .control: recorder.leaveControl()
        case .clauses(let operands, let isCond):
            let items = frame.children - 1 - operands
            var pairs = max(0, items / 2)
            if isCond, pairs > 0, items % 2 == 0, let test = frame.lastTwo.0, [":else", ":default", "true"].contains(test) {
                pairs -= 1
            }
            recorder.addCondition(pairs)
            recorder.leaveControl()
        case .plain: break
        }
    }

    /// Whether the head from `start` to `end` may be one the grammar knows, judged by its tokens' codes.
    private func mayName(from start: Int, to end: Int) -> Bool {
        if Self.headStarts.contains(stream.code(start)) { return true }
        let last = end - 1 - (stream.code(end - 1) == Code.minus ? 1 : 0)
        return last - start >= 2 && stream.code(last - 1) == Code.slash && Self.aliasedLasts.contains(stream.code(last))
    }

    private func isDefiner(_ head: String) -> Bool {
        if Self.definers.contains(head) { return true }
        guard let slash = head.lastIndex(of: "/") else { return false }
        return Self.aliasedDefiners.contains(String(head[head.index(after: slash)...]))
    }

    /// The defined name after the head ending at `index`, metadata (`^:private`, `^{…}`) skipped.
    private func name(after index: Int) -> String? {
        var cursor = index
        while cursor < stream.count, stream.code(cursor) == Self.caretCode {
            cursor += 1
            cursor = isOpening(cursor) ? matchingClose(cursor) + 1 : symbolEnd(from: cursor)
        }
        guard cursor < stream.count, !isOpening(cursor), !isClosing(cursor), stream.tokens[cursor].kind != .string
        else { return nil }
        return symbol(from: cursor, to: symbolEnd(from: cursor))
    }

    /// Whether the run is only quoting or reader marks (`'`, `#`, `^`…) glued to the bracket after it.
    private func isPrefix(from start: Int, to end: Int) -> Bool {
        guard isOpening(end), stream.touchesNext(end - 1) else { return false }
        return (start..<end).allSatisfy { index in
            stream.tokens[index].length == 1 && "'`#^@~".utf8.contains(stream.firstByte(index))
        }
    }

    private func matchingClose(_ index: Int) -> Int {
        var depth = 0
        var cursor = index
        while cursor < stream.count {
            if isOpening(cursor) { depth += 1 } else if isClosing(cursor) { depth -= 1 }
            if depth == 0 { return cursor }
            cursor += 1
        }
        return cursor
    }

    private func isOpening(_ index: Int) -> Bool {
        let code = stream.code(index)
        return code == Code.openParen || code == Code.openBracket || code == Code.openBrace
    }

    private func isClosing(_ index: Int) -> Bool {
        let code = stream.code(index)
        return code == Code.closeParen || code == Code.closeBracket || code == Code.closeBrace
    }

    /// Past the run of touching tokens starting at `index` (one symbol or keyword, `when-not`, `:else`); a string
    /// or character literal is a run of its own.
    private func symbolEnd(from index: Int) -> Int {
        var end = index + 1
        guard stream.tokens[index].kind != .string else { return end }
        while end < stream.count, stream.touchesNext(end - 1), !isOpening(end), !isClosing(end),
            stream.tokens[end].kind != .string, stream.code(end) != Code.comma
        {
            end += 1
        }
        return end
    }

    private func symbol(from start: Int, to end: Int) -> String {
        var text = ""
        for index in start..<end { text += stream.text(index) }
        return text
    }
}
