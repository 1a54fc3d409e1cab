import AccrueKit
import DebtModel
import FileScanning
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
        let headID = try repository.resolveCommit(request.revision ?? "HEAD")
        let headDate = try repository.commitDate(headID)
        let headTree: ObjectID? = request.revision == nil && repository.workingDirectory != nil ? nil : headID
        // A work tree has no commit to file its figures under in the store.
        let head = Head(id: headID, tree: headTree, side: .init(revision: request.revision, now: headDate, commit: headTree?.description))
        let store = try GateStore.open(request, catalog: catalog)
        // A store that cannot be written only costs the next run time; the verdict stands either way.
        defer { try? store?.close() }
        let scanner = SnapshotScanner(catalog: catalog, request: request, store: store)
        let labels = { (base: String) in (base, headLabel(request, headID)) }
        guard let sides = try request.baseRef.map({ try refSides($0, head: head, repository, request, scanner) })
            ?? fileSides(head: head, repository, request, scanner)
        else {
            let measured = try scanner.snapshot(head.side)
            let note = "no baseline at \(request.baselineFile ?? ".accrue/baseline.json"): nothing compared "
                + "(--allow-missing-baseline); run `accrue baseline` and commit it"
            return outcome(base: measured, head: measured, changed: [], commits: nil, headDate: headDate,
                tolerances: tolerances, labels: labels("no baseline"), usesFile: false, notes: [note])
        }
        let measured = try sides.head ?? scanner.snapshot(head.side)
        let changed = sides.changed ?? Set(measured.files.keys.filter { sides.base.files[$0] != measured.files[$0] })
        return outcome(
            base: sides.base, head: measured, changed: changed, moves: sides.moves, deleted: sides.deleted,
            commits: sides.commits, headDate: headDate, tolerances: tolerances, labels: labels(sides.label),
            usesFile: sides.usesFile,
            notes: sides.notes + reviewNotes(changed) + untrackedNote(repository, head) + partialCloneNote(repository))
    }

    /// A partial clone reads history without the blobs it never fetched: fewer renames followed than in the full
    /// clone a baseline was written in, so its history figures may move though no code did.
    private func partialCloneNote(_ repository: Repository) -> [String] {
        guard repository.isPartialClone else { return [] }
        return ["partial clone (git clone --filter): history figures (interest, hotspots, ownership, hidden couplings) "
            + "are measured without the blobs it never fetched, and may differ from a full clone's; clone without --filter"]
    }

    /// A change to what the gate measures by (the configuration) is for a reviewer to read: debt it stops
    /// measuring is not gated, and the gate cannot always tell it from debt repaid.
    private func reviewNotes(_ changed: Set<String>) -> [String] {
        guard changed.contains(".accrue.yml") else { return [] }
        return [".accrue.yml changed since the base: what it stops measuring (excluded paths, rules turned off, "
            + "thresholds raised) is not gated and its findings are not counted as paid; review the change"]
    }

    /// A work tree's new files are not gated until git tracks them: say so rather than pass them in silence.
    private func untrackedNote(_ repository: Repository, _ head: Head) -> [String] {
        guard head.tree == nil else { return [] }
        let scanner = FileScanner(languages: catalog.languages, settings: catalog.scan)
        let code = scanner.codePaths(repository.untrackedPaths())
        guard !code.isEmpty else { return [] }
        let shown = code.prefix(3).joined(separator: ", ") + (code.count > 3 ? " and \(code.count - 3) more" : "")
        return ["\(code.count) untracked source file\(code.count == 1 ? " is" : "s are") not gated until `git add`: \(shown)"]
    }

    /// The head: its commit, its tree (nil for the work tree) and how to measure it.
    private struct Head {
        var id: ObjectID
        var tree: ObjectID?
        var side: SnapshotScanner.Side
    }

    /// What the head is compared with: the base's figures (and the head's when measured with them), the files
    /// changed and commits made since (nil when unknown), and what to tell people.
    private struct Sides {
        var base: Baseline
        var head: Baseline?
        var changed: Set<String>?
        /// Files git sees moved since the base (old path → new path), and deleted (nil when unknown).
        var moves: [String: String] = [:]
        var deleted: Set<String>?
        var commits: Int?
        var label: String
        var notes: [String] = []
        /// Whether the base is the file as written (then `accrue baseline --update` can tighten it).
        var usesFile: Bool
    }

    /// `--base REF`: the merge base, measured beside the head. The head's walk comes first: it mines every
    /// commit the base needs (an ancestor's history is part of the head's), so the base reads it from the store.
    private func refSides(
        _ ref: String, head: Head, _ repository: Repository, _ request: GateRequest, _ scanner: SnapshotScanner
    ) throws -> Sides {
        // The merge base's files are blobs a partial clone never fetched: measured, they would read as missing code.
        guard !repository.isPartialClone else { throw GateError.partialClone(ref) }
        let (baseID, label, note) = try mergeBase(of: ref, and: head.id, in: repository, request: request)
        let sides = try scanner.snapshots(
            head: head.side,
            base: .init(revision: baseID.description, now: repository.commitDate(baseID), commit: baseID.description))
        let changes = try repository.changes(from: baseID, to: head.tree)
        return Sides(
            base: sides.base, head: sides.head, changed: changes.paths, moves: changes.moves, deleted: changes.deleted,
            commits: try repository.commitCount(from: head.id, excluding: baseID), label: label,
            notes: note.map { [$0] } ?? [], usesFile: false)
    }

    /// The baseline file; nil when there is none and the request allows it.
    private func fileSides(
        head: Head, _ repository: Repository, _ request: GateRequest, _ scanner: SnapshotScanner
    ) throws -> Sides? {
        let display = request.baselineFile ?? ".accrue/baseline.json"
        guard let data = baselineData(head: head, repository, request) else {
            guard request.allowsMissingBaseline else { throw GateError.missingBaseline(display) }
            return nil
        }
        let base: Baseline
        do {
            base = try Baseline.decode(data)
        } catch {
            throw GateError.invalidBaseline(path: display, detail: error.description)
        }
        var sides = Sides(
            base: base, label: "baseline \(display)" + (base.commit.map { " (commit \($0.prefix(12)))" } ?? ""),
            usesFile: true)
        guard let hex = base.commit, let id = ObjectID(hex: hex), let date = try? repository.commitDate(id) else {
            if let again = try measuredAgain(base, commit: nil, head: head.side, scanner: scanner) { sides.notes.append(again.note) }
            if repository.isShallow && !request.allowsShallow {
                throw GateError.shallowClone(
                    "the baseline's commit \(base.commit?.prefix(12) ?? "?") is not in this clone's history")
            }
            sides.notes.append("the baseline's commit is not in this repository: changed files are those whose "
                + "figures differ, and rules with enforce_after_commits keep warning")
            return sides
        }
        try compare(&sides, since: (id, date), head: head, repository, request, scanner)
        // How far back the baseline is: a ratchet's tolerance is spent since its commit (docs/ci.md).
        if let count = sides.commits, count > 0 {
            sides.label = "baseline \(display) (commit \(hex.prefix(12)), \(counted(count, "commit")) back)"
        }
        return sides
    }

    /// The baseline file's bytes: `--baseline FILE`; else `.accrue/baseline.json` as committed in the judged
    /// commit (`--rev`, a bare clone: a commit carries its own baseline), else as it is in the work tree.
    private func baselineData(head: Head, _ repository: Repository, _ request: GateRequest) -> Data? {
        if let file = request.baselineFile { return FileManager.default.contents(atPath: file) }
        if let commit = head.tree, let data = committedBaseline(repository, commit: commit) { return data }
        let root = URL(fileURLWithPath: repository.workingDirectory ?? request.repositoryPath)
        return FileManager.default.contents(atPath: root.appendingPathComponent(".accrue/baseline.json").path)
    }

    /// What changed since the baseline's commit, which this clone has; a shallow clone is refused unless allowed
    /// (the baseline was measured on the whole history, the head would be on a cut one and read as debt paid).
    private func compare(
        _ sides: inout Sides, since commit: (id: ObjectID, date: Date), head: Head, _ repository: Repository,
        _ request: GateRequest, _ scanner: SnapshotScanner
    ) throws {
        if repository.isShallow {
            guard request.allowsShallow else {
                throw GateError.shallowClone("the head's history figures would be measured on a cut history, the baseline's were not")
            }
            sides.notes.append("shallow clone (--allow-shallow): figures measured from history (interest, hotspots, "
                + "ownership, hidden couplings) are undercounted on the head's side")
        }
        (sides.changed, sides.moves, sides.deleted) = try repository.changes(from: commit.id, to: head.tree)
        sides.commits = try? repository.commitCount(from: head.id, excluding: commit.id)
        let hex = commit.id.description
        if let again = try measuredAgain(sides.base, commit: (hex, commit.date), head: head.side, scanner: scanner) {
            sides.notes.append(again.note)
            if let measured = again.sides { (sides.head, sides.base, sides.usesFile) = (measured.head, measured.base, false) }
        }
    }

    /// `.accrue/baseline.json` as committed in `commit`; nil when the commit has none.
    private func committedBaseline(_ repository: Repository, commit: ObjectID) -> Data? {
        guard let entry = try? repository.treeEntries(commit: commit).first(where: { $0.path == ".accrue/baseline.json" }),
            let bytes = repository.blobBytes(entry.id)
        else { return nil }
        return Data(bytes)
    }

    /// A baseline another accrue measured (its `figures` differ from this one's) is compared as its commit
    /// measured by this accrue: otherwise an upgrade fails, or passes, changes for figures they did not move.
    /// Nil when the figures are this accrue's; without the commit, only the note (the file is used as it is).
    private func measuredAgain(
        _ base: Baseline, commit: (hex: String, date: Date)?, head: SnapshotScanner.Side, scanner: SnapshotScanner
    ) throws -> (sides: (head: Baseline, base: Baseline)?, note: String)? {
        guard base.figures != ScanAnalyzer.figuresVersion else { return nil }
        let lead = "the baseline was measured by an accrue that computes figures differently ("
            + "\(base.figures ?? "before figures-2"); this one: \(ScanAnalyzer.figuresVersion))"
        guard let commit else {
            return (nil, lead + " and its commit is not here to measure again: some differences may be the new "
                + "version's, not the change's; re-write it with `accrue baseline --rev COMMIT`")
        }
        let sides = try scanner.snapshots(head: head, base: .init(revision: commit.hex, now: commit.date, commit: commit.hex))
        return (sides, lead + ": compared with its commit \(commit.hex.prefix(12)) measured now; re-write it with "
            + "`accrue baseline --rev \(commit.hex.prefix(12))` and commit it")
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
        base: Baseline, head: Baseline, changed: Set<String>, moves: [String: String] = [:], deleted: Set<String>? = nil,
        commits: Int?, headDate: Date,
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
            verdict: comparison.compare(
                base: base, head: head, changes: .init(files: changed, moves: moves, deleted: deleted)), base: base, head: head,
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
