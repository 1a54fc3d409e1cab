import AccrueKit
import DebtLedger
import DebtModel
import Foundation
import SourceScan
import ModuleGraph

/// `accrue scan --format markdown`: the dashboard for a wiki page or a pull-request comment.
public struct ScanMarkdown {
    public let report: ScanReport
    public var top: Int

    public init(_ report: ScanReport, top: Int = 5) {
        self.report = report
        self.top = top
    }

    public func render() -> String {
        var out = "## accrue scan\n\n"
        out += "| | |\n|---|---|\n"
        out += "| Code lines | \(grouped(report.codeLines)) in \(countedModules(report.modules.modules)) |\n"
        out += "| Principal | \(hours(report.principalHours)) |\n"
        out += "| Interest | \(hours(report.interestHoursPerMonth)) per month\(report.changeHoursPerMonth > 0 ? ", \(percent(report.interestRate)) on top of the \(hours(report.changeHoursPerMonth)) the changes cost in healthy code" : "") |\n"
        out += "| Debt ratio | \(String(format: "%.1f%%", report.debtRatio * 100)) (rating \(report.rating)) |\n"
        out += "| History | \(counted(report.historyCommits, "commit"))\(report.fixNote)\(report.isShallow ? " (shallow clone)" : "")\(report.isPartialClone ? " (partial clone)" : "") |\n"
        let over = report.modules.modules.filter { $0.budgetStatus != nil }.sorted { $0.lines.code > $1.lines.code }
        out += section("Modules over budget\n\n| Module | Code lines | Status |\n|---|---:|---|\n", over, more: "\n") {
            "| \(escape($0.declaration.name)) | \(grouped($0.lines.code)) | \($0.budgetStatus?.rawValue ?? "") |"
        }
        out += table("Modules charging the most interest", report.moduleAccounts, code: report.moduleCodeLabel)
        out += table("Files charging the most interest", report.files)
        out += section("Cycles\n\n", report.modules.cycles, more: "- ") { cycle in
            "- \(cycle.modules.map { "`\($0)`" }.joined(separator: ", ")): cut "
                + cycle.cut.map { "`\($0.from)` → `\($0.to)`" }.joined(separator: ", ")
        }
        out += section("Hidden couplings\n\n", report.modules.hiddenCouplingGroups, more: "- ") { group in
            guard group.count > 1 else {
                return "- `\(group[0].first)` ↔ `\(group[0].second)`: \(group[0].degree)% of their changes together, no import"
            }
            return "- " + ScanText.groupSummary(group) { "`\($0)`" }
        }
        let payback = "Best payback\n\n| Payback | Principal | Interest/month | Finding |\n|---:|---:|---:|---|\n"
        out += section(payback, report.bestPayback, more: nil) { finding in
            "| \(months(finding.paybackMonths ?? 0)) | \(hours(finding.principal.hours)) | \(hours(finding.interest.hoursPerMonth)) | \(finding.rule): \(escape(finding.subject.description)) |"
        }
        out += ScanText.ownershipLine(report).map { "\n\($0).\n" }.joined()  // shown without the table too
        return out
    }

    /// A `###` section of rows cut at `top`, with "… and 3 more" after them (after `more`) when cut and `more`
    /// is given; nothing, heading included, when no row is shown.
    private func section<Item>(_ heading: String, _ items: [Item], more: String?, _ row: (Item) -> String) -> String {
        let shown = items.prefix(top)
        guard !shown.isEmpty else { return "" }
        let rest = items.count > top ? more.map { "\($0)… and \(items.count - top) more\n" } ?? "" : ""
        return "\n### " + heading + shown.map { row($0) + "\n" }.joined() + rest
    }

    private func table(
        _ title: String, _ accounts: [ScanReport.Account], code: (ScanReport.Account) -> String = { grouped($0.codeLines) }
    ) -> String {
        let charging = accounts.filter { $0.interestHoursPerMonth > 0 }.prefix(top)
        guard !charging.isEmpty else { return "" }
        var out = "\n### \(title)\n\n| Interest/month | Per change | Principal | Code lines | Name |\n|---:|---:|---:|---:|---|\n"
        for account in charging {
            let rate = account.interestRate(baseline: report.baselineHoursPerChange).map { "+" + percent($0) } ?? "-"
            out += "| \(hours(account.interestHoursPerMonth)) | \(rate) | \(hours(account.principalHours)) | \(code(account)) | "
                + "\(escape(account.name)) |\n"
        }
        return out
    }

    /// Escapes the characters that would break a Markdown table cell or inline HTML.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
