import AccrueKit
import ArgumentParser
import FileScanning
import Foundation
import GitCore
import RuleCatalog
import SourceScan

/// Which repository and which snapshot of it to read.
struct RepositoryOptions: ParsableArguments {
    @Argument(help: "A folder in the git repository; the whole repository containing it is analysed.")
    var path: String = "."

    @Option(help: ArgumentHelp(
        "Analyse this revision (commit, branch or tag) from the object database, without a checkout (default: the work tree; HEAD in a bare repository).",
        valueName: "rev"))
    var rev: String?

    @Option(help: ArgumentHelp("Read rules from this folder instead of the bundled rules/.", valueName: "dir"))
    var rules: String?

    @Option(help: ArgumentHelp(
        "Read the configuration from this file instead of the repository's .accrue.yml.", valueName: "file"))
    var config: String?

    /// A missing folder or a file is an error (exit 2) naming the path. A bare repository has no work tree
    /// to read: without `--rev`, its HEAD is analysed from the object database (it used to be read as an
    /// empty work tree: 0 files, no warning).
    mutating func validate() throws {
        do {
            try Repository.checkFolder(path)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        guard rev == nil, let repository = try? Repository(discovering: path), repository.isBare else { return }
        rev = "HEAD"
        FileHandle.standardError.write(Data(
            "accrue: \(path) is a bare repository (no work tree): analysing HEAD, as with --rev HEAD\n".utf8))
    }

    /// The rules catalog (`--rules` or the bundled folder) with the repository's `.accrue.yml` merged over it.
    func catalog() throws -> RuleCatalog {
        let file = config.map { ConfigurationFile(url: URL(fileURLWithPath: $0), displayName: $0) }
            ?? ConfigurationFile.find(forRepositoryAt: path)
        do {
            if let rules { return try RuleCatalog.load(from: URL(fileURLWithPath: rules), configuration: file) }
            return try RuleCatalog.bundled(configuration: file)
        } catch {
            throw Failure.usage(String(describing: error))
        }
    }
}

/// What the scanner leaves out, and how hard it works.
struct ScanOptions: ParsableArguments {
    @Option(
        name: .customLong("include"), parsing: .singleValue,
        help: ArgumentHelp(
            "Scan files excluded by default for this reason (repeatable): vendored, scaffolding, generated, minified, lockfile, too_large, configured.",
            valueName: "reason"))
    var includes: [Exclusion] = []

    @Option(
        name: .customLong("exclude"), parsing: .singleValue,
        help: ArgumentHelp("Leave out paths matching this glob (repeatable), e.g. 'docs/**' or '*.pb.swift'.", valueName: "glob"))
    var excludes: [String] = []

    @Option(name: [.customShort("j"), .long], help: "Worker threads (default: the number of cores).")
    var jobs: Int?

    /// Binary files, symlinks, submodules, unreadable files and unknown languages cannot be scanned as code.
    static let includable: [Exclusion] = [.vendored, .scaffolding, .generated, .minified, .lockfile, .tooLarge, .configured]

    func validate() throws {
        for reason in includes where !Self.includable.contains(reason) {
            throw ValidationError("--include \(reason.rawValue) cannot be scanned as code; it takes "
                + Self.includable.map(\.rawValue).joined(separator: ", "))
        }
    }
}

extension ScanOptions {
    /// The file scan these flags and `repository` describe.
    func request(for repository: RepositoryOptions) -> FileScanRequest {
        FileScanRequest(
            repositoryPath: repository.path, revision: repository.rev, includes: Set(includes),
            excludedPaths: excludes, workers: jobs)
    }
}

extension Exclusion: ExpressibleByArgument {
    public static var allValueStrings: [String] { ScanOptions.includable.map(\.rawValue) }
}
