import AccrueKit
import Foundation
import Gate
import GitCore
import RuleCatalog
import SourceScan

/// What `accrue baseline` writes, and where.
public struct BaselineRequest: Sendable {
    /// Any folder inside the repository.
    public var repositoryPath: String
    /// Measure this revision instead of the work tree.
    public var revision: String?
    /// The file to write; nil for `.accrue/baseline.json` at the repository's root.
    public var output: String?
    /// Only tighten the existing baseline (`Baseline.tightened`); without it, the file is rewritten.
    public var update: Bool
    public var includes: Set<Exclusion>
    public var excludedPaths: [String]
    public var workers: Int?
    /// Measure a shallow clone anyway (its history figures are cut short).
    public var allowsShallow: Bool

    public init(
        repositoryPath: String, revision: String? = nil, output: String? = nil, update: Bool = false,
        includes: Set<Exclusion> = [], excludedPaths: [String] = [], workers: Int? = nil, allowsShallow: Bool = false
    ) {
        self.repositoryPath = repositoryPath
        self.revision = revision
        self.output = output
        self.update = update
        self.includes = includes
        self.excludedPaths = excludedPaths
        self.workers = workers
        self.allowsShallow = allowsShallow
    }
}

/// What `accrue baseline` did.
public struct BaselineResult: Sendable {
    /// The file, as the user named it (or `.accrue/baseline.json`).
    public var path: String
    public var baseline: Baseline
    /// With `--update`: what tightened; nil when the file was written afresh.
    public var tightening: TighteningSummary?
    /// Whether the file's bytes changed.
    public var changed: Bool
    /// The snapshot as measured (before `--update` tightened it), with the tracked files it could not read.
    public var measured: Baseline
    /// What the reader should know about how it was measured (a partial clone).
    public var warnings: [String] = []
}

/// Measures a snapshot and writes (or tightens) its baseline file.
public enum BaselineWriter {
    public static func write(_ request: BaselineRequest, catalog: RuleCatalog) throws -> BaselineResult {
        let repository = try Repository(discovering: request.repositoryPath)
        // A cut history undercounts every figure measured from it: such a baseline would later read as debt paid
        // (or, the other way, as new debt on the full clone).
        if repository.isShallow && !request.allowsShallow {
            throw GateError.shallowClone(
                "a baseline measured here would undercount interest, hotspots, ownership and hidden couplings")
        }
        let root = repository.workingDirectory ?? request.repositoryPath
        let headID = try repository.resolveCommit(request.revision ?? "HEAD")
        let gate = GateRequest(
            repositoryPath: request.repositoryPath, revision: request.revision, includes: request.includes,
            excludedPaths: request.excludedPaths, workers: request.workers)
        let scanner = SnapshotScanner(catalog: catalog, request: gate, store: nil)
        let current = try scanner.snapshot(.init(revision: request.revision, now: repository.commitDate(headID)))
        let display = request.output ?? ".accrue/baseline.json"
        let url = request.output.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: root).appendingPathComponent(".accrue/baseline.json")
        let existing = FileManager.default.contents(atPath: url.path)
        var baseline = current
        var tightening: TighteningSummary?
        if request.update, let existing {
            let old: Baseline
            do {
                old = try Baseline.decode(existing)
            } catch {
                throw GateError.invalidBaseline(path: display, detail: error.description)
            }
            // Tightening keeps the lower of two figures: both must be measured the same way.
            guard old.figures == current.figures else {
                throw GateError.invalidBaseline(path: display, detail: "it was measured by an accrue that computes "
                    + "figures differently (\(old.figures ?? "before figures-2"); this one: \(current.figures ?? "?")), "
                    + "so tightening would mix the two; re-write it at its commit with `accrue baseline --rev "
                    + "\(old.commit.map { String($0.prefix(12)) } ?? "COMMIT")` and commit it")
            }
            let result = old.tightened(with: current, rules: catalog.rules)
            baseline = result.baseline
            tightening = result.summary
        }
        let data = try baseline.encoded()
        let changed = data != existing
        if changed {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        }
        return BaselineResult(
            path: display, baseline: baseline, tightening: tightening, changed: changed, measured: current,
            warnings: warnings(repository))
    }

    /// What to know about the clone the baseline was measured in: a partial clone's history figures are a full
    /// clone's only where no rename needed a blob it never fetched.
    private static func warnings(_ repository: Repository) -> [String] {
        guard repository.isPartialClone else { return [] }
        return ["this is a partial clone (git clone --filter): history figures were measured without the blobs it "
            + "never fetched, so a full clone's gate may read them as moved; write the baseline in a full clone"]
    }
}
