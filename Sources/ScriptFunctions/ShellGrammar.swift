import FunctionTokens
import SourceScan

/// Functions in shell scripts: `name() { … }` and `function name { … }`.
///
/// A function starts at its name's line and ends at the `}` closing its body. Nesting counts
/// `if … fi`, `case … esac`, `for`/`while`/`until … done` blocks. A `)` closes only a `(` (a `case` pattern's
/// `a)` has none); a `}` closes the blocks left open inside its `{`, and a `fi`, `esac` or `done` its own block
/// only, so one unbalanced word cannot end a function early or leave it open.
package struct ShellGrammar: FunctionGrammar {
    private enum Block {
        case function, control, brace, paren
    }

    private let stream: TokenStream
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    private var blocks: [Block] = []
    private var pendingFunction = false

    private static let codeFunction: UInt64 = 0x6E6F6974636E7566  // wordCode("function")
    /// Whether `code` is one of if, case, for, while, until, select (literal codes: no lazy global in the hot loop).
    private static func openersContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x6669, 0x65736163, 0x726F66, 0x656C696877, 0x6C69746E75, 0x7463656C6573: true
        default: false
        }
    }
    /// Whether `code` is one of fi, esac, done (literal codes: no lazy global in the hot loop).
    private static func closersContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x6966, 0x63617365, 0x656E6F64: true
        default: false
        }
    }

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count {
            let code = stream.codes[index]
            let isWord = stream.tokens[index].kind == .word
            if branches.contains(code) && isCommandPosition(index) { recorder.addCondition() }
            if isWord && code == Self.codeFunction, stream.isName(index + 1) {
                let last = nameEnd(from: index + 1)
                recorder.begin(name: text(index + 1, last), line: stream.line(index))
                pendingFunction = true
                index = last + 1
                if stream.code(index) == Code.openParen && stream.code(index + 1) == Code.closeParen { index += 2 }
                continue
            }
            if isWord && stream.code(index + 1) == Code.openParen && stream.code(index + 2) == Code.closeParen
                && stream.line(index + 1) == stream.line(index) && !Self.isReserved(code)
            {
                let first = nameStart(before: index)
                if isCommandPosition(first) {
                    recorder.begin(name: text(first, index), line: stream.line(first))
                    pendingFunction = true
                    index += 3
                    continue
                }
            }
            if code == Code.openBrace {
                blocks.append(pendingFunction ? .function : .brace)
                pendingFunction = false
            } else if code == Code.openParen {
                blocks.append(.paren)
            } else if code == Code.closeParen {
                if blocks.last == .paren { blocks.removeLast() }
            } else if code == Code.closeBrace {
                closeBrace(index)
            } else if isWord && Self.openersContains(code) && isCommandPosition(index) {
                blocks.append(.control)
                recorder.enterControl()
            } else if isWord && Self.closersContains(code) && isCommandPosition(index) {
                closeControl()
            }
            index += 1
        }
        return recorder.result()
    }

    /// Closes the innermost `{` and whatever was left open inside it; a `}` with no `{` open is ignored.
    private mutating func closeBrace(_ index: Int) {
        guard blocks.contains(where: { $0 == .brace || $0 == .function }) else { return }
        while let block = blocks.popLast() {
            switch block {
            case .function:
                recorder.end(line: stream.line(index))
                return
            case .brace: return
            case .control: recorder.leaveControl()
            case .paren: break
            }
        }
    }

    /// Closes the innermost control block (`fi`, `esac`, `done`) and the parentheses left open inside it.
    private mutating func closeControl() {
        guard let control = blocks.lastIndex(of: .control),
            !blocks[control...].contains(where: { $0 == .brace || $0 == .function })
        else { return }
        blocks.removeSubrange(control...)
        recorder.leaveControl()
    }

    /// The first token of the function name ending at the word `index`: names may hold `-`, `.`, `:` and `+`
    /// between words, written without blanks (`fzf-file-widget`, `git.status`).
    private func nameStart(before index: Int) -> Int {
        var first = index
        while first >= 2 && stream.touchesNext(first - 1) && Self.joinsName(stream.codes[first - 1])
            && stream.tokens[first - 2].kind == .word && stream.touchesNext(first - 2)
        {
            first -= 2
        }
        return first
    }

    /// The last token of the function name starting at the word `index` (`function fzf-completion {`).
    private func nameEnd(from index: Int) -> Int {
        var last = index
        while stream.touchesNext(last) && Self.joinsName(stream.code(last + 1)) && stream.touchesNext(last + 1)
            && last + 2 < stream.count && stream.tokens[last + 2].kind == .word
        {
            last += 2
        }
        return last
    }

    /// The source text from token `first` to token `last`, both included.
    private func text(_ first: Int, _ last: Int) -> String {
        let start = Int(stream.tokens[first].start)
        return String(decoding: stream.bytes[start..<stream.tokens[last].end], as: UTF8.self)
    }

    private static func joinsName(_ code: UInt64) -> Bool {
        code == wordCode("-") || code == Code.dot || code == wordCode(":") || code == wordCode("+")
    }

    /// Words that cannot name a function (`else` before a zsh anonymous function's `() {`).
    private static func isReserved(_ code: UInt64) -> Bool {
        switch code {
        case wordCode("then"), wordCode("else"), wordCode("do"), wordCode("in"), wordCode("fi"), wordCode("done"),
            wordCode("esac"), wordCode("elif"):
            true
        default: false
        }
    }

    /// Whether the word at `index` is in command position (first on its line or after `;`, `&&`, `|`…).
    private func isCommandPosition(_ index: Int) -> Bool {
        guard stream.tokens[index].kind == .word else { return true }
        guard index > 0 else { return true }
        if stream.line(index - 1) < stream.line(index) { return true }
        let before = stream.tokens[index - 1]
        guard before.kind == .punct else {
            let code = stream.codes[index - 1]
            return code == wordCode("then") || code == wordCode("do") || code == wordCode("else")
        }
        return stream.codes[index - 1] != Code.dot
    }
}
