import FileClassification
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
    var cache: (any FileFactsCache)? = nil
    /// This thread's tokens, reused from file to file.
    let tokens = TokenBuffer()

    func process(_ entry: TreeEntry) -> FileOutcome {
        switch entry.kind {
        case .symlink: return .excluded(ExcludedFile(path: entry.path, reason: .symlink))
        case .submodule: return .excluded(ExcludedFile(path: entry.path, reason: .submodule))
        case .file, .executable: break
        }
        let (vendored, generated) = linguistAttributes(of: entry)
        switch classifier.classify(path: entry.path, isVendored: vendored, isGenerated: generated) {
        case .excluded(let reason): return .excluded(ExcludedFile(path: entry.path, reason: reason))
        case .language(let index): return read(entry, languageIndex: index)
        case .needsShebang: return read(entry, languageIndex: nil)
        }
    }

    private func linguistAttributes(of entry: TreeEntry) -> (vendored: Bool, generated: Bool) {
        guard checksAttributes, let repository else { return (false, false) }
        let commit = listing.workTree == nil ? listing.commit : nil
        return (
            repository.attribute("linguist-vendored", path: entry.path, commit: commit).isTrue,
            repository.attribute("linguist-generated", path: entry.path, commit: commit).isTrue
        )
    }

    /// Reads and analyzes the file; with a store, a blob is looked up by id before it is read, a work-tree
    /// file by its bytes.
    private func read(_ entry: TreeEntry, languageIndex: Int?) -> FileOutcome {
        let language = languageIndex.map { analyzers[$0].language.name } ?? "#!"
        var key = cache != nil && listing.workTree == nil ? "\(entry.id):\(language)" : nil
        if let cache, let key, let known = cache.lookup(key, path: entry.path) { return known }
        return withBytes(of: entry) { bytes -> FileOutcome in
            guard let bytes else { return .excluded(ExcludedFile(path: entry.path, reason: .unreadable)) }
            if let cache, listing.workTree != nil {
                key = "w" + ContentFingerprint.of(bytes: Array(bytes)) + ":\(language)"
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
