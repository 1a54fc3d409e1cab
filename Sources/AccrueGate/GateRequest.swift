import AccrueKit
import DebtModel
import Foundation
import Gate
import SourceScan

/// What `accrue gate` compares: the work tree (or a revision) against a committed baseline file, or against
/// the merge base with `baseRef`.
public struct GateRequest: Sendable {
    /// Any folder inside the repository.
    public var repositoryPath: String
    /// The head to judge; nil for the work tree (tracked files).
    public var revision: String?
    /// Compare with the merge base of this ref and the head instead of the baseline file.
    public var baseRef: String?
    /// The baseline file; nil for `.accrue/baseline.json` at the repository's root.
    public var baselineFile: String?
    /// Pass (with a note) when there is no baseline file, instead of failing to run.
    public var allowsMissingBaseline: Bool
    /// Run on a shallow clone without the history the comparison needs (against `baseRef` itself).
    public var allowsShallow: Bool
    public var includes: Set<Exclusion>
    public var excludedPaths: [String]
    public var workers: Int?
    /// The store of file facts and mined commits: nil for `.accrue/accrue.sqlite` when `.accrue/` exists,
    /// else a temporary one for the run (`GateStore`).
    public var storePath: String?

    public init(
        repositoryPath: String, revision: String? = nil, baseRef: String? = nil, baselineFile: String? = nil,
        allowsMissingBaseline: Bool = false, allowsShallow: Bool = false, includes: Set<Exclusion> = [],
        excludedPaths: [String] = [], workers: Int? = nil, storePath: String? = nil
    ) {
        self.repositoryPath = repositoryPath
        self.revision = revision
        self.baseRef = baseRef
        self.baselineFile = baselineFile
        self.allowsMissingBaseline = allowsMissingBaseline
        self.allowsShallow = allowsShallow
        self.includes = includes
        self.excludedPaths = excludedPaths
        self.workers = workers
        self.storePath = storePath
    }
}

/// A gate run's result: the verdict, both sides' figures and what was compared.
public struct GateOutcome: Sendable {
    public var verdict: GateVerdict
    public var base: Baseline
    public var head: Baseline
    /// What the head was compared with, for people (`baseline .accrue/baseline.json (commit 1a2b3c4d5e6f)`).
    public var baseLabel: String
    /// What was judged (`work tree at 1a2b3c4d5e6f`, `abc (1a2b3c4d5e6f)`).
    public var headLabel: String
    /// Whether the base is a baseline file (then `accrue baseline --update` can tighten it).
    public var usesBaselineFile: Bool
    /// Files that differ between base and head, sorted.
    public var changedFiles: [String]
    /// What the reader should know about how the comparison was made (shallow clone, missing commit).
    public var notes: [String]
    /// The effective rules, for formats that describe them (SARIF).
    public var rules: [Rule]

    public init(
        verdict: GateVerdict, base: Baseline, head: Baseline, baseLabel: String, headLabel: String,
        usesBaselineFile: Bool, changedFiles: [String], notes: [String], rules: [Rule]
    ) {
        self.verdict = verdict
        self.base = base
        self.head = head
        self.baseLabel = baseLabel
        self.headLabel = headLabel
        self.usesBaselineFile = usesBaselineFile
        self.changedFiles = changedFiles
        self.notes = notes
        self.rules = rules
    }
}

/// Why a gate or baseline could not run, with how to fix it (exit code 2).
public enum GateError: Error, CustomStringConvertible, Sendable, Equatable {
    case missingBaseline(String)
    case invalidBaseline(path: String, detail: String)
    case unknownBaseRef(String)
    case shallowClone(String)
    case unrelatedHistories(String)
    case partialClone(String)
    case configuration(String)

    public var description: String {
        switch self {
        case .missingBaseline(let path):
            "no baseline at \(path): run `accrue baseline` and commit .accrue/baseline.json, "
                + "or compare with a branch: `accrue gate --base origin/main`"
        case .invalidBaseline(let path, let detail):
            "cannot read the baseline \(path): \(detail)" + (detail.contains("merge conflict") ? "" :
                "; restore it from git, or rewrite it with `accrue baseline` (which accepts today's debt)")
        case .unknownBaseRef(let ref):
            "unknown base ref '\(ref)': not a branch, tag or commit in this repository; fetch it first "
                + "(`git fetch origin`, or actions/checkout with `fetch-depth: 0`)"
        case .shallowClone(let detail):
            "shallow clone: \(detail); fetch the full history (actions/checkout `fetch-depth: 0`, GitLab "
                + "`GIT_DEPTH: 0`, or `git fetch --unshallow`), or accept it with --allow-shallow"
        case .partialClone(let ref):
            "partial clone (git clone --filter): the merge base with '\(ref)' is measured from its files, which this "
                + "clone never fetched, and accrue fetches none; clone without --filter (actions/checkout without "
                + "`filter:`), or compare with a committed baseline (`accrue baseline`, then `accrue gate`)"
        case .unrelatedHistories(let ref):
            "'\(ref)' and the head share no history: there is no merge base to compare with"
        case .configuration(let message):
            message
        }
    }
}
