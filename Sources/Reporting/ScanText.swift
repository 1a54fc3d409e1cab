import AccrueKit
import DebtLedger
import DebtModel
import Foundation
import FileScanning
import SourceScan
import ModuleGraph

/// The dashboard of `accrue scan`: what a team lead reads in 30 seconds.
public struct ScanText {
    public let report: ScanReport
    public let style: TerminalStyle
    public var top: Int = 5

    public init(_ report: ScanReport, style: TerminalStyle) {
        self.report = report
        self.style = style
    }

    public func render() -> String {
        var out = style.bold("accrue scan") + style.dim(" — \(report.commit.map { String($0.prefix(12)) } ?? "work tree")") + "\n\n"
        // Every module found, test modules included: the count of JSON's totals.modules and of `accrue modules`.
        // The code lines are the judged languages'; the files scanned may add data, markup and prose.
        let scanned = report.modules.scan.files.count
        out += "  Code lines      \(grouped(report.codeLines)) in \(counted(report.codeFiles, "code file"))"
            + (scanned > report.codeFiles ? " (\(grouped(scanned)) files scanned)" : "")
            + ", \(countedModules(report.modules.modules))\n"
        out += "  Principal       \(hours(report.principalHours)) to fix every finding\n"
        out += "  Interest        \(hours(report.interestHoursPerMonth)) a month, paid on every change to indebted code\n"
        if report.changeHoursPerMonth > 0 {
            out += "                  " + style.dim("\(percent(report.interestRate)) on top of the \(hours(report.changeHoursPerMonth)) a month the changes cost in healthy code") + "\n"
        }
        out += "  Debt ratio      \(String(format: "%.1f%%", report.debtRatio * 100)) (rating \(report.rating))\n"
        out += style.dim("  History         \(counted(report.historyCommits, "commit"))\(report.fixNote)"
            + (report.isShallow ? " (shallow clone: partial, use fetch-depth: 0)" : "")
            + (report.isPartialClone ? " (partial clone: renames of unfetched files missed; clone without --filter)" : ""))
            + "\n"
        let over = report.modules.modules.filter { $0.budgetStatus != nil }.sorted { $0.lines.code > $1.lines.code }
        let budget = " (\(grouped(report.modules.budget.warning))/\(grouped(report.modules.budget.error)) code lines)"
        out += list(style.bold("Modules over budget") + style.dim(budget), over, overBudgetRow)
        out += accounts("Modules charging the most interest", report.moduleAccounts, code: report.moduleCodeLabel)
        out += accounts("Files charging the most interest", report.files)
        out += list(style.bold("Cycles"), report.modules.cycles) { cycle in
            "\(cycle.modules.joined(separator: ", "))" + style.dim("; cut \(cycle.cut.map { "\($0.from) → \($0.to)" }.joined(separator: ", "))")
        }
        out += list(style.bold("Hidden couplings"), report.modules.hiddenCouplingGroups) { group in
            guard group.count > 1 else { return "\(group[0].first) ↔ \(group[0].second)  \(group[0].degree)% of changes together, no import" }
            return Self.groupSummary(group) { shortened($0, limit: 40) }
        }
        out += bestPayback()
        if report.codeFiles == 0 {
            // Nothing judged is no clean bill: say what was read (a clone whose checkout failed has an empty index).
            out += "\n" + style.yellow("No code file to judge.") + " accrue reads the files git tracks, from the index"
                + " (with --rev, from that commit's tree), and none of them is code in a language it reads"
                + " (rules/languages.yaml lists them).\n"
        } else if report.findings.isEmpty {
            out += "\n" + style.green("No debt found by the current rules.") + "\n"
        }
        return out
    }

    /// A group of hidden couplings in one line: how many modules and pairs, the first modules by name, the degrees.
    static func groupSummary(_ group: [ModuleReport.ChangeCoupling], quote: (String) -> String = { $0 }) -> String {
        let modules = Set(group.flatMap { [$0.first, $0.second] }).sorted()
        let named = modules.prefix(3).map(quote).joined(separator: ", ") + (modules.count > 3 ? ", …" : "")
        let degrees = group.map(\.degree)
        let range = degrees.min() == degrees.max() ? "\(degrees[0])%" : "\(degrees.min() ?? 0)–\(degrees.max() ?? 0)%"
        return "\(modules.count) modules, \(group.count) hidden couplings: \(named)  \(range) of changes together, no imports"
    }

    /// A titled list cut at `top`, with "… and 3 more" under it when it was cut; nothing (not even the title)
    /// when no row is shown.
    private func list<Item>(_ title: String, _ items: [Item], _ row: (Item) -> String) -> String {
        let shown = items.prefix(top)
        guard !shown.isEmpty else { return "" }
        let more = items.count > top ? style.dim("  … and \(items.count - top) more") + "\n" : ""
        return "\n" + title + "\n" + shown.map { "  " + row($0) + "\n" }.joined() + more
    }

    private func overBudgetRow(_ module: ModuleReport.Module) -> String {
        let mark = module.budgetStatus == .error ? style.red("error") : style.yellow("warning")
        return "\(shortened(module.declaration.name))  \(grouped(module.lines.code)) lines  \(mark)"
    }

    private func bestPayback() -> String {
        let best = report.bestPayback.prefix(top)
        guard !best.isEmpty else { return ScanText.ownershipLine(report).map { "\n" + style.dim($0) + "\n" }.joined() }
        var table = TextTable(headers: ["Payback", "Principal", "Interest/mo", "Finding"], leftAligned: [3])
        for finding in best {
            table.rows.append([
                months(finding.paybackMonths ?? 0), hours(finding.principal.hours),
                hours(finding.interest.hoursPerMonth), "\(finding.rule): \(finding.subject)",
            ])
        }
        return "\n" + style.bold("Best payback") + style.dim(" (principal ÷ interest)") + "\n" + table.render(style: style)
            + ScanText.ownershipLine(report).map { style.dim($0) + "\n" }.joined()
    }

    /// Fragmented ownership in one line: its remedy is people, so it is not among the refactorings above.
    static func ownershipLine(_ report: ScanReport) -> [String] {
        let ownership = report.ownershipFindings
        guard !ownership.isEmpty else { return [] }
        let interest = ownership.reduce(0) { $0 + $1.interest.hoursPerMonth }
        return ["Fragmented ownership: \(counted(ownership.count, "file")), \(hours(interest)) a month; a people fix "
            + "(an owner who reviews each change), not a refactoring, so not listed above nor staged by `accrue plan`"]
    }

    private func accounts(
        _ title: String, _ accounts: [ScanReport.Account], code: (ScanReport.Account) -> String = { grouped($0.codeLines) }
    ) -> String {
        // What rounds to 0.0 h charges nothing worth a row.
        let charging = accounts.filter { $0.interestHoursPerMonth >= 0.05 }.prefix(top)
        guard !charging.isEmpty else { return "" }
        // Per change: what the debt adds to each change there, so a quiet module and a busy one compare.
        var table = TextTable(headers: ["Interest/mo", "Per change", "Principal", "Code", "Name"], leftAligned: [4])
        for account in charging {
            let rate = account.interestRate(baseline: report.baselineHoursPerChange)
            table.rows.append([
                hours(account.interestHoursPerMonth), rate.map { "+" + percent($0) } ?? "-", hours(account.principalHours),
                code(account),
                shortened(account.name, limit: 60),
            ])
        }
        return "\n" + style.bold(title) + "\n" + table.render(style: style)
    }
}

/// Hours with one decimal under 100, whole hours above: "3.5 h", "120 h"; "<0.1 h" for hours that round to nothing
/// but are not (a payback of 3 years beside "0.0 h" a month read as a division by zero), as the HTML report says.
/// A figure as `explain` writes its terms: whole numbers bare, others with three decimals (a fix weight, a share).
func plainNumber(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
    return String(format: "%.3f", value)
}

public func hours(_ value: Double) -> String {
    if value > 0 && value < 0.05 { return "<0.1 h" }
    return value < 100 ? String(format: "%.1f h", value) : "\(grouped(Int(value.rounded()))) h"
}

/// A share in whole percent: "33%"; "<1%" for a share that rounds to nothing but is not.
public func percent(_ value: Double) -> String {
    value > 0 && value < 0.005 ? "<1%" : "\(Int((value * 100).rounded()))%"
}

extension ScanReport {
    /// What the History line adds to its count: the bug fixes read among the commits (docs/model.md, "Bug fixes"), or,
    /// on a history of 100 commits or more where no subject reads as one, where the words are set.
    var fixNote: String {
        guard fixes.isEmpty else {
            return ", \(counted(fixes.count, "bug fix", plural: "bug fixes")) by their subjects"
                + (fixWeight == 1 ? "" : " (each weighs \(plainNumber(fixWeight)) changes)")
        }
        return historyCommits < 100 ? "" : ", none reads as a bug fix (set the words: model.fixes in .accrue.yml)"
    }

    /// The Code column of a module's account: its code lines, or for a module of tests only (redis's tests/),
    /// which has none of its own, its test lines ("56,711 test").
    func moduleCodeLabel(_ account: Account) -> String {
        let tests = account.codeLines == 0
            ? modules.modules.first { $0.declaration.name == account.name }?.testLines.code ?? 0 : 0
        return tests > 0 ? "\(grouped(tests)) test" : grouped(account.codeLines)
    }
}
