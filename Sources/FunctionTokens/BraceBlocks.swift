import SourceScan

/// The open braces of a brace language, each a function body, a control block or a plain block.
///
/// Control keywords (`if`, `for`, `else`, `try`…) mark the next `{` at the same parenthesis depth as a
/// control block, so `if (list.any { $0 }) {` nests once, not twice. Closing a function body ends the
/// function in the recorder; closing a control block lowers its depth.
public struct BraceBlocks {
    @inlinable public init() {}

    public enum Kind: UInt8 {
        case plain, control, function
    }

    @usableFromInline var kinds: [Kind] = []
    @usableFromInline var savedParenDepths: [Int] = []
    public var parenDepth = 0
    @usableFromInline var controlParenDepth = -1

    @inlinable public var depth: Int { kinds.count }

    /// A control keyword: the next `{` at this parenthesis depth opens a control block.
    @inlinable public mutating func noteControlKeyword() { controlParenDepth = parenDepth }

    @inlinable public mutating func openParen() { parenDepth += 1 }

    @inlinable public mutating func closeParen() {
        if parenDepth > 0 { parenDepth -= 1 }
        if controlParenDepth > parenDepth { controlParenDepth = -1 }
    }

    /// A `;` ends a braceless control statement.
    @inlinable public mutating func endStatement() {
        if controlParenDepth >= parenDepth { controlParenDepth = -1 }
    }

    /// Opens a `{`: a function body when `isFunction`, else a control or plain block.
    @inlinable public mutating func open(isFunction: Bool, recorder: inout FunctionRecorder) {
        let kind: Kind
        if isFunction {
            kind = .function
        } else if controlParenDepth == parenDepth {
            kind = .control
            recorder.enterControl()
        } else {
            kind = .plain
        }
        controlParenDepth = -1
        kinds.append(kind)
        savedParenDepths.append(parenDepth)
        parenDepth = 0
    }

    /// Closes a `}` on `line`; returns what it closed, nil when no brace was open.
    @discardableResult
    @inlinable public mutating func close(line: Int32, recorder: inout FunctionRecorder) -> Kind? {
        controlParenDepth = -1
        guard let kind = kinds.popLast() else { return nil }
        parenDepth = savedParenDepths.popLast() ?? 0
        switch kind {
        case .function: recorder.end(line: line)
        case .control: recorder.leaveControl()
        case .plain: break
        }
        return kind
    }
}

/// Keywords whose braces or indented bodies are control blocks (see `FunctionDetector` on nesting).
/// Whether `code` is one of: if, else, elif, elsif, for, foreach, while, until, do, switch, match, when, select, try, catch, except, finally, guard, repeat, loop, unless, rescue.
///
/// A switch over literal codes, not a global set: a global would cost a lazy-initialization check per token.
@inline(__always)
@inlinable public func isControlKeyword(_ code: UInt64) -> Bool {
    switch code {
    case 0x6669, 0x65736C65, 0x66696C65, 0x6669736C65, 0x726F66, 0x68636165726F66,
        0x656C696877, 0x6C69746E75, 0x6F64, 0x686374697773, 0x686374616D, 0x6E656877,
        0x7463656C6573, 0x797274, 0x6863746163, 0x747065637865, 0x796C6C616E6966, 0x6472617567,
        0x746165706572, 0x706F6F6C, 0x7373656C6E75, 0x657563736572:
        true
    default:
        false
    }
}
