import FileClassification
import Foundation
import GitCore
import SourceScan

extension FileScanner {
    /// Whether a path a history walk meets is left out by the scanner's path rules at `commit`, so a history and
    /// the scan of that commit see the same files. A path of no known language is not left out.
    ///
    /// The snapshot's first-party folders and templates hold for its history too; they are found here, from the
    /// commit's tree, so the history may be mined beside the scan rather than after it.
    public func excludesFromHistory(at commit: String, request: FileScanRequest) -> @Sendable (String) -> Bool {
        var snapshot = FileClassifier(
            settings: settings, languages: languages, includes: request.includes)
        if let repository = try? Repository(discovering: request.repositoryPath),
            let listing = try? FileListing(repository: repository, revision: commit) {
            snapshot.firstPartyFolders = FirstPartyFolders.find(in: listing.entries.lazy.map(\.path))
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
        return { path in
            verdicts.verdict(path) {
                if case .excluded(let reason) = classifier.classify(path: path) { return reason != .unknownLanguage }
                return false
            }
        }
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
