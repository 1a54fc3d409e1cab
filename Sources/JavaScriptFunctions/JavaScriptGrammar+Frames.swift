import FunctionTokens
import SourceScan

/// JavaScriptGrammar's frames (one per open bracket), the states that start and end functions in them
/// (function heads, parameters, condition heads and the statement or block after them), and what it asks of
/// single tokens and token ranges.
extension JavaScriptGrammar {
    /// The innermost frame, changed in place (`_modify`: no copy of the frame per field written).
    var top: Frame {
        get { frames[frames.count - 1] }
        _modify { yield &frames[frames.count - 1] }
    }

    mutating func openFrame(_ kind: Kind, callbackBody: Bool = false) {
        var frame = Frame(kind: kind)
        frame.isCallbackBody = callbackBody
        frame.complexityAtOpen = recorder.currentComplexity
        frames.append(frame)
    }

    /// Closes the innermost frame on the token at `index` (its closing bracket).
    mutating func closeFrame(at index: Int) {
        guard frames.count > 1 else { return }
        let line = stream.line(index)
        let frame = frames.removeLast()
        // lizard's `statemachine_before_return`: a function the closing reader started ends here.
        if frame.started { recorder.end(line: line) }
        if frame.isCallbackBody {
            // The body's parent started the function: the closing brace ends it.
            if top.started { endStarted(line: line) }
        }
        if frame.isStatementBlock {
            top.previous = 0
            recorder.leaveControl()
        }
        if frame.kind == .paren && frame.isBindingCandidate {
            closedParen = (index, recorder.currentComplexity - frame.complexityAtOpen, frame.defaults)
        }
        if frame.isConditionHead { top.mode = .statementOrBlock }
    }

    mutating func begin(at index: Int) {
        if top.functionName.isNone {
            recorder.begin(name: "(anonymous)", line: stream.line(index), call: stream.callContext(ofLiteralAt: index))
        } else {
            recorder.begin(name: text(top.functionName), line: stream.line(index))
        }
        top.started = true
    }

    func text(_ range: TokenRange) -> String {
        let start = Int(stream.tokens[range.first].start)
        let end = stream.tokens[range.last].end
        return String(decoding: UnsafeBufferPointer(rebasing: stream.bytes[start..<end]), as: UTF8.self)
    }

    mutating func endStarted(line: Int32) {
        guard top.started else { return }
        top.started = false
        top.inPropertyValue = false
        recorder.end(line: line)
    }

    mutating func abandon() {
        top.started = false
        recorder.discard()
    }

    mutating func openParen(_ index: Int) {
        if top.previous == Code.dot || top.previous == Self.codeNew {
            openFrame(.paren)
        } else if !top.functionName.isNone {
            if !sameText(top.lastTokens, top.functionName)
                && top.previous != Code.equal && top.previous != Self.codeAsync && top.previous != Code.greater
            {
                top.functionName = .none
                openFrame(.paren)
            } else {
                startParameters(index)
            }
        } else {
            openFrame(.paren)
            top.isBindingCandidate = true
        }
    }

    mutating func startParameters(_ index: Int) {
        if !top.started { begin(at: index) }
        top.mode = .parameters
        top.depth = 1
        top.defaults = 0
        top.initializing = false
        top.parameterTokens = 0
    }

    mutating func functionHead(_ index: Int) {
        let code = stream.codes[index]
        if code == Code.star { return }
        if code == Code.less {
            // `function name<T>(`: the type parameters end back here, where `(` starts the parameters.
            top.mode = .generic
            top.modeAfterGeneric = .functionHead
            top.angleDepth = 1
            return
        }
        if code != Code.openParen {
            top.functionName = isIdentifierLike(TokenRange(first: index, last: index))
                ? TokenRange(first: index, last: index) : .none
            top.modifierSeen = false
            return
        }
        startParameters(index)
    }

    mutating func afterParameters(_ index: Int) {
        let code = stream.codes[index]
        top.mode = .global
        if code == Code.colon {
            beginType(.returnType)
            return
        }
        if code != Code.openBrace && code != Code.fatArrow && top.started { abandon() }
        global(index)
    }

    /// `<…>` after a function or method name.
    mutating func generic(_ index: Int) {
        let code = stream.codes[index]
        if code == Code.less { top.angleDepth += 1 }
        if code == Code.greater {
            top.angleDepth -= 1
            if top.angleDepth == 0 {
                top.mode = top.modeAfterGeneric
                top.modeAfterGeneric = .global
            }
        }
    }

    mutating func conditionHead(_ index: Int) {
        let code = stream.codes[index]
        if code == Self.codeAwait { return }
        top.mode = .global
        guard code == Code.openParen else {
            global(index)
            return
        }
        openFrame(.paren)
        top.isConditionHead = true
    }

    mutating func statementOrBlock(_ index: Int) {
        top.mode = .global
        if stream.codes[index] == Code.openBrace {
            openFrame(.block)
            top.isStatementBlock = true
            recorder.enterControl()
            return
        }
        global(index)
    }

    // MARK: - Token helpers

    /// The end offset of the regular expression literal starting with the `/` at `index`, if it starts one.
    ///
    /// lizard's rule: a `/` is a regex when the last byte before it (white space aside) is one of
    /// `= , ( { [ ? : ! & | ;`, or when it opens the file. The lexer does not know regexes, so the tokens
    /// it made of the literal are skipped here.
    func regexLiteralEnd(_ index: Int) -> Int? {
        let bytes = stream.bytes
        let start = Int(stream.tokens[index].start)
        var before = start - 1
        while before >= 0 && (isSpace(bytes[before]) || bytes[before] == 10) { before -= 1 }
        if before >= 0 {
            switch bytes[before] {
            case UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "["),
                UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "|"),
                UInt8(ascii: ";"):
                break
            default:
                return nil
            }
        }
        var offset = start + 1
        guard offset < bytes.count, bytes[offset] != UInt8(ascii: "/"), bytes[offset] != UInt8(ascii: "*") else {
            return nil
        }
        var length = 0
        var inClass = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 10 || byte == 13 { return nil }
            if byte == UInt8(ascii: "\\") {
                offset += 2
                length += 1
                continue
            }
            if inClass {
                if byte == UInt8(ascii: "]") { inClass = false }
            } else if byte == UInt8(ascii: "[") {
                inClass = true
            } else if byte == UInt8(ascii: "/") {
                guard length > 0 else { return nil }
                offset += 1
                while offset < bytes.count && bytes[offset] >= 97 && bytes[offset] <= 122 { offset += 1 }
                return offset
            }
            length += 1
            offset += 1
        }
        return nil
    }

    /// `name?` right after a word is an optional name (`foo?: T`), one token for lizard, not a ternary.
    func isOptionalName(_ index: Int) -> Bool {
        let start = Int(stream.tokens[index].start)
        guard start > 0 else { return false }
        let before = stream.bytes[start - 1]
        return before == UInt8(ascii: "_") || (before | 0x20 >= 97 && before | 0x20 <= 122)
            || (before >= 48 && before <= 57) || before >= 0x80
    }

    /// `a ?.5 : 1` is a ternary, not optional chaining.
    func isTernaryBeforeNumber(_ index: Int) -> Bool {
        let end = stream.tokens[index].end
        return end < stream.bytes.count && stream.bytes[end] >= 48 && stream.bytes[end] <= 57
    }

    func endLine(_ index: Int) -> Int32 {
        let token = stream.tokens[index]
        guard token.kind == .string else { return token.line }
        var line = token.line
        for offset in Int(token.start)..<token.end where stream.bytes[offset] == 10 { line += 1 }
        return line
    }

    /// lizard's `context.newline`: the token starts a line or spans lines.
    func isNewline(_ index: Int) -> Bool {
        index > 0 && (stream.line(index) > previousEndLine || endLine(index) > stream.line(index))
    }

    func isIdentifierLike(_ range: TokenRange) -> Bool {
        guard !range.isNone else { return false }
        if stream.isName(range.first) { return true }
        let first = stream.firstByte(range.first)
        return first == UInt8(ascii: "$") || first == UInt8(ascii: "#")
    }

    func sameText(_ a: TokenRange, _ b: TokenRange) -> Bool {
        guard !a.isNone, !b.isNone else { return a.isNone && b.isNone }
        let aStart = Int(stream.tokens[a.first].start)
        let aEnd = stream.tokens[a.last].end
        let bStart = Int(stream.tokens[b.first].start)
        let bEnd = stream.tokens[b.last].end
        guard aEnd - aStart == bEnd - bStart else { return false }
        for offset in 0..<(aEnd - aStart) where stream.bytes[aStart + offset] != stream.bytes[bStart + offset] {
            return false
        }
        return true
    }
}
