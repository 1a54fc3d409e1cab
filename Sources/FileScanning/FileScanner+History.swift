import FileClassification
import Foundation
import GitCore
import SourceScan

extension FileScanner {
    /// Whether a path a history walk meets is left out by the scanner's path rules at `commit`, so a history and
    /// the scan of that commit see the same files. A path of no known language is not left out.
    ///
    /// The snapshot's first-party folders, release copies and templates hold for its history too; they are found
    /// here, from the commit's tree, so the history may be mined beside the scan rather than after it. The request's
    /// `--exclude` globs apply as they do to the scan. `key` names what the answer rests on beyond the rule
    /// catalog (those folders and globs; "" when there are none), so a cache of mined commits keeps them apart.
    public func excludesFromHistory(
        at commit: String, request: FileScanRequest
    ) -> (isExcluded: @Sendable (String) -> Bool, key: String) {
        var settings = settings
        settings.excludedPaths += request.excludedPaths
        var snapshot = FileClassifier(settings: settings, languages: languages, includes: request.includes)
        if let repository = try? Repository(discovering: request.repositoryPath),
            let listing = try? FileListing(repository: repository, revision: commit) {
            snapshot.firstPartyFolders = FirstPartyFolders.find(in: listing.entries.lazy.map(\.path))
            snapshot.releaseCopies = ReleaseCopies.find(in: listing.entries.lazy.map(\.path))
            // Its few package.json files are read only when a folder is named like a template.
            var source: FileSource?
            snapshot.scaffoldingFolders = ScaffoldTemplates.find(in: listing.entries.map(\.path)) { path in
                if source == nil { source = FileSource(listing: listing, gitDirectory: repository.gitDirectory) }
                return source?.read(path)
            }
        }
        let classifier = snapshot
        // Asked for every change (64,000 in jackson-databind's history, over 21,000 paths): each path once.
        let verdicts = PathVerdicts()
        let isExcluded: @Sendable (String) -> Bool = { path in
            verdicts.verdict(path) {
                if case .excluded(let reason) = classifier.classify(path: path) { return reason != .unknownLanguage }
                return false
            }
        }
        return (isExcluded, Self.exclusionKey(classifier, globs: request.excludedPaths))
    }

    /// The folders and globs a history's exclusions rest on beyond the rule catalog, as text.
    static func exclusionKey(_ classifier: FileClassifier, globs: [String]) -> String {
        let parts = [classifier.firstPartyFolders, classifier.releaseCopies, classifier.scaffoldingFolders]
            .map { $0.sorted().joined(separator: ",") } + [globs.joined(separator: ",")]
        return parts.allSatisfy(\.isEmpty) ? "" : parts.joined(separator: "|")
    }
}

/// Whether each path is excluded from the history, remembered across the threads that mine it.
private final class PathVerdicts: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Bool] = [:]

    func verdict(_ path: String, _ decide: () -> Bool) -> Bool {
        if let verdict = lock.withLock({ known[path] }) { return verdict }
        let verdict = decide()
        lock.withLock { known[path] = verdict }
        return verdict
    }
}
