import GitCore
import SourceScan

/// Turns one tree entry into a report or an exclusion. One per worker thread.
struct FileWorker {
    let repository: Repository?
    let listing: FileListing
    let classifier: FileClassifier
    let checksAttributes: Bool

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
        guard let bytes = read(entry) else {
            return .excluded(ExcludedFile(path: entry.path, reason: .unreadable))
        }
        return bytes.withUnsafeBufferPointer { buffer -> FileOutcome in
            if languageIndex == nil {
                guard let index = classifier.languages.language(forShebang: buffer) else {
                    return .excluded(ExcludedFile(path: entry.path, reason: .unknownLanguage))
                }
                languageIndex = index
            }
            if let reason = classifier.classify(content: buffer) {
                return .excluded(ExcludedFile(path: entry.path, reason: reason))
            }
            let index = languageIndex ?? 0
            return .scanned(SourceAnalysis.analyze(buffer, path: entry.path, language: index, table: classifier.languages))
        }
    }

    private func read(_ entry: TreeEntry) -> [UInt8]? {
        if let root = listing.workTree { return FileReader.read(root: root, rawPath: entry.rawPath) }
        return repository?.blobBytes(entry.id)
    }
}

/// The per-file analysis: lexing, then functions and imports from the tokens.
enum SourceAnalysis {
    static func analyze(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, language index: Int, table: LanguageTable
    ) -> FileReport {
        let language = table.languages[index]
        let lexer = table.lexers[index]
        let needsTokens = language.functionStyle != nil || language.importStyle != nil
        let output = lexer.lex(bytes, collectTokens: needsTokens)
        return FileReport(path: path, language: language.name, bytes: bytes.count, lines: output.lines)
    }
}
