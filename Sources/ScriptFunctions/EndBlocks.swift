import FunctionTokens

/// The open blocks of a language that closes them with `end` (Ruby, Elixir), innermost last: a method's, a
/// control block's (which nests), or another (`do`, `class`, `fn`).
struct EndBlocks {
    enum Kind {
        case method, control, plain
    }

    private var stack: [Kind] = []

    var innermost: Kind? { stack.last }

    /// A block opens; a control block enters the innermost function's nesting.
    mutating func open(_ kind: Kind, recorder: inout FunctionRecorder) {
        stack.append(kind)
        if kind == .control { recorder.enterControl() }
    }

    /// An `end` on `line` closes the innermost block: a method's ends its function, a control block's nesting ends.
    mutating func close(line: Int32, recorder: inout FunctionRecorder) {
        switch stack.popLast() {
        case .method: recorder.end(line: line)
        case .control: recorder.leaveControl()
        default: break
        }
    }
}
