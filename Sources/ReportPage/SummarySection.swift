import Foundation


/// The headline: repository totals, how each moved since the first trend sample, and the best targets.
struct SummarySection {
    let model: ReportModel

    func render() -> String {
        let headline = model.headline
        let first = model.trend.first
        var out = "<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">"
        out += card(
            "Principal", ReportFormat.hours(headline.principalHours),
            "to fix \(ReportFormat.count(headline.findings, "finding"))",
            first.map { ReportFormat.change(headline.principalHours - $0.principalHours, ReportFormat.hours) })
        out += card(
            "Interest", ReportFormat.hours(headline.interestHoursPerMonth) + "/mo",
            headline.interestRate.map { "\(ReportFormat.percent($0)) on top of what the changes cost" } ?? "paid on every change",
            first.map { ReportFormat.change(headline.interestHoursPerMonth - $0.interestHoursPerMonth, ReportFormat.hours) })
        out += card(
            "Debt ratio", ReportFormat.percent(headline.debtRatio), "rating \(headline.rating)",
            first.map { ReportFormat.change(headline.debtRatio - $0.debtRatio, ReportFormat.percent) })
        out += card(
            "Code lines", ReportFormat.grouped(headline.codeLines),
            "\(ReportFormat.count(headline.files, "file")), \(ReportFormat.count(headline.modules, "module"))",
            first.map { ReportFormat.change(Double(headline.codeLines - $0.codeLines)) { ReportFormat.grouped(Int($0)) } })
        out += card(
            "Commits", ReportFormat.grouped(headline.historyCommits),
            headline.isShallow
                ? "shallow clone: fetch with fetch-depth: 0"
                : headline.isPartialClone
                    ? "partial clone: renames of unfetched files missed"
                    : "of history, \(ReportFormat.count(headline.fixCommits, "bug fix", plural: "bug fixes"))",
            nil)
        out += "</div>"
        if let first {
            out += "<p class=\"note\">Changes since the first trend sample (\(HTMLEscape.text(first.date)), "
                + "\(ReportFormat.count(model.trend.count, "sample"))).</p>"
        } else if model.trendSamplesWithOtherSettings != nil {
            out += "<p class=\"note\">\(ReportFormat.markdownCode(ReportFormat.emptyTrend(otherSamples: model.trendSamplesWithOtherSettings)))</p>"
        } else {
            out += "<p class=\"note\">No trend samples in the store yet: run <code>accrue trend</code> in the repository "
                + "to back-fill them, then make the report again.</p>"
        }
        out += "<h3>Best payback</h3>"
        if headline.bestPayback.isEmpty {
            out += "<p class=\"note\">No finding charges interest.</p>"
        } else {
            out += FindingTable(id: "best-payback", rows: headline.bestPayback, filters: false).render()
        }
        return out + "</section>"
    }

    private func card(_ label: String, _ value: String, _ detail: String, _ delta: String?) -> String {
        let change = delta.map { "<div class=\"delta\">\(HTMLEscape.text($0)) since the first sample</div>" } ?? ""
        return "<div class=\"card\"><div class=\"label\">\(HTMLEscape.text(label))</div>"
            + "<div class=\"value\">\(HTMLEscape.text(value))</div>"
            + "<div class=\"delta\">\(HTMLEscape.text(detail))</div>\(change)</div>"
    }
}

/// Findings as a sortable table: rule, subject, severity, value, principal, interest, payback.
struct FindingTable {
    let id: String
    let rows: [ReportModel.FindingRow]
    var filters = true

    func render() -> String {
        HTMLTable(
            id: id,
            columns: [
                ("Payback", true), ("Rule", false), ("Subject", false), ("Severity", false), ("Value", true),
                ("Principal", true), ("Interest/mo", true),
            ],
            rows: rows.map { row in
                [
                    .number(row.paybackMonths ?? 1e9, ReportFormat.months(row.paybackMonths)), .text(row.rule),
                    .text(row.subject, mono: true),
                    HTMLTable.Cell(html: "<span class=\"sev-\(row.severity == "error" ? "error" : "warning")\">"
                        + "\(HTMLEscape.text(row.severity))</span>"),
                    .number(row.value, row.value == row.value.rounded() ? String(Int(row.value)) : String(format: "%.2f", row.value)),
                    .number(row.principalHours, ReportFormat.hours(row.principalHours)),
                    .number(row.interestHoursPerMonth, ReportFormat.hours(row.interestHoursPerMonth)),
                ]
            },
            filterPlaceholder: filters ? "Filter findings" : nil
        ).render()
    }
}
