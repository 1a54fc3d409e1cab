import FileClassification
import FileReading
import Foundation
import GitCore
import SourceScan

/// Scans every tracked file of a repository (or a commit) on all cores.
///
/// Order of work: list entries (index or tree) → path verdicts (cheap, no I/O) → per file, on a worker
/// thread with its own `Repository`: attributes, bytes, content verdict, lexing, functions, imports →
/// merge sorted by path. Output is deterministic whatever the thread interleaving.
public struct FileScanner: Sendable {
    /// The languages a scan knows (`rules/languages.yaml`, RuleCatalog's `languages`).
    public let languages: LanguageTable
    /// What a scan leaves out and its thresholds (`rules/scan.yaml`, RuleCatalog's `scan`).
    public let settings: ScanSettings

    public init(languages: LanguageTable, settings: ScanSettings) {
        self.languages = languages
        self.settings = settings
    }

    /// Starts libgit2 on another thread, so its start-up (it parses the system's CA certificates, about
    /// 50M instructions) overlaps parsing arguments and reading the rules. Opening a repository waits for it.
    public static func startGit() { Thread.detachNewThread { Repository.initializeLibrary() } }

    /// Waits for the start-up `startGit` began. Call it before the process exits: exiting while the other
    /// thread is still inside libgit2's start-up (OpenSSL's initialization) crashes in the libraries'
    /// teardown, which a command that opens no repository (`--help`, a usage error) could otherwise race.
    public static func finishGit() { Repository.initializeLibrary() }

    /// Of `paths`, those a scan would measure as code: a known language written as code, not left out by path.
    public func codePaths(_ paths: [String]) -> [String] {
        let code = CodeLanguages(languages: languages, settings: settings)
        return paths.filter { code.isCode(path: $0) == true }
    }

    public func scan(_ request: FileScanRequest) throws(GitError) -> FileScanResult {
        let started = Date()
        let repository = try Repository(discovering: request.repositoryPath)
        let listing = try FileListing(repository: repository, revision: request.revision)
        var scanSettings = settings
        scanSettings.excludedPaths += request.excludedPaths
        var rules = FileClassifier(settings: scanSettings, languages: languages, includes: request.includes)
        rules.firstPartyFolders = FirstPartyFolders.find(in: listing.entries.lazy.map(\.path))
        rules.releaseCopies = ReleaseCopies.find(in: listing.entries.lazy.map(\.path))
        let source = FileSource(listing: listing, gitDirectory: repository.gitDirectory)
        rules.scaffoldingFolders = ScaffoldTemplates.find(in: listing.entries.map(\.path), read: source.read)
        let classifier = rules  // captured by the workers: a constant
        let hasAttributes = LinguistAttributes.areUsed(listing: listing, repository: repository)
        let analyzers = LanguageAnalyzer.all(languages)
        let gitDirectory = repository.gitDirectory
        // One file at a time from the shared counter: a batch of large files last would leave a core idle.
        let outcomes = ParallelMap.run(count: listing.entries.count, workers: request.workers, batch: 1) {
            () -> (Int) -> FileOutcome in
            // One repository and one set of buffers per worker thread: libgit2 handles are not shared.
            let worker = FileWorker(
                repository: try? Repository(discovering: gitDirectory), listing: listing, classifier: classifier,
                checksAttributes: hasAttributes, analyzers: analyzers,
                files: listing.workTree.map(FileBuffer.init(root:)), cache: request.factsCache)
            return { worker.process(listing.entries[$0]) }
        }
        let kept = request.includes.contains(.generated) ? outcomes : withoutAmalgamations(Self.withoutGeneratedSites(outcomes))
        return FileScanResult(
            commit: listing.commit?.description, isWorkTree: listing.workTree != nil,
            files: kept.compactMap(\.report).map(\.withoutSample).sorted { $0.path < $1.path },
            excluded: kept.compactMap(\.excluded).sorted { $0.path < $1.path }, seconds: Date().timeIntervalSince(started),
            source: source, firstPartyFolders: classifier.firstPartyFolders, releaseCopies: classifier.releaseCopies,
            scaffoldingFolders: classifier.scaffoldingFolders)
    }
}

extension FileScanner {
    /// The outcomes with the stylesheets, scripts and pages of generated documentation sites (`GeneratedSites`)
    /// excluded as generated.
    static func withoutGeneratedSites(_ outcomes: [FileOutcome]) -> [FileOutcome] {
        let web = outcomes.compactMap { outcome -> (path: String, isGeneratedPage: Bool)? in
            switch outcome {
            case .scanned(let report): GeneratedSites.isWebAsset(report.path) ? (report.path, false) : nil
            case .excluded(let file):
                file.reason == .generated && GeneratedSites.isPage(file.path) ? (file.path, true) : nil
            }
        }
        let sites = GeneratedSites(web)
        return outcomes.map { outcome in
            guard let report = outcome.report, sites.contains(report.path) else { return outcome }
            return .excluded(ExcludedFile(path: report.path, reason: .generated))
        }
    }
}

extension FileScanner {
    /// The outcomes with amalgamations of other code files (`Amalgamations`) excluded as generated.
    func withoutAmalgamations(_ outcomes: [FileOutcome]) -> [FileOutcome] {
        let code = CodeLanguages(languages: languages, settings: settings)
        let files = outcomes.compactMap { outcome -> Amalgamations.File? in
            guard let report = outcome.report, code.isCode(language: report.language) else { return nil }
            return Amalgamations.File(path: report.path, codeLines: report.lines.code, sample: report.lineSample)
        }
        let found = Set(Amalgamations.find(
            files, minimumLines: settings.amalgamationMinimumLines, coverage: settings.amalgamationCoverage))
        guard !found.isEmpty else { return outcomes }
        return outcomes.map { outcome in
            guard let report = outcome.report, found.contains(report.path) else { return outcome }
            return .excluded(ExcludedFile(path: report.path, reason: .generated))
        }
    }
}

extension FileReport {
    /// The report without its line sample, which only the scan's search for amalgamations reads.
    var withoutSample: FileReport {
        var report = self
        report.lineSample = []
        return report
    }
}

/// What happened to one tracked file.
public enum FileOutcome: Sendable {
    case scanned(FileReport)
    case excluded(ExcludedFile)

    public var report: FileReport? { if case .scanned(let report) = self { report } else { nil } }
    public var excluded: ExcludedFile? { if case .excluded(let file) = self { file } else { nil } }

    /// The same outcome for a file at `path` (kept outcomes are stored without a path).
    public func at(_ path: String) -> FileOutcome {
        switch self {
        case .excluded(var file):
            file.path = path
            return .excluded(file)
        case .scanned(var report):
            report.path = path
            return .scanned(report)
        }
    }
}
