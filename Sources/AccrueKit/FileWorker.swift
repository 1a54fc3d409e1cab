import GitCore
import FunctionScan
import ImportScan
import SourceScan

/// Turns one tree entry into a report or an exclusion. One per worker thread.
struct FileWorker {
    let repository: Repository?
    let listing: FileListing
    let classifier: FileClassifier
    let checksAttributes: Bool
    /// One analyzer per language, indexed like the classifier's language table.
    let analyzers: [LanguageAnalyzer]
    /// Outcomes by content address (blob id, or a hash of work-tree bytes) and language; nil: no store.
    var cache: StoreFileCache? = nil

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
        guard let bytes = read(entry) else {
            return .excluded(ExcludedFile(path: entry.path, reason: .unreadable))
        }
        if let cache, listing.workTree != nil {
            key = "w" + StoreFingerprint.of(bytes: bytes) + ":\(language)"
            if let key, let known = cache.lookup(key, path: entry.path) { return known }
        }
        let outcome = analyze(bytes, path: entry.path, languageIndex: languageIndex)
        if let cache, let key { cache.record(key, outcome.at("")) }
        return outcome
    }

    private func analyze(_ bytes: [UInt8], path: String, languageIndex: Int?) -> FileOutcome {
        var languageIndex = languageIndex
        return bytes.withUnsafeBufferPointer { buffer -> FileOutcome in
            if languageIndex == nil {
                guard let index = classifier.languages.language(forShebang: buffer) else {
                    return .excluded(ExcludedFile(path: path, reason: .unknownLanguage))
                }
                languageIndex = index
            }
            if let reason = classifier.classify(content: buffer) {
                return .excluded(ExcludedFile(path: path, reason: reason))
            }
            return .scanned(analyzers[languageIndex ?? 0].analyze(buffer, path: path))
        }
    }

    private func read(_ entry: TreeEntry) -> [UInt8]? {
        if let root = listing.workTree { return FileReader.read(root: root, rawPath: entry.rawPath) }
        return repository?.blobBytes(entry.id)
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

    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> FileReport {
        let needsTokens = language.functionStyle != nil || language.importStyle != nil
        let output = lexer.lex(bytes, collectTokens: needsTokens)
        return FileReport(
            path: path, language: language.name, bytes: bytes.count, lines: output.lines,
            functions: functions.functions(in: output.tokens, bytes: bytes),
            imports: imports.imports(in: output.tokens, bytes: bytes),
            types: types.isMeasured ? types.count(output.tokens, bytes: bytes) : nil)
    }
}
