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

    init(language: Language, lexer: Lexer) {
        self.language = language
        self.lexer = lexer
        self.imports = ImportExtractor(language: language)
        self.functions = FunctionDetector(language: language)
        self.types = TypeCounter(language: language)
    }

    /// Lexes into `tokens` (this thread's buffer) only when a grammar reads them: counting lines alone is faster.
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, path: String, tokens: TokenBuffer) -> FileReport {
        guard language.functionStyle != nil || language.importStyle != nil else {
            return FileReport(
                path: path, language: language.name, bytes: bytes.count, lines: lexer.lex(bytes, into: nil),
                functions: [], imports: [], types: nil)
        }
        let lines = lexer.lex(bytes, into: tokens)
        return FileReport(
            path: path, language: language.name, bytes: bytes.count, lines: lines,
            functions: functions.functions(in: tokens, bytes: bytes), imports: imports.imports(in: tokens, bytes: bytes),
            types: types.isMeasured ? types.count(tokens.tokens, bytes: bytes) : nil)
    }
}
