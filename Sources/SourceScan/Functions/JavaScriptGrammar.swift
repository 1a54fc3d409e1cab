/// Functions in JavaScript and TypeScript (placeholder while the grammar is written).
struct JavaScriptGrammar {
    private let stream: TokenStream
    private let branches: WordSet

    init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    mutating func run() -> [FunctionFacts] { [] }
}
