import SourceScan

/// One function, method, initializer, accessor or closure-bearing declaration found in a file.
///
/// Lines are 1-based and inclusive: `length` is `endLine - startLine + 1`. `complexity` is McCabe's
/// cyclomatic complexity counted the way lizard counts it: 1 plus one for each branch token of the
/// language (`rules/languages.yaml`, `branch_tokens`) inside the function and outside functions nested
/// in it. `maxNesting` is the deepest stack of control blocks (see `FunctionDetector`).
public struct FunctionFacts: Hashable, Sendable, Codable {
    /// The declared name (`parse`, `Foo::bar`, `init`, `get`), or `(anonymous)` for a function literal.
    public var name: String
    /// The line of the declaring keyword (`func`, `def`, `fn`) or, in C-like languages, of the name.
    public var startLine: Int
    /// The line of the closing brace, or of the last code token of an indented body.
    public var endLine: Int
    public var length: Int
    public var complexity: Int
    public var maxNesting: Int
    /// For a function literal passed to a call, the call (`test('transition slot')`, `t.Run("empty")`,
    /// `items.map`; `TokenStream.callContext`); nil otherwise.
    public var call: String?
    /// For a function literal passed to no call (returned, assigned to a field, invoked at once), the label of
    /// the function it is nested in (`setup`, `test('transition slot') callback`); nil otherwise.
    public var enclosing: String?

    public init(
        name: String, startLine: Int, endLine: Int, complexity: Int, maxNesting: Int, call: String? = nil,
        enclosing: String? = nil
    ) {
        self.name = name
        self.call = call
        self.enclosing = enclosing
        self.startLine = startLine
        self.endLine = endLine
        self.length = endLine - startLine + 1
        self.complexity = complexity
        self.maxNesting = maxNesting
    }

    /// What findings, plans and the gate call the function: its name, or for a literal passed to a call
    /// `test('transition slot') callback`, or for another literal nested in a function `(anonymous) in setup`:
    /// names that stay the same when a literal is added elsewhere in the file.
    public var label: String { Self.label(name: name, call: call, enclosing: enclosing) }

    /// `label` of a function of these parts (FunctionRecorder names the functions literals are nested in by it).
    @inlinable public static func label(name: String, call: String?, enclosing: String?) -> String {
        if let call { return call + " callback" }
        if let enclosing { return name + " in " + enclosing }
        return name
    }

    private enum CodingKeys: String, CodingKey {
        case name, length, complexity, call, enclosing
        case startLine = "start_line"
        case endLine = "end_line"
        case maxNesting = "max_nesting"
    }
}
