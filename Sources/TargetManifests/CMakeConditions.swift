import ManifestSyntax

/// The `if` blocks open at a command of a `CMakeLists.txt`, innermost last, and whether the command runs: every
/// branch is read, as ever, unless each condition up to the branch can be told from the text alone (CMakeExpression,
/// over the variables known for certain: a helper's `if(ARG_HEADER_ONLY)` takes only the branch its call asks for,
/// `if(0)` is dead code, `if(type STREQUAL "SHARED")` follows the call's argument). Anything else (`WIN32`, an option
/// the user sets, a variable set in a branch that may not run) leaves the block's branches all read.
///
/// Each branch read without being told to run is a region of its own: a variable set there is known for certain
/// only while that branch is open (CMakeVariables' `Region`).
struct CMakeConditions {
    private enum State: Equatable {
        /// The branch being read was told to run.
        case taking
        /// Every branch so far was told not to run: this one is skipped until one runs.
        case waiting
        /// A branch ran: the rest are skipped.
        case done
        /// A condition could not be told: every remaining branch is read.
        case unknown
        /// The whole block lies in a skipped branch.
        case skipped
    }

    private struct Frame {
        var state: State
        /// Names the branch being read, for the variables set in it.
        var id: Int
    }

    private var frames: [Frame] = []
    private var lastID = 0

    /// How many blocks are open.
    var depth: Int { frames.count }

    /// Whether the current command runs: no open block skips it.
    var isReading: Bool { frames.allSatisfy { $0.state == .taking || $0.state == .unknown } }

    /// Whether every block opened since `depth` was told to run (a `return()` there surely returns).
    func isCertain(since depth: Int) -> Bool {
        frames.dropFirst(depth).allSatisfy { $0.state == .taking }
    }

    /// The innermost branch read that may not run; nil when every open branch was told to run.
    var uncertainBranch: Int? {
        frames.last { $0.state != .taking }?.id
    }

    /// Whether the branch `id` names is still being read.
    func isOpen(_ id: Int) -> Bool {
        frames.contains { $0.id == id }
    }

    /// Closes the blocks opened since `depth` (a body left by `return()` or never closed).
    mutating func close(to depth: Int) {
        if frames.count > depth { frames.removeLast(frames.count - depth) }
    }

    /// Follows `if`, `elseif`, `else` and `endif` (false for any other command); `evaluate` tells the command's
    /// condition, when it can.
    mutating func follow(_ command: CMakeScript.Command, evaluate: () -> Bool?) -> Bool {
        switch command.name {
        case "if":
            frames.append(Frame(state: isReading ? Self.state(evaluate()) : .skipped, id: nextID()))
        case "elseif":
            guard let last = frames.popLast() else { return true }
            frames.append(Frame(state: last.state == .waiting ? Self.state(evaluate()) : Self.next(last.state), id: nextID()))
        case "else":
            guard let last = frames.popLast() else { return true }
            frames.append(Frame(state: last.state == .waiting ? .taking : Self.next(last.state), id: nextID()))
        case "endif": _ = frames.popLast()
        default: return false
        }
        return true
    }

    private mutating func nextID() -> Int {
        lastID += 1
        return lastID
    }

    /// Whether CMake reads `value` as a false constant (`NAME-NOTFOUND` too).
    static func isFalseConstant(_ value: String) -> Bool {
        let upper = value.uppercased()
        return ["0", "OFF", "NO", "FALSE", "N", "IGNORE", "NOTFOUND", ""].contains(upper) || upper.hasSuffix("-NOTFOUND")
    }

    private static func state(_ value: Bool?) -> State {
        value.map { $0 ? .taking : .waiting } ?? .unknown
    }

    /// The state of a block past a branch that was not waiting.
    private static func next(_ state: State) -> State {
        state == .taking ? .done : state
    }
}
