import AccrueKit
import DebtLedger

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
        out += "| Code lines | \(grouped(report.codeLines)) in \(counted(report.modules.modules.count, "module")) |\n"
        out += "| Principal | \(hours(report.principalHours)) |\n"
        out += "| Interest | \(hours(report.interestHoursPerMonth)) per month |\n"
        out += "| Debt ratio | \(String(format: "%.1f%%", report.debtRatio * 100)) (rating \(report.rating)) |\n"
        out += "| History | \(counted(report.historyCommits, "commit"))\(report.isShallow ? " (shallow clone)" : "") |\n"
        let over = report.modules.modules.filter { $0.budgetStatus != nil }.sorted { $0.lines.code > $1.lines.code }
        if top > 0 && !over.isEmpty {
            out += "\n### Modules over budget\n\n| Module | Code lines | Status |\n|---|---:|---|\n"
            for module in over.prefix(top) {
                out += "| \(escape(module.declaration.name)) | \(grouped(module.lines.code)) | \(module.budgetStatus?.rawValue ?? "") |\n"
            }
            out += more(over.count, "\n")
        }
        out += table("Modules charging the most interest", report.moduleAccounts, code: report.moduleCodeLabel)
        out += table("Files charging the most interest", report.files)
        if top > 0 && !report.modules.cycles.isEmpty {
            out += "\n### Cycles\n\n"
            for cycle in report.modules.cycles.prefix(top) {
                let cut = cycle.cut.map { "`\($0.from)` → `\($0.to)`" }.joined(separator: ", ")
                out += "- \(cycle.modules.map { "`\($0)`" }.joined(separator: ", ")): cut \(cut)\n"
            }
            out += more(report.modules.cycles.count, "- ")
        }
        if top > 0 && !report.modules.hiddenCouplings.isEmpty {
            out += "\n### Hidden couplings\n\n"
            for pair in report.modules.hiddenCouplings.prefix(top) {
                out += "- `\(pair.first)` ↔ `\(pair.second)`: \(pair.degree)% of their changes together, no import\n"
            }
            out += more(report.modules.hiddenCouplings.count, "- ")
        }
        let best = report.bestPayback.prefix(top)
        if !best.isEmpty {
            out += "\n### Best payback\n\n| Payback | Principal | Interest/month | Finding |\n|---:|---:|---:|---|\n"
            for finding in best {
                out += "| \(months(finding.paybackMonths ?? 0)) | \(hours(finding.principal.hours)) | \(hours(finding.interest.hoursPerMonth)) | \(finding.rule): \(escape(finding.subject.description)) |\n"
            }
        }
        return out
    }

    /// "… and 3 more" under a list or table cut at `top`; nothing when it was shown whole.
    private func more(_ total: Int, _ lead: String) -> String {
        total > top ? "\(lead)… and \(total - top) more\n" : ""
    }

    private func table(
        _ title: String, _ accounts: [ScanReport.Account], code: (ScanReport.Account) -> String = { grouped($0.codeLines) }
    ) -> String {
        let charging = accounts.filter { $0.interestHoursPerMonth > 0 }.prefix(top)
        guard !charging.isEmpty else { return "" }
        var out = "\n### \(title)\n\n| Interest/month | Principal | Code lines | Name |\n|---:|---:|---:|---|\n"
        for account in charging {
            out += "| \(hours(account.interestHoursPerMonth)) | \(hours(account.principalHours)) | \(code(account)) | \(escape(account.name)) |\n"
        }
        return out
    }

    /// Escapes the characters that would break a Markdown table cell or inline HTML.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
