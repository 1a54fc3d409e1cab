import FunctionScan
import FunctionTokens

/// What the debt model measures of one function of a scanned file: where it starts, the lines it owns, its
/// cyclomatic complexity and its deepest nesting. Read from the file's `FunctionFacts`, so the model needs no
/// function grammar's types.
public struct FunctionFigures: Hashable, Sendable {
    /// The function's `label`: its name, or the call a literal is passed to (`test('empty') callback`).
    public var name: String
    public var startLine: Int
    /// The function's lines without those of the functions nested in it (`ownLengths`).
    public var ownLines: Int
    public var complexity: Int
    public var maxNesting: Int

    /// Each function's lines without those of the functions nested in it, which are reported (and judged) on
    /// their own, as complexity already leaves them out: a 226-line closure in a 234-line test function is
    /// one long function, not two. `files` keeps lizard's whole length.
    package static func ownLengths(_ functions: [FunctionFacts]) -> [Int] {
        let order = functions.indices.sorted {
            (functions[$0].startLine, -functions[$0].endLine, $0) < (functions[$1].startLine, -functions[$1].endLine, $1)
        }
        var nested = Array(repeating: 0, count: functions.count)
        var open: [Int] = []
        for index in order {
            while let last = open.last, functions[last].endLine < functions[index].startLine { open.removeLast() }
            if let parent = open.last, functions[index].endLine <= functions[parent].endLine {
                nested[parent] += functions[index].length
            }
            open.append(index)
        }
        return functions.indices.map { max(1, functions[$0].length - nested[$0]) }
    }
}

extension FileReport {
    /// The figures of the file's functions, in the order of `functions`.
    public var functionFigures: [FunctionFigures] {
        zip(functions, FunctionFigures.ownLengths(functions)).map { function, length in
            FunctionFigures(
                name: function.label, startLine: function.startLine, ownLines: length, complexity: function.complexity,
                maxNesting: function.maxNesting)
        }
    }

    /// The file's functions' cyclomatic complexity added up (0 for a file of declarations).
    public var complexity: Int { functions.reduce(0) { $0 + $1.complexity } }
}
