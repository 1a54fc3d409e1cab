import FileClassification
import FunctionScan
import ImportScan
import SourceScan

/// The per-file analysis of one language: lexing, then imports (and functions) from the tokens.
struct LanguageAnalyzer: Sendable {
    let language: Language
    let lexer: Lexer
    let imports: ImportExtractor
    let functions: FunctionDetector
    let types: TypeCounter
    /// A component language's (`script_blocks`) finder of `<script>` blocks, and the analyzers of the languages
    /// its blocks are written in, by table index; nil for other languages.
    private(set) var scripts: (finder: ScriptBlockFinder, analyzers: [Int: LanguageAnalyzer])?

    init(language: Language, lexer: Lexer) {
        self.language = language
        self.lexer = lexer
        self.imports = ImportExtractor(language: language)
        self.functions = FunctionDetector(language: language)
        self.types = TypeCounter(language: language)
    }

    /// One analyzer per language of `table`, in its order.
    static func all(_ table: LanguageTable) -> [LanguageAnalyzer] {
        let plain = zip(table.languages, table.lexers).map(LanguageAnalyzer.init)
        return zip(plain, table.scriptBlocks).map { analyzer, finder in
            guard let finder else { return analyzer }
            var component = analyzer
            component.scripts = (finder, Dictionary(finder.languages.map { ($0, plain[$0]) }, uniquingKeysWith: { a, _ in a }))
            return component
        }
    }

    /// Whether a generated file of this language is still read for its imports: Go's, whose package (a folder)
    /// is imported and imports whether or not its files are written by hand.
    var keepsGeneratedImports: Bool { language.importStyle == "go" }

    /// The imports of a file, alone (a generated file: `keepsGeneratedImports`).
    func imports(of bytes: UnsafeBufferPointer<UInt8>, path: String, tokens: TokenBuffer) -> [ImportFacts] {
        _ = lexer.lex(bytes, into: tokens)
        return imports.imports(in: tokens, bytes: bytes, path: path)
    }

    /// Lexes into `tokens` (this thread's buffer) only when a grammar reads them: counting lines alone is faster.
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, path: String, tokens: TokenBuffer) -> FileReport {
        var report = measure(bytes, path: path, tokens: tokens)
        report.lineSample = LineSample.of(bytes)
        return report
    }

    private func measure(_ bytes: UnsafeBufferPointer<UInt8>, path: String, tokens: TokenBuffer) -> FileReport {
        if let scripts { return analyzeScripts(bytes, path: path, tokens: tokens, scripts.finder, scripts.analyzers) }
        guard language.functionStyle != nil || language.importStyle != nil else {
            return FileReport(
                path: path, language: language.name, bytes: bytes.count, lines: lexer.lex(bytes, into: nil),
                functions: [], imports: [], types: nil)
        }
        let lines = lexer.lex(bytes, into: tokens)
        var report = FileReport(
            path: path, language: language.name, bytes: bytes.count, lines: lines,
            functions: functions.functions(in: tokens, bytes: bytes),
            imports: imports.imports(in: tokens, bytes: bytes, path: path),
            types: types.isMeasured ? types.count(tokens.tokens, bytes: bytes) : nil)
        // Each test item's lines, counted as the whole file's are: lexed again, alone (it opens and closes a line
        // of code, so no comment or string runs across its ends).
        for item in imports.testItems(in: tokens, bytes: bytes) {
            report.testLines += lexer.lex(UnsafeBufferPointer(rebasing: bytes[item]), into: nil)
        }
        return report
    }

    /// A component file: lines counted over the whole file by its own language; functions, imports and types
    /// from each `<script>` block, lexed in place (no copy) as the block's language with the file's line numbers.
    private func analyzeScripts(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, tokens: TokenBuffer,
        _ finder: ScriptBlockFinder, _ analyzers: [Int: LanguageAnalyzer]
    ) -> FileReport {
        var report = FileReport(
            path: path, language: language.name, bytes: bytes.count, lines: lexer.lex(bytes, into: nil),
            functions: [], imports: [], types: nil)
        for block in finder.blocks(in: bytes) {
            guard let inner = analyzers[block.language] else { continue }
            let code = UnsafeBufferPointer(rebasing: bytes[block.content])
            _ = inner.lexer.lex(code, into: tokens, firstLine: block.line)
            report.functions += inner.functions.functions(in: tokens, bytes: code)
            report.imports += inner.imports.imports(in: tokens, bytes: code)
            if inner.types.isMeasured { report.types = (report.types ?? TypeCounts()) + inner.types.count(tokens.tokens, bytes: code) }
        }
        return report
    }
}
