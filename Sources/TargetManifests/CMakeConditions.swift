import ManifestSyntax

/// The `if` blocks open at a command of a `CMakeLists.txt`, innermost last, and whether the command runs: every
/// branch is read, as ever, unless each condition up to the branch can be told from the text alone.
///
/// A condition is told when it is built with `NOT`, `AND` and `OR` (no parentheses) from constants (`TRUE`, `ON`,
/// `1`, `FALSE`, `OFF`, `0`…) and the variables a `cmake_parse_arguments` call set (`decided`), read as `X` or
/// `DEFINED X`: a helper's `if(ARG_HEADER_ONLY)` then takes only the branch its call asks for, and `if(0)` is dead
/// code. A false `and` or a true `or` decides whatever the other side is (`ARG_HEADER_ONLY AND NOT FMT_UNICODE`).
/// Anything else (`WIN32`, `X STREQUAL y`, an option the user sets) leaves the block's branches all read.
struct CMakeConditions {
    private enum Frame: Equatable {
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

    private static let trueConstants: Set = ["1", "ON", "YES", "TRUE", "Y"]
    private static let falseConstants: Set = ["0", "OFF", "NO", "FALSE", "N", "IGNORE", "NOTFOUND", ""]

    private var frames: [Frame] = []

    /// How many blocks are open.
    var depth: Int { frames.count }

    /// Whether the current command runs: no open block skips it.
    var isReading: Bool { frames.allSatisfy { $0 == .taking || $0 == .unknown } }

    /// Whether every block opened since `depth` was told to run (a `return()` there surely returns).
    func isCertain(since depth: Int) -> Bool {
        frames.dropFirst(depth).allSatisfy { $0 == .taking }
    }

    /// Closes the blocks opened since `depth` (a body left by `return()` or never closed).
    mutating func close(to depth: Int) {
        if frames.count > depth { frames.removeLast(frames.count - depth) }
    }

    /// Follows `if`, `elseif`, `else` and `endif` (false for any other command); `decided` tells what is known of a
    /// variable.
    mutating func follow(_ command: CMakeScript.Command, decided: (String) -> Decided?) -> Bool {
        switch command.name {
        case "if":
            frames.append(isReading ? Self.frame(Self.evaluate(command.arguments, decided: decided)) : .skipped)
        case "elseif":
            guard let last = frames.popLast() else { return true }
            frames.append(last == .waiting ? Self.frame(Self.evaluate(command.arguments, decided: decided)) : Self.next(last))
        case "else":
            guard let last = frames.popLast() else { return true }
            frames.append(last == .waiting ? .taking : Self.next(last))
        case "endif": _ = frames.popLast()
        default: return false
        }
        return true
    }

    /// Whether CMake reads `value` as a false constant (`NAME-NOTFOUND` too).
    static func isFalseConstant(_ value: String) -> Bool {
        let upper = value.uppercased()
        return falseConstants.contains(upper) || upper.hasSuffix("-NOTFOUND")
    }

    private static func frame(_ value: Bool?) -> Frame {
        value.map { $0 ? .taking : .waiting } ?? .unknown
    }

    /// The state of a block past a branch that was not waiting.
    private static func next(_ frame: Frame) -> Frame {
        frame == .taking ? .done : frame
    }

    /// The condition's value, nil when it cannot be told: `or` of `and`s of `NOT`-prefixed operands.
    static func evaluate(_ arguments: [String], decided: (String) -> Decided?) -> Bool? {
        var words = arguments[...]
        var disjunction: Bool? = false
        while true {
            var conjunction: Bool? = true
            while true {
                guard let operand = operand(&words, decided: decided) else { return nil }
                conjunction = and(conjunction, operand.value)
                guard words.first == "AND" else { break }
                words.removeFirst()
            }
            disjunction = or(disjunction, conjunction)
            guard let next = words.popFirst() else { return disjunction }
            guard next == "OR" else { return nil }
        }
    }

    /// What the `if` words say of a variable: whether it is set, whether it reads as true.
    struct Decided {
        let isDefined: Bool
        let isTrue: Bool
    }

    /// An operand's value, when its words can be read.
    private enum Operand {
        case known(Bool)
        case unknown

        var value: Bool? {
            if case .known(let value) = self { return value }
            return nil
        }
    }

    /// The next operand (`NOT`s, then `DEFINED name` or a word); nil when the words end or a word is an operator
    /// this reading does not know.
    private static func operand(_ words: inout ArraySlice<String>, decided: (String) -> Decided?) -> Operand? {
        var negations = 0
        while words.first == "NOT" {
            negations += 1
            words.removeFirst()
        }
        guard let word = words.popFirst(), word != "AND", word != "OR", !word.contains("("), !word.contains(")")
        else { return nil }
        let value: Bool?
        if word == "DEFINED" {
            guard let name = words.popFirst() else { return nil }
            value = decided(name)?.isDefined
        } else if trueConstants.contains(word.uppercased()) {
            value = true
        } else if falseConstants.contains(word.uppercased()) {
            value = false
        } else {
            value = decided(word)?.isTrue
        }
        return value.map { .known(negations % 2 == 0 ? $0 : !$0) } ?? .unknown
    }

    private static func and(_ left: Bool?, _ right: Bool?) -> Bool? {
        if left == false || right == false { return false }
        return left == true && right == true ? true : nil
    }

    private static func or(_ left: Bool?, _ right: Bool?) -> Bool? {
        if left == true || right == true { return true }
        return left == false && right == false ? false : nil
    }
}
