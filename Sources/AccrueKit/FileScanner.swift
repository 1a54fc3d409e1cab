import Foundation
import GitCore
import RuleCatalog
import SourceScan

/// Scans every tracked file of a repository (or a commit) on all cores.
///
/// Order of work: list entries (index or tree) → path verdicts (cheap, no I/O) → per file, on a worker
/// thread with its own `Repository`: attributes, bytes, content verdict, lexing, functions, imports →
/// merge sorted by path. Output is deterministic whatever the thread interleaving.
public struct FileScanner: Sendable {
    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    public func scan(_ request: FileScanRequest) throws(GitError) -> FileScanResult {
        let started = Date()
        let repository = try Repository(discovering: request.repositoryPath)
        let listing = try FileListing(repository: repository, revision: request.revision)
        var settings = catalog.scan
        settings.excludedPaths += request.excludedPaths
        let classifier = FileClassifier(
            settings: settings, languages: catalog.languages, includes: request.includes)
        let hasAttributes = LinguistAttributes.areUsed(listing: listing, repository: repository)
        let entries = listing.entries
        let analyzers = zip(catalog.languages.languages, catalog.languages.lexers).map(LanguageAnalyzer.init)
        let gitDirectory = repository.gitDirectory
        let outcomes = ParallelMap.run(count: entries.count, workers: request.workers) {
            () -> (Int) -> FileOutcome in
            // One repository per worker thread: libgit2 handles are not shared.
            let local = try? Repository(discovering: gitDirectory)
            let worker = FileWorker(
                repository: local, listing: listing, classifier: classifier,
                checksAttributes: hasAttributes, analyzers: analyzers, cache: request.factsCache)
            return { worker.process(entries[$0]) }
        }
        var files: [FileReport] = []
        var excluded: [ExcludedFile] = []
        for outcome in outcomes {
            switch outcome {
            case .scanned(let report): files.append(report)
            case .excluded(let file): excluded.append(file)
            }
        }
        files.sort { $0.path < $1.path }
        excluded.sort { $0.path < $1.path }
        return FileScanResult(
            commit: listing.commit?.description, isWorkTree: listing.workTree != nil, files: files,
            excluded: excluded, seconds: Date().timeIntervalSince(started),
            source: FileSource(listing: listing, gitDirectory: gitDirectory))
    }
}

/// What happened to one tracked file.
enum FileOutcome: Sendable {
    case scanned(FileReport)
    case excluded(ExcludedFile)
}
