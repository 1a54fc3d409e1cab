import AccrueKit
import DebtModel
import Foundation
import Gate
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
        // A work tree has no commit to file its figures under in the store.
        let headCommit = headTree?.description
        let store = try GateStore.open(request, catalog: catalog)
        // A store that cannot be written only costs the next run time; the verdict stands either way.
        defer { try? store?.close() }
        let scanner = SnapshotScanner(catalog: catalog, request: request, store: store)
        var notes: [String] = []
        let base: Baseline
        var changed: Set<String>?
        var commitsSince: Int?
        var headScan: Baseline?
        let baseLabel: String
        if let ref = request.baseRef {
            let (baseID, label, note) = try mergeBase(of: ref, and: headID, in: repository, request: request)
            baseLabel = label
            notes += note.map { [$0] } ?? []
            changed = try repository.changedPaths(from: baseID, to: headTree)
            commitsSince = try repository.commitCount(from: headID, excluding: baseID)
            // The head's walk first: it mines every commit the base needs (an ancestor's history is part
            // of the head's), so the base reads its history from the store, beside the head's analyses.
            (headScan, base) = try scanner.snapshots(
                head: .init(revision: request.revision, now: headDate, commit: headCommit),
                base: .init(revision: baseID.description, now: repository.commitDate(baseID), commit: baseID.description))
        } else {
            let display = request.baselineFile ?? ".accrue/baseline.json"
            let url = request.baselineFile.map { URL(fileURLWithPath: $0) }
                ?? URL(fileURLWithPath: root).appendingPathComponent(".accrue/baseline.json")
            guard let data = FileManager.default.contents(atPath: url.path) else {
                guard request.allowsMissingBaseline else { throw GateError.missingBaseline(display) }
                let head = try scanner.snapshot(.init(revision: request.revision, now: headDate))
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
        let head = try headScan ?? scanner.snapshot(.init(revision: request.revision, now: headDate, commit: headCommit))
        if changed == nil {
            changed = Set(head.files.keys.filter { base.files[$0] != head.files[$0] })
        }
        return outcome(
            base: base, head: head, changed: changed ?? [], commits: commitsSince, headDate: headDate,
            tolerances: tolerances,
            labels: (baseLabel, headLabel(request, headID)), usesFile: request.baseRef == nil, notes: notes)
    }

    /// The side `--base REF` compares with: the merge base of REF and the head, or REF itself on a shallow
    /// clone that lacks it (only with `--allow-shallow`, and then with a note).
    private func mergeBase(
        of ref: String, and headID: ObjectID, in repository: Repository, request: GateRequest
    ) throws -> (id: ObjectID, label: String, note: String?) {
        guard let refID = try? repository.resolveCommit(ref) else { throw GateError.unknownBaseRef(ref) }
        if let mergeBase = try? repository.mergeBase(refID, headID) {
            return (mergeBase, "merge base \(short(mergeBase)) of \(ref)", nil)
        }
        guard repository.isShallow else { throw GateError.unrelatedHistories(ref) }
        guard request.allowsShallow else {
            throw GateError.shallowClone("the merge base of '\(ref)' and the head is not in this clone's history")
        }
        return (refID, "\(ref) (\(short(refID)))",
            "shallow clone: compared with \(ref) itself, not with its merge base (--allow-shallow)")
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
