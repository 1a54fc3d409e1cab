import SourceScan

/// Reads the imports a file writes, from its tokens, by the grammar its language's `import_style` names.
///
/// Every grammar makes one forward pass over the tokens and never backs up past a token it has read
/// twice, so the cost is linear in the file. Malformed imports are skipped, never fatal. Comments are
/// already gone and strings are single tokens, so an `import` inside either is never read.
public struct ImportExtractor: Sendable {
    /// The language whose `import_style` picks the grammar.
    public let language: Language
    let style: ImportStyle?

    /// An extractor for `language`; one whose `import_style` is missing or unknown finds nothing.
    public init(language: Language) {
        self.language = language
        style = language.importStyle.flatMap(ImportStyle.init(rawValue:))
    }

    /// The imports in `buffer` (the lexer's tokens and codes for `bytes`, the file at `path`), in source order.
    ///
    /// Only OCaml reads `path`: a file never imports its own module (`Vcs` in `vcs.ml`).
    public func imports(in buffer: TokenBuffer, bytes: UnsafeBufferPointer<UInt8>, path: String = "") -> [ImportFacts] {
        guard let style, let last = buffer.tokens.last, last.end <= bytes.count, last.start >= 0 else { return [] }
        var reader = ImportReader(buffer, bytes: bytes, path: path)
        style.grammar(&reader)
        return reader.found
    }

    /// The imports in `tokens` (lexed from `bytes` by this language's lexer, the file at `path`), in source order.
    public func imports(in tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, path: String = "") -> [ImportFacts] {
        guard style != nil, !tokens.isEmpty else { return [] }
        return imports(in: TokenBuffer(tokens, bytes: bytes), bytes: bytes, path: path)
    }
}

/// The import grammars an `import_style:` in `rules/languages.yaml` may name.
package enum ImportStyle: String, CaseIterable, Sendable {
    case swift, c, csharp, go, rust, java, kotlin, scala, python, ruby, lua, javascript, php, dart, elixir, haskell, erlang, clojure, ocaml
    case zig

    /// The grammar that reads this style's imports.
    var grammar: (inout ImportReader) -> Void {
        switch self {
        case .swift: SwiftImports.read
        case .c: CImports.read
        case .csharp: CSharpImports.read
        case .go: GoImports.read
        case .rust: RustImports.read
        case .java: JavaImports.read
        case .kotlin: JavaImports.readKotlin
        case .scala: JavaImports.readScala
        case .python: PythonImports.read
        case .ruby: RubyImports.read
        case .lua: LuaImports.read
        case .javascript: JavaScriptImports.read
        case .php: PHPImports.read
        case .dart: DartImports.read
        case .elixir: ElixirImports.read
        case .haskell: HaskellImports.read
        case .erlang: ErlangImports.read
        case .clojure: ClojureImports.read
        case .ocaml: OCamlImports.read
        case .zig: ZigImports.read
        }
    }
}
