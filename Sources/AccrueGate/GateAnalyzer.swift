import AccrueKit
import DebtModel
import Foundation
import Gate
import Analyses
import GitCore
import RuleCatalog

/// `accrue gate`: measures the head, finds the base (a baseline file, or the merge base with a ref, scanned
/// on the fly), works out which files changed and which rules enforce, and compares (`GateComparison`).
///
/// Order: the head is resolved first (its commit date is the gate's clock: rules' `enforce_after` days and
/// interest ages are measured from it, never from the wall clock); then the base, which can fail to run
/// (missing baseline, unknown ref, shallow clone) before the expensive head scan starts.
public struct GateAnalyzer: Sendable {
    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    public func run(_ request: GateRequest) throws -> GateOutcome {
        let tolerances: GateTolerances
        do {
            tolerances = try catalog.gateTolerances()
        } catch {
            throw GateError.configuration(error.description)
        }
        let repository = try Repository(discovering: request.repositoryPath)
        let root = repository.workingDirectory ?? request.repositoryPath
        let headID = try repository.resolveCommit(request.revision ?? "HEAD")
        let headDate = try repository.commitDate(headID)
        let headTree: ObjectID? = request.revision == nil && repository.workingDirectory != nil ? nil : headID
        let scanner = SnapshotScanner(catalog: catalog, request: request, now: headDate)
        var notes: [String] = []
        let base: Baseline
        var changed: Set<String>?
        var commitsSince: Int?
        var headScan: Baseline?
        let baseLabel: String
        if let ref = request.baseRef {
            guard let refID = try? repository.resolveCommit(ref) else { throw GateError.unknownBaseRef(ref) }
            var baseID = refID
            if let mergeBase = try? repository.mergeBase(refID, headID) {
                baseID = mergeBase
                baseLabel = "merge base \(short(mergeBase)) of \(ref)"
            } else if repository.isShallow {
                guard request.allowsShallow else {
                    throw GateError.shallowClone("the merge base of '\(ref)' and the head is not in this clone's history")
                }
                notes.append("shallow clone: compared with \(ref) itself, not with its merge base (--allow-shallow)")
                baseLabel = "\(ref) (\(short(refID)))"
            } else {
                throw GateError.unrelatedHistories(ref)
            }
            changed = try repository.changedPaths(from: baseID, to: headTree)
            let newer = try repository.commits(from: headID, excluding: baseID)
            commitsSince = newer.count
            let scanned = try scanner.scan(revision: request.revision)
            base = try scanner.snapshot(
                revision: baseID.description, reusing: scanned.history, without: Set(newer.map(\.description)),
                now: repository.commitDate(baseID))
            headScan = scanned.baseline
        } else {
            let display = request.baselineFile ?? ".accrue/baseline.json"
            let url = request.baselineFile.map { URL(fileURLWithPath: $0) }
                ?? URL(fileURLWithPath: root).appendingPathComponent(".accrue/baseline.json")
            guard let data = FileManager.default.contents(atPath: url.path) else {
                guard request.allowsMissingBaseline else { throw GateError.missingBaseline(display) }
                let head = try scanner.snapshot(revision: request.revision)
                notes.append("no baseline at \(display): nothing compared (--allow-missing-baseline); "
                    + "run `accrue baseline` and commit it")
                return outcome(base: head, head: head, changed: [], commits: nil, headDate: headDate, tolerances: tolerances,
                    labels: ("no baseline", headLabel(request, headID)), usesFile: false, notes: notes)
            }
            do {
                base = try Baseline.decode(data)
            } catch {
                throw GateError.invalidBaseline(path: display, detail: error.description)
            }
            baseLabel = "baseline \(display)" + (base.commit.map { " (commit \($0.prefix(12)))" } ?? "")
            if let hex = base.commit, let id = ObjectID(hex: hex), (try? repository.commitDate(id)) != nil {
                changed = try repository.changedPaths(from: id, to: headTree)
                commitsSince = try? repository.commitCount(from: headID, excluding: id)
            } else {
                if repository.isShallow && !request.allowsShallow {
                    throw GateError.shallowClone(
                        "the baseline's commit \(base.commit?.prefix(12) ?? "?") is not in this clone's history")
                }
                notes.append("the baseline's commit is not in this repository: changed files are those whose "
                    + "figures differ, and rules with enforce_after_commits keep warning")
            }
        }
        let head = try headScan ?? scanner.snapshot(revision: request.revision)
        if changed == nil {
            changed = Set(head.files.keys.filter { base.files[$0] != head.files[$0] })
        }
        return outcome(
            base: base, head: head, changed: changed ?? [], commits: commitsSince, headDate: headDate,
            tolerances: tolerances,
            labels: (baseLabel, headLabel(request, headID)), usesFile: request.baseRef == nil, notes: notes)
    }

    private func outcome(
        base: Baseline, head: Baseline, changed: Set<String>, commits: Int?, headDate: Date,
        tolerances: GateTolerances, labels: (base: String, head: String), usesFile: Bool, notes: [String]
    ) -> GateOutcome {
        let day = Self.day(of: headDate)
        var states: [String: RuleGate] = [:]
        for rule in catalog.rules { states[rule.id] = RuleGate.state(of: rule, day: day, commitsSinceBaseline: commits) }
        // Per-path and per-module overrides can change a rule's mode or enforcement for one subject.
        if !catalog.overrides.isEmpty {
            for (key, finding) in head.findings {
                guard let rule = catalog.rule(finding.rule, path: finding.path, module: finding.modules.first),
                    rule != catalog.rule(finding.rule)
                else { continue }
                states[key] = RuleGate.state(of: rule, day: day, commitsSinceBaseline: commits)
            }
        }
        let comparison = GateComparison(rules: catalog.rules, states: states, tolerances: tolerances)
        return GateOutcome(
            verdict: comparison.compare(base: base, head: head, changedFiles: changed), base: base, head: head,
            baseLabel: labels.base, headLabel: labels.head, usesBaselineFile: usesFile,
            changedFiles: changed.sorted(), notes: notes, rules: catalog.rules)
    }

    private func headLabel(_ request: GateRequest, _ id: ObjectID) -> String {
        request.revision.map { "\($0) (\(short(id)))" } ?? "work tree at \(short(id))"
    }

    /// The UTC day of a moment: what `enforce_after` compares with.
    static func day(of date: Date) -> CalendarDay? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}

func short(_ id: ObjectID) -> String { String(id.description.prefix(12)) }

/// Scans one snapshot (the work tree or a revision) into baseline figures, with ages measured from `now`.
struct SnapshotScanner: Sendable {
    var catalog: RuleCatalog
    var request: GateRequest
    var now: Date

    /// A full scan: files, history up to the snapshot, modules, findings.
    func snapshot(revision: String?) throws -> Baseline {
        try scan(revision: revision).baseline
    }

    /// A full scan, and the history it read (for `snapshot(revision:reusing:)`).
    func scan(revision: String?) throws -> (baseline: Baseline, history: HistoryReport) {
        let files = try FileScanner(catalog: catalog).scan(fileRequest(revision))
        let analyzer = ModuleAnalyzer(catalog: catalog)
        let history = try analyzer.mineHistory(
            for: files, request: fileRequest(revision), history: HistoryRequest(now: now, threads: request.workers ?? 2))
        return (account(analyzer.analyze(files, history: history), history: history), history)
    }

    /// An ancestor's snapshot without a second history walk: the head's history minus the commits made
    /// since (`newer`), with ages measured from the ancestor's date. The walk is most of a scan's time.
    func snapshot(revision: String, reusing history: HistoryReport, without newer: Set<String>, now: Date) throws -> Baseline {
        let files = try FileScanner(catalog: catalog).scan(fileRequest(revision))
        let lineage = FileLineage(history.commits.filter { !newer.contains($0.id.description) })
        var past = history
        past.commits = lineage.commits
        past.files = FileStatistics(now: now).measure(lineage)
        past.now = now
        past.coupling = []
        past.sumOfCoupling = []
        return account(ModuleAnalyzer(catalog: catalog).analyze(files, history: past), history: past)
    }

    private func fileRequest(_ revision: String?) -> FileScanRequest {
        FileScanRequest(
            repositoryPath: request.repositoryPath, revision: revision, includes: request.includes,
            excludedPaths: request.excludedPaths, workers: request.workers)
    }

    private func account(_ modules: ModuleReport, history: HistoryReport) -> Baseline {
        let report = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .account(modules, history: history)
        return BaselineSnapshot.make(report, catalog: catalog)
    }
}
