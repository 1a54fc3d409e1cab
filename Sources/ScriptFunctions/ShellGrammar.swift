import FunctionTokens
import SourceScan

/// Functions in shell scripts: `name() { … }` and `function name { … }`.
///
/// A function starts at its name's line and ends at the `}` closing its body. Nesting counts
/// `if … fi`, `case … esac`, `for`/`while`/`until … done` blocks.
package struct ShellGrammar {
    private enum Block {
        case function, control, plain
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
                recorder.begin(name: stream.text(index + 1), line: stream.line(index))
                pendingFunction = true
                index += 2
                if stream.code(index) == Code.openParen && stream.code(index + 1) == Code.closeParen { index += 2 }
                continue
            }
            if isWord && stream.code(index + 1) == Code.openParen && stream.code(index + 2) == Code.closeParen
                && isCommandPosition(index)
            {
                recorder.begin(name: stream.text(index), line: stream.line(index))
                pendingFunction = true
                index += 3
                continue
            }
            if code == Code.openBrace || (isWord && code == wordCode("do")) || code == Code.openParen {
                if code == Code.openBrace && pendingFunction {
                    blocks.append(.function)
                    pendingFunction = false
                } else if code != wordCode("do") {
                    blocks.append(.plain)
                }
            } else if code == Code.closeBrace || code == Code.closeParen {
                close(index)
            } else if isWord && Self.openersContains(code) && isCommandPosition(index) {
                blocks.append(.control)
                recorder.enterControl()
            } else if isWord && Self.closersContains(code) && isCommandPosition(index) {
                close(index)
            }
            index += 1
        }
        return recorder.result()
    }

    private mutating func close(_ index: Int) {
        switch blocks.popLast() {
        case .function: recorder.end(line: stream.line(index))
        case .control: recorder.leaveControl()
        default: break
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
