extension StarlarkCalls {
    /// A top-level `NAME = value` of a BUILD file, read as text (Bazel forbids assigning a name twice there).
    ///
    /// Its value's string literals count wherever they sit (a list, a `glob`'s patterns, every `select` branch), as a
    /// keyword argument's do, except dictionary keys and a nested call's own keyword arguments (`glob`'s `exclude`).
    /// Names it adds (`A + ["x.cc"]`) are read through their own assignments. A call to anything but `glob` and
    /// `select` (a macro's result, `"…".format()`), a comprehension, or a number or constant makes it opaque: what
    /// it holds is known only when Bazel runs.
    package struct Assignment: Sendable {
        package var line: Int
        package var literals: [Literal] = []
        /// The names its value adds, in order.
        package var names: [String] = []
        package var isOpaque = false
    }

    /// Calls whose value a text reading keeps: their string literals are the files or labels they stand for.
    static let readableCalls: Set<String> = ["glob", "select"]
    /// Python's words that make a value no list of literals (comprehensions, conditions, constants).
    private static let opaqueWords: Set<String> = [
        "for", "in", "if", "else", "not", "and", "or", "True", "False", "None", "lambda",
    ]
    /// Tokens after which a statement goes on to the next line.
    private static let continuing: Set<String> = ["+", "=", "\\", "%", "-", "*", ",", "."]

    /// Ends the assignment being read when the item at `index`, at the top level, starts a new statement: it is on a
    /// later line than the one before, which leaves nothing open (`A +` goes on).
    mutating func endAssignment(at index: Int, of items: [ManifestTokens.Item], isTopLevel: Bool) {
        guard assigning != nil, isTopLevel, index > 0 else { return }
        let previous = items[index - 1]
        if items[index].line > previous.line && !Self.continuing.contains(previous.text) { assigning = nil }
    }

    /// A word or number of the assignment being read that no call's keyword argument holds: a name it adds, or
    /// what makes it opaque. A word before `.` (`native` of `native.glob`) is the call's.
    mutating func addToAssignment(_ item: ManifestTokens.Item, next: String) {
        guard let name = assigning, next != "." else { return }
        if item.text.first?.isNumber == true || Self.opaqueWords.contains(item.text) {
            assignments[name]?.isOpaque = true
        } else {
            assignments[name]?.names.append(item.text)
        }
    }

    /// Each keyword argument's words naming an assignment add its literals (with those of the names it adds);
    /// `readableNames` are those read completely.
    mutating func resolveAssignments() {
        guard !assignments.isEmpty else { return }
        var values: [String: (literals: [Literal], isComplete: Bool)] = [:]
        for name in assignments.keys { _ = Self.value(of: name, assignments, &values) }
        readableNames = Set(values.filter(\.value.isComplete).keys)
        for index in calls.indices {
            for (keyword, words) in calls[index].words {
                let literals = words.compactMap { values[$0]?.literals }.joined()
                if !literals.isEmpty { calls[index].keywords[keyword, default: []] += literals }
            }
        }
    }

    /// The literals `name` holds and whether they are all it holds; nil for a name no assignment makes (a loaded
    /// one, a comprehension's variable). A cycle (not valid Starlark) reads as incomplete.
    private static func value(
        of name: String, _ assignments: [String: Assignment],
        _ values: inout [String: (literals: [Literal], isComplete: Bool)]
    ) -> (literals: [Literal], isComplete: Bool)? {
        if let known = values[name] { return known }
        guard let assignment = assignments[name] else { return nil }
        values[name] = ([], false)
        var result = (literals: assignment.literals, isComplete: !assignment.isOpaque)
        for added in assignment.names {
            let inner = value(of: added, assignments, &values)
            result.literals += inner?.literals ?? []
            result.isComplete = result.isComplete && inner?.isComplete == true
        }
        values[name] = result
        return result
    }
}
