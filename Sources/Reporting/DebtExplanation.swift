import AccrueKit
import Analyses
import DebtLedger
import DebtModel
import Foundation
import ModuleGraph

/// The arithmetic behind a file's or a module's principal and interest: every finding with each term of
/// both formulas (docs/model.md), so a person can redo the sums.
public struct DebtExplanation {
    public let report: ScanReport
    /// A repository-relative file path, or a module name.
    public let target: String
    public var commitLimit = 10
    /// How many findings to explain, most interest first (nil: all, in report order).
    public var findingLimit: Int?

    public init(_ report: ScanReport, target: String) {
        self.report = report
        self.target = target
    }

    /// The explanation, or nil when the target is neither a scanned file nor a module.
    public func render() -> String? {
        let findings: [Finding]
        var out: String
        if let file = report.files.first(where: { $0.name == target }) {
            findings = report.findings.filter { $0.subject.path == target }
            out = "Debt of \(target): \(grouped(file.codeLines)) code lines, principal \(hours(file.principalHours)), "
                + "interest \(hours(file.interestHoursPerMonth)) a month\(perChange(file))\n"
        } else if let module = report.moduleAccounts.first(where: { $0.name == target }) {
            findings = moduleFindings()
            out = "Debt of module \(target): \(grouped(module.codeLines)) code lines, principal \(hours(module.principalHours)), "
                + "interest \(hours(module.interestHoursPerMonth)) a month (pair findings count half)\(perChange(module))\n"
        } else {
            return nil
        }
        let date = ISO8601DateFormatter().string(from: report.now)
        out += "Ages are measured from \(date). Formulas: docs/model.md.\n" + splitLines()
        let shared = moduleShares(of: target)
        if findings.isEmpty && shared.isEmpty { return out + "\nNo rule is broken here.\n" }
        var shown = findings
        if let limit = findingLimit, findings.count > limit {
            shown = Array(findings.sorted { $0.interest.hoursPerMonth > $1.interest.hoursPerMonth }.prefix(limit))
            out += "Showing \(limit) of \(findings.count) findings, those charging the most interest (--findings 0 explains all).\n"
        }
        for finding in shown { out += "\n" + explain(finding) }
        return out + shared
    }

    /// The splits that moved the file's past: its own (what share it kept, where the rest went) and those it took
    /// a share of, each with its commit (docs/model.md, "Splits").
    private func splitLines() -> String {
        var out = ""
        for split in report.splits {
            let size = "\(grouped(split.bytesBefore)) → \(grouped(split.bytesAfter)) bytes"
            if split.path == target {
                let heirs = split.heirs.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                    .map { "\($0.key) \(number($0.value))" }.joined(separator: ", ")
                out += "Split in \(split.commitID.prefix(12)) (\(size)): its changes before weigh \(number(split.kept))"
                    + (heirs.isEmpty ? "\n" : "; the files it went to took \(heirs)\n")
            } else if let share = split.heirs[target] {
                out += "Took \(number(share)) of the past changes (and their authors) of \(split.path), split in \(split.commitID.prefix(12)) (\(size))\n"
            }
        }
        return out
    }

    /// The findings of module `target`: its own, its pairs', and its files' and their functions'.
    private func moduleFindings() -> [Finding] { Self.findings(ofModule: target, in: report) }

    /// The findings of module `name`: its own, its pairs', and its files' and their functions'.
    static func findings(ofModule name: String, in report: ScanReport) -> [Finding] {
        let files = Set(report.modules.modules.first { $0.declaration.name == name }.map { $0.files + $0.testFiles } ?? [])
        return report.findings.filter { finding in
            switch finding.subject {
            case .module(let module): module == name
            case .pair(let first, let second): first == name || second == name
            case .file(let path), .function(let path, _, _): files.contains(path)
            }
        }
    }

    /// What the account's debt adds to each of its changes (the dashboard's "Per change"), when it has changes.
    private func perChange(_ account: ScanReport.Account) -> String {
        guard let rate = account.interestRate(baseline: report.baselineHoursPerChange) else { return "" }
        return "; +\(percent(rate)) on each change: \(hours(account.interestHoursPerMonth)) ÷ "
            + "(\(number(account.changes.all)) changes a month × \(number(report.baselineHoursPerChange)) h)"
    }

    /// A file's share of its module's findings: the module's debt costs each change to its files.
    private func moduleShares(of path: String) -> String {
        guard let file = report.files.first(where: { $0.name == path }),
            let module = report.modules.modules.first(where: { ($0.files + $0.testFiles).contains(path) })
        else { return "" }
        var out = ""
        for finding in report.findings where finding.subject == .module(module.declaration.name) {
            let share = ModuleInterest.share(of: finding, file: file.changes)
            let crosses = finding.interest.activity == .crossingChanges
            let kind = crosses ? "crossing changes" : "changes"
            let changes = number(file.changes.paying(finding.interest.activity))
            out += "\nshare of \(finding.rule) (\(finding.subject), activity \(finding.interest.activity.rawValue)): \(changes) ÷ "
                + "\(number(finding.interest.changesPerMonth)) \(kind)/month (this file's ÷ the module's) × "
                + "\(number(finding.interest.hoursPerMonth)) h/month = \(number(share)) h/month = \(changes) × "
                + "\(number(finding.interest.baselineHoursPerChange)) h × friction \(number(finding.interest.friction))"
                + (finding.interest.saturation < 1 ? " × saturation \(number(finding.interest.saturation))\n" : "\n")
            if crosses { out += commitLine("  this file's crossing commits", file.crossingCommits) }
        }
        return out
    }

    /// The principal's terms; a flat cost per finding is said so ("4 h + 0 h × 0 finding" said nothing).
    private func principalLine(_ p: Finding.Principal) -> String {
        if p.basis == .finding && p.hoursPerUnit == 0 { return "  principal = \(number(p.hours)) h, a flat cost per finding\n" }
        return "  principal = \(number(p.baseHours)) h + \(number(p.hoursPerUnit)) h × \(number(p.units)) "
            + "\(p.basis.rawValue) = \(number(p.hours)) h\n"
    }

    /// The two instabilities an `instability_gap` is the difference of.
    private func gapLine(_ finding: Finding) -> String {
        guard finding.metric == .instabilityGap, case .module(let name) = finding.subject,
            let module = report.modules.modules.first(where: { $0.declaration.name == name })
        else { return "" }
        let instabilities = Dictionary(
            report.modules.modules.map { ($0.declaration.name, $0.instability) }, uniquingKeysWith: { first, _ in first })
        let dependents = report.modules.moreStableDependents()[name] ?? []
        guard let floor = dependents.min(by: { (instabilities[$0] ?? 1, $0) < (instabilities[$1] ?? 1, $1) }) else { return "" }
        return "  = instability \(number(module.instability)) (Ce \(module.efferent) ÷ (Ca \(module.afferent) + Ce "
            + "\(module.efferent))) − \(number(instabilities[floor] ?? 0)), its most stable dependent's (\(floor))\n"
    }

    /// The abstractness and instability a `main_sequence_distance` is made of, and the importers that reach the
    /// module only through another's re-exports (edges with `via`).
    private func distanceLine(_ finding: Finding) -> String {
        guard finding.metric == .mainSequenceDistance, case .module(let name) = finding.subject,
            let module = report.modules.modules.first(where: { $0.declaration.name == name }),
            let abstractness = module.abstractness
        else { return "" }
        var out = "  = |A \(number(abstractness)) + I \(number(module.instability)) (Ce \(module.efferent) ÷ (Ca "
            + "\(module.afferent) + Ce \(module.efferent))) − 1|\n"
        // Ca counts the modules that ship, as the coupling metrics do.
        let tests = Set(report.modules.modules.filter { $0.declaration.kind == .test }.map(\.declaration.name))
        let reexported = report.modules.edges.filter { $0.to == name && $0.via != nil && !tests.contains($0.from) }
        if !reexported.isEmpty {
            let through = Set(reexported.flatMap { $0.via ?? [] }).sorted().joined(separator: ", ")
            out += "  \(reexported.count) of the Ca \(module.afferent) reach it only through re-exports (\(through))\n"
        }
        if finding.interest.scaleMetric == .dependentShare {
            let ships = report.modules.modules.count - tests.count
            out += "  dependent_share = Ca \(module.afferent) ÷ (\(ships) modules that ship − 1) = "
                + "\(number(finding.interest.scale)), the share of the friction it meets\n"
        }
        return out
    }

    private func explain(_ finding: Finding) -> String {
        let p = finding.principal
        let i = finding.interest
        var out = "\(finding.rule) (\(finding.severity.rawValue)): \(finding.subject)\n"
        out += "  \(finding.metric.rawValue) = \(number(finding.value)); warning \(number(finding.thresholds.warning)), "
            + "error \(number(finding.thresholds.error))\n"
        out += gapLine(finding) + distanceLine(finding)
        out += principalLine(p)
        if i.activity == .none {
            return out + "  interest = none: activity none, " + Self.activityMeaning[.none, default: ""] + "\n"
        }
        let scale = i.scaleMetric.map { " × \($0.rawValue) \(number(i.scale))" } ?? ""
        out += "  span = \(number(i.span)); friction = min(\(number(i.frictionPerSpan)) × \(number(i.span)), "
            + "\(number(i.maximumFriction)))\(scale) = \(number(i.friction))\n"
        let share = i.share == 1 ? "" : "share \(number(i.share)) of the file's code lines × "
        // Saturation: the findings on this change add more friction than the cap (docs/model.md).
        let saturation = i.saturation == 1 ? "" : " × saturation \(number(i.saturation))"
        let isModule = finding.subject.scope == .module
        if isModule { out += "  activity = \(i.activity.rawValue): " + Self.activityMeaning[i.activity, default: ""] + "\n" }
        out += "  interest = \(number(i.changesPerMonth)) changes/month (\(counted(i.commits.count, "commit"))\(fixNote(i.commits))"
            + "\(Self.changeUnit(finding)), decayed) × \(share)"
            + "\(number(i.baselineHoursPerChange)) h × \(number(i.friction))\(saturation) = \(number(i.hoursPerMonth)) h/month\n"
        if i.saturation < 1 {
            out += "  saturation = max friction \(number(i.maximumFriction)) ÷ \(number(i.maximumFriction / i.saturation)), "
                + "the friction all findings on this change add\n"
        }
        if let payback = finding.paybackMonths {
            // Interest decayed to almost nothing gives a payback of 10¹² months: past a century, say so.
            let value = payback >= 1_200 ? "over 1,200 months" : "\(number(payback)) months"
            let note = payback >= 24 ? " (\(months(payback)))" : ""
            out += "  payback = \(number(p.hours)) ÷ \(number(i.hoursPerMonth)) = \(value)\(note)\n"
        }
        return out + commitLine("  commits", i.commits) + commitLine("  bug fixes among them", fixCommits(i.commits))
    }

    /// The bug fixes among `commits`, which weigh `fix_weight` changes (none when a fix weighs 1).
    private func fixCommits(_ commits: [String]) -> [String] {
        report.fixWeight == 1 ? [] : commits.filter(report.fixes.contains)
    }

    /// How many of `commits` are bug fixes, which weigh `fix_weight` changes (docs/model.md, "Interest").
    private func fixNote(_ commits: [String]) -> String {
        let fixes = Set(fixCommits(commits)).count
        guard fixes > 0 else { return "" }
        return ", \(counted(fixes, "bug fix", plural: "bug fixes")) weighing \(number(report.fixWeight)) changes each"
    }

    /// What each activity counts, in the words of docs/model.md.
    static let activityMeaning: [Rule.ActivityBasis: String] = [
        .moduleChanges: "every change to the module's code files, one per file a commit touches",
        .crossingChanges: "changes to the module's code files in commits that also change a module it imports, "
            + "is imported by or shares a cycle with (one per file)",
        .none: "the rule is a signal: its metric already counts the changes interest is paid on",
    ]

    /// The latest `commitLimit` commits of `commits` (oldest first, as the ledger keeps them), newest first and
    /// abbreviated; empty without commits.
    private func commitLine(_ label: String, _ commits: [String]) -> String {
        guard !commits.isEmpty else { return "" }
        let shown = commits.suffix(commitLimit).reversed().map { String($0.prefix(12)) }
        return "\(label) (latest \(shown.count)): \(shown.joined(separator: " "))\n"
    }

    private func number(_ value: Double) -> String { plainNumber(value) }

    /// What one change is, where it is not one commit: a module's, one per file; a pair of a group of hidden
    /// couplings', a commit weighed by its share of the group's links.
    static func changeUnit(_ finding: Finding) -> String {
        if finding.subject.scope == .module { return ", one change per file they touch" }
        if finding.principal.basis == .groupLink && finding.principal.units < 1 {
            return ", each weighed by its share of the group's links"
        }
        return ""
    }
}
