import SourceScan

/// The functions a grammar has opened and not yet closed, and those it has finished.
///
/// Grammars push a function when its declaration starts and pop it at the end of its body; branch tokens
/// and control blocks are credited to the innermost open function only, so a nested function's complexity
/// never leaks into its parent's. Everything is a flat stack: no recursion, whatever the nesting.
public struct FunctionRecorder {
    @inlinable public init() {}

    @usableFromInline struct Open {
        @usableFromInline var name: String
        @usableFromInline var startLine: Int32
        @usableFromInline var complexity: Int
        @usableFromInline var depth: Int
        @usableFromInline var maxDepth: Int
        @usableFromInline var call: String?
        @usableFromInline var enclosing: String?

        @usableFromInline init(name: String, startLine: Int32, call: String?, enclosing: String?) {
            (self.name, self.startLine, self.complexity, self.depth, self.maxDepth) = (name, startLine, 1, 0, 0)
            (self.call, self.enclosing) = (call, enclosing)
        }

        /// What a literal nested in this function is said to be in: its name, or its call's label; nil for a
        /// literal passed to no call, which names nothing.
        @usableFromInline var containerLabel: String? {
            call == nil && name == "(anonymous)" ? nil : FunctionFacts.label(name: name, call: call, enclosing: nil)
        }
    }

    @usableFromInline var open: [Open] = []
    @usableFromInline var finished: [FunctionFacts] = []
    /// Branch tokens outside any function (lizard's global pseudo-function).
    @usableFromInline var outsideComplexity = 0

    /// The complexity so far of the innermost open function (or of the code outside functions).
    @inlinable public var currentComplexity: Int { open.last?.complexity ?? outsideComplexity }

    /// Whether a function is open (its declaration or body is being read).
    @inlinable public var isInFunction: Bool { !open.isEmpty }

    /// How many functions are open.
    @inlinable public var openCount: Int { open.count }

    /// A function opens; `call` is the call a function literal is passed to (`TokenStream.callContext`).
    /// A literal passed to no call takes the label of the innermost function it is nested in that has a name or a
    /// call (`(anonymous) in setup`, never `(anonymous) in (anonymous)`), if any.
    @inlinable public mutating func begin(name: String, line: Int32, call: String? = nil) {
        let enclosing = call == nil && name == "(anonymous)" ? open.reversed().lazy.compactMap(\.containerLabel).first : nil
        open.append(Open(name: name, startLine: line, call: call, enclosing: enclosing))
    }

    /// Renames the innermost open function (the name is read after the keyword that opened it).
    @inlinable public mutating func rename(_ name: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].name = name
    }

    /// Moves the innermost open function's start to `line` (C's `(*f)(…)` declarators restart it).
    @inlinable public mutating func restart(line: Int32) {
        guard !open.isEmpty else { return }
        open[open.count - 1].startLine = line
        open[open.count - 1].complexity = 1
    }

    @inline(__always)
    @inlinable public mutating func addCondition(_ count: Int = 1) {
        guard !open.isEmpty else {
            outsideComplexity += count
            return
        }
        open[open.count - 1].complexity += count
    }

    /// A control block (if, loop, switch, try…) opens inside the innermost function.
    @inlinable public mutating func enterControl() {
        guard !open.isEmpty else { return }
        let top = open.count - 1
        open[top].depth += 1
        if open[top].depth > open[top].maxDepth { open[top].maxDepth = open[top].depth }
    }

    @inlinable public mutating func leaveControl() {
        guard !open.isEmpty else { return }
        let top = open.count - 1
        if open[top].depth > 0 { open[top].depth -= 1 }
    }

    /// The innermost function ends on `line`.
    @inlinable public mutating func end(line: Int32) {
        guard let function = open.popLast() else { return }
        finished.append(
            FunctionFacts(
                name: function.name, startLine: Int(function.startLine), endLine: Int(max(line, function.startLine)),
                complexity: function.complexity, maxNesting: function.maxDepth, call: function.call,
                enclosing: function.enclosing))
    }

    /// The innermost open function was not a function after all (or never closed): forget it.
    @inlinable public mutating func discard() {
        _ = open.popLast()
    }

    /// The finished functions by start line; on the same line, outer before inner, then by name.
    @inlinable public func result() -> [FunctionFacts] {
        finished.sorted {
            ($0.startLine, -$0.endLine, $0.name, $0.complexity) < ($1.startLine, -$1.endLine, $1.name, $1.complexity)
        }
    }
}
