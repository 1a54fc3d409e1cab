import FileReading
import FunctionScan
import GitCore
import ImportScan
import SourceScan

/// Turns one tree entry into a report or an exclusion. One per worker thread, with its reused buffers.
struct FileWorker {
    let repository: Repository?
    let listing: FileListing
    let classifier: FileClassifier
    let checksAttributes: Bool
    /// One analyzer per language, indexed like the classifier's language table.
    let analyzers: [LanguageAnalyzer]
    /// This thread's reader of work-tree files (nil for `--rev`: blobs come from the repository).
    let files: FileBuffer?
    /// Outcomes by content address (blob id, or a hash of work-tree bytes) and language; nil: no store.
    var cache: StoreFileCache? = nil
    /// This thread's tokens, reused from file to file.
    let tokens = TokenBuffer()

    func process(_ entry: TreeEntry) -> FileOutcome {
        switch entry.kind {
        case .symlink: return .excluded(ExcludedFile(path: entry.path, reason: .symlink))
        case .submodule: return .excluded(ExcludedFile(path: entry.path, reason: .submodule))
        case .file, .executable: break
        }
        var vendored = false
        var generated = false
        if checksAttributes, let repository {
            vendored = repository.attribute("linguist-vendored", path: entry.path, commit: listing.workTree == nil ? listing.commit : nil).isTrue
            generated = repository.attribute("linguist-generated", path: entry.path, commit: listing.workTree == nil ? listing.commit : nil).isTrue
        }
        let verdict = classifier.classify(path: entry.path, isVendored: vendored, isGenerated: generated)
        var languageIndex: Int?
        switch verdict {
        case .excluded(let reason): return .excluded(ExcludedFile(path: entry.path, reason: reason))
        case .language(let index): languageIndex = index
        case .needsShebang: languageIndex = nil
        }
        // With a store, a blob is looked up by id before it is read; a work-tree file by its bytes.
        let language = languageIndex.map { analyzers[$0].language.name } ?? "#!"
        var key = cache != nil && listing.workTree == nil ? "\(entry.id):\(language)" : nil
        if let cache, let key, let known = cache.lookup(key, path: entry.path) { return known }
        return withBytes(of: entry) { bytes -> FileOutcome in
            guard let bytes else { return .excluded(ExcludedFile(path: entry.path, reason: .unreadable)) }
            if let cache, listing.workTree != nil {
                key = "w" + StoreFingerprint.of(bytes: Array(bytes)) + ":\(language)"
                if let key, let known = cache.lookup(key, path: entry.path) { return known }
            }
            let outcome = analyze(bytes, path: entry.path, languageIndex: languageIndex)
            if let cache, let key { cache.record(key, outcome.at("")) }
            return outcome
        }
    }

    private func analyze(_ buffer: UnsafeBufferPointer<UInt8>, path: String, languageIndex: Int?) -> FileOutcome {
        guard let index = languageIndex ?? classifier.languages.language(forShebang: buffer) else {
            return .excluded(ExcludedFile(path: path, reason: .unknownLanguage))
        }
        if let reason = classifier.classify(content: buffer) {
            return .excluded(ExcludedFile(path: path, reason: reason))
        }
        return .scanned(analyzers[index].analyze(buffer, path: path, tokens: tokens))
    }

    /// The entry's bytes: from this thread's file buffer (work tree) or the object database (`--rev`).
    private func withBytes(of entry: TreeEntry, _ body: (UnsafeBufferPointer<UInt8>?) -> FileOutcome) -> FileOutcome {
        if let files { return body(files.read(entry.rawPath)) }
        guard let blob = repository?.blobBytes(entry.id) else { return body(nil) }
        return blob.withUnsafeBufferPointer(body)
    }
}

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
        let needsTokens = language.functionStyle != nil || language.importStyle != nil
        let lines = lexer.lex(bytes, into: needsTokens ? tokens : nil)
        return FileReport(
            path: path, language: language.name, bytes: bytes.count, lines: lines,
            functions: needsTokens ? functions.functions(in: tokens, bytes: bytes) : [],
            imports: needsTokens ? imports.imports(in: tokens, bytes: bytes) : [],
            types: types.isMeasured ? types.count(tokens.tokens, bytes: bytes) : nil)
    }
}
