import FunctionTokens
import Lexing

/// Functions in Go: declarations, methods and function literals (closures), each with its own complexity; and in
/// Zig, which lizard reads with the same states (`ZigStates` is `GoLikeStates` with `fn` for `func`, and no `type`
/// declarations: `comptime T: type` is a parameter's type).
///
/// Follows lizard's `GoStates`: after `func`, a look-ahead over the signature tells a declaration
/// (`func Name(…)`, `func (r T) Name(…)`) from a literal (`func(…) T {`) and from a function type
/// (`func(int) error` as a parameter, field or variable type), which is skipped. A function starts at its
/// `func` line and ends at the `}` closing its body. Struct and interface type bodies are skipped.
struct GoGrammar: FunctionGrammar {
    private enum State {
        case global, functionName, receiver, expectParameters, typeParameters, parameters, expectBody
        case typeName, afterTypeName, typeBody
    }

    private let stream: TokenStream
    private let branches: WordSet
    /// `func`, or Zig's `fn`.
    private let functionKeyword: UInt64
    /// Whether `type Name struct {…}` declares types whose bodies are skipped (Go's; not Zig's).
    private let readsTypes: Bool
    private var recorder = FunctionRecorder()
    private var blocks = BraceBlocks()
    private var state = State.global
    private var bracketCount = 0
    private var typeOpen: UInt64 = 0
    private var typeClose: UInt64 = 0

    static let codeFunc: UInt64 = 0x636E7566  // wordCode("func")
    static let codeFn: UInt64 = 0x6E66  // wordCode("fn")
    private static let codeType: UInt64 = 0x65707974  // wordCode("type")
    private static let codeStruct: UInt64 = 0x746375727473  // wordCode("struct")
    private static let codeInterface: UInt64 = 0xA0BC8EB4D76A3890  // wordCode("interface")
    private static let codeChan: UInt64 = 0x6E616863  // wordCode("chan")
    private static let codeMap: UInt64 = 0x70616D  // wordCode("map")
    /// Whether `code` is one of const, var, type, return, if, for, switch (literal codes: no lazy global in the hot loop).
    private static func typeStoppersContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x74736E6F63, 0x726176, 0x65707974, 0x6E7275746572, 0x6669, 0x726F66, 0x686374697773: true
        default: false
        }
    }

    init(
        stream: TokenStream, branches: WordSet, functionKeyword: UInt64 = GoGrammar.codeFunc, readsTypes: Bool = true
    ) {
        self.stream = stream
        self.branches = branches
        self.functionKeyword = functionKeyword
        self.readsTypes = readsTypes
    }

    mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count {
            if branches.contains(stream.codes[index]) { recorder.addCondition() }
            let next = step(index)
            // Tokens a look-ahead skipped still count, as lizard's condition counter sees every token.
            var skipped = index + 1
            while skipped < next {
                if branches.contains(stream.codes[skipped]) { recorder.addCondition() }
                skipped += 1
            }
            index = max(next, index + 1)
        }
        return recorder.result()
    }

    private mutating func step(_ index: Int) -> Int {
        let code = stream.codes[index]
        switch state {
        case .global:
            return global(index)
        case .functionName:
            if code == Code.openParen {
                // A method's receiver; a parenthesis right after `func` inside a function is a parameter list.
                state = recorder.openCount > 1 ? .parameters : .receiver
                bracketCount = 0
                return step(index)
            }
            if code == Code.openBrace {
                state = .expectBody
                return step(index)
            }
            recorder.rename(stream.text(index))
            state = .expectParameters
        case .receiver:
            bracketCount += code == Code.openParen ? 1 : code == Code.closeParen ? -1 : 0
            if bracketCount == 0 { state = .functionName }
        case .expectParameters:
            if code == Code.openParen {
                state = .parameters
                bracketCount = 0
                return step(index)
            } else if code == Code.less || code == Code.openBracket {
                typeOpen = code
                typeClose = code == Code.less ? Code.greater : Code.closeBracket
                bracketCount = 0
                state = .typeParameters
                return step(index)
            }
            state = .global
        case .typeParameters:
            bracketCount += code == typeOpen ? 1 : code == typeClose ? -1 : 0
            if bracketCount == 0 { state = .expectParameters }
        case .parameters:
            bracketCount += code == Code.openParen ? 1 : code == Code.closeParen ? -1 : 0
            if bracketCount == 0 { state = .expectBody }
        case .expectBody:
            if code == Code.openBrace && (index == 0 || stream.codes[index - 1] != Self.codeInterface) {
                state = .global
                blocks.open(isFunction: true, recorder: &recorder)
            }
        case .typeName:
            state = .afterTypeName
        case .afterTypeName:
            if code == Self.codeStruct || code == Self.codeInterface {
                bracketCount = 0
                state = .typeBody
            } else {
                state = .global
            }
        case .typeBody:
            bracketCount += code == Code.openBrace ? 1 : code == Code.closeBrace ? -1 : 0
            if bracketCount == 0 { state = .global }
        }
        return index + 1
    }

    private mutating func global(_ index: Int) -> Int {
        let code = stream.codes[index]
        if code == functionKeyword { return function(index) }
        switch code {
        case Self.codeType where readsTypes:
            if index == 0 || stream.codes[index - 1] != Code.openParen { state = .typeName }
        case Code.openBrace:
            blocks.open(isFunction: false, recorder: &recorder)
        case Code.closeBrace:
            blocks.close(line: stream.line(index), recorder: &recorder)
        case Code.openParen:
            blocks.openParen()
        case Code.closeParen:
            blocks.closeParen()
        default:
            if stream.tokens[index].kind == .word && isControlKeyword(code) { blocks.noteControlKeyword() }
        }
        return index + 1
    }

    /// A `func` keyword: a declaration, a literal (a closure with a body) or a function type.
    private mutating func function(_ index: Int) -> Int {
        let next = index + 1
        if stream.isName(next) && stream.codes[next] != functionKeyword {
            recorder.begin(name: "", line: stream.line(index))
            state = .functionName
            return next
        }
        guard next < stream.count, stream.codes[next] == Code.openParen else { return next }
        var end = balanced(from: next)
        end = readType(from: end)
        let following = end < stream.count && !isNewline(before: end) ? stream.codes[end] : 0
        if following == Code.openParen {
            recorder.begin(name: "", line: stream.line(index))
            state = .functionName
            return next
        }
        let previous = index > 0 ? stream.codes[index - 1] : 0
        if following == Code.openBrace && previous != Code.closeBracket && previous != Self.codeChan
            && previous != Code.star
        {
            recorder.begin(name: "(anonymous)", line: stream.line(index), call: stream.callContext(ofLiteralAt: index))
            state = .expectBody
        }
        return end
    }

    // MARK: - Signature look-ahead (lizard's go_function.py)

    private func isNewline(before index: Int) -> Bool {
        index > 0 && index < stream.count && stream.line(index) > endLine(index - 1)
    }

    private func endLine(_ index: Int) -> Int32 {
        let token = stream.tokens[index]
        guard token.kind == .string else { return token.line }
        var line = token.line
        for offset in Int(token.start)..<token.end where stream.bytes[offset] == 10 { line += 1 }
        return line
    }

    /// The index after the bracket group opening at `index`.
    private func balanced(from index: Int) -> Int {
        var closers: [UInt64] = []
        var cursor = index
        while cursor < stream.count {
            let code = stream.codes[cursor]
            cursor += 1
            if code == Code.openParen {
                closers.append(Code.closeParen)
            } else if code == Code.openBracket {
                closers.append(Code.closeBracket)
            } else if code == Code.openBrace {
                closers.append(Code.closeBrace)
            } else if code == closers.last {
                closers.removeLast()
                if closers.isEmpty { return cursor }
            }
        }
        return cursor
    }

    /// The index after a type starting at `index` (nothing when a line break comes first).
    private func readType(from index: Int) -> Int {
        var cursor = index
        var allowsNewline = false
        while cursor < stream.count {
            if !allowsNewline && isNewline(before: cursor) { return cursor }
            let code = stream.codes[cursor]
            if code == Code.star || code == Code.less || code == Self.codeChan {
                cursor += 1
                if stream.code(cursor) == Code.less { cursor += 1 }
                if stream.code(cursor) == Code.minus { cursor += 1 }
                allowsNewline = true
            } else if code == Code.openParen || code == Code.openBracket {
                cursor = balanced(from: cursor)
                if code == Code.openParen { return cursor }
                allowsNewline = false
            } else if code == Self.codeMap {
                cursor += 1
                guard stream.code(cursor) == Code.openBracket, !isNewline(before: cursor) else { return cursor }
                cursor = balanced(from: cursor)
                allowsNewline = false
            } else if code == Self.codeStruct || code == Self.codeInterface {
                cursor += 1
                return stream.code(cursor) == Code.openBrace ? balanced(from: cursor) : cursor
            } else if code == functionKeyword {
                cursor += 1
                guard stream.code(cursor) == Code.openParen else { return cursor }
                cursor = balanced(from: cursor)
                allowsNewline = false
            } else if stream.isName(cursor) && !Self.typeStoppersContains(code) {
                cursor += 1
                if stream.code(cursor) == Code.dot && !isNewline(before: cursor) { cursor += 2 }
                if stream.code(cursor) == Code.openBracket && !isNewline(before: cursor) {
                    cursor = balanced(from: cursor)
                }
                return cursor
            } else {
                return cursor
            }
        }
        return cursor
    }
}
