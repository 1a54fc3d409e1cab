
/// `accrue report --format markdown`: the same content for wikis and pull requests, with the charts as SVG
/// files beside the Markdown (`charts` gives each file's name and content; the text links them).
public struct ReportMarkdown {
    public let model: ReportModel
    /// The charts' file names start with this (the Markdown file's name without its extension).
    public let chartPrefix: String

    public init(_ model: ReportModel, chartPrefix: String) {
        self.model = model
        self.chartPrefix = chartPrefix
    }

    /// The chart files: name → SVG document.
    public func charts() -> [(name: String, svg: String)] {
        var result: [(String, String)] = []
        if !model.modules.isEmpty {
            result.append(("\(chartPrefix)-modules.svg", ModuleBarsChart(modules: model.modules, budget: model.budget).render()))
            result.append(("\(chartPrefix)-hotspots.svg", HotspotMap(model: model).moduleMap(drillIDs: [:])))
        }
        let graph = DependencyGraphChart(model: model).render()
        if !graph.isEmpty { result.append(("\(chartPrefix)-dependencies.svg", graph)) }
        let panels = TrendPanels(samples: model.trend)
        if !model.trend.isEmpty {
            for (index, svg) in panels.render().enumerated() { result.append(("\(chartPrefix)-trend-\(index + 1).svg", svg)) }
        }
        return result.map { (name: $0.0, svg: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Self.standalone($0.1) + "\n") }
    }

    /// A chart made to stand alone: the page's fonts (the page styles them with its CSS) and a white
    /// background, so it reads the same in a dark-themed wiki.
    static func standalone(_ svg: String) -> String {
        guard let end = svg.firstIndex(of: ">") else { return svg }
        let style = "<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:13px}"
            + ".axis,.bar-value,.budget-label,.tm-label{font-size:12px}.chart-title{font-size:14px;font-weight:600}"
            + ".budget-label{font-weight:600}.axis,.bar-value{fill:#59636e}</style>"
            + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        return String(svg[...end]) + style + String(svg[svg.index(after: end)...])
    }

    public func render() -> String {
        let h = model.headline
        let names = Set(charts().map(\.name))
        func image(_ suffix: String, _ alt: String) -> String {
            names.contains("\(chartPrefix)-\(suffix).svg") ? "\n![\(alt)](\(chartPrefix)-\(suffix).svg)\n" : ""
        }
        var out = "# accrue report — \(text(model.repository))\n\n"
        out += "Commit `\(model.commit.map { String($0.prefix(12)) } ?? "none")`" + (model.commitDate.map { " of \($0)" } ?? "")
            + ", accrue \(model.accrueVersion).\n\n## Summary\n\n| | |\n|---|---|\n"
        out += "| Principal | \(ReportFormat.hours(h.principalHours))\(delta { h.principalHours - $0.principalHours }) |\n"
        out += "| Interest | \(ReportFormat.hours(h.interestHoursPerMonth)) a month\(delta { h.interestHoursPerMonth - $0.interestHoursPerMonth }) |\n"
        out += "| Debt ratio | \(ReportFormat.percent(h.debtRatio)) (rating \(h.rating)) |\n"
        out += "| Code lines | \(ReportFormat.grouped(h.codeLines)) in \(ReportFormat.count(h.files, "file")), \(ReportFormat.count(h.modules, "module")) |\n"
        out += "| History | \(ReportFormat.count(h.historyCommits, "commit")), "
            + "\(ReportFormat.count(h.fixCommits, "bug fix", plural: "bug fixes"))\(h.isShallow ? " (shallow clone)" : "")"
            + "\(h.isPartialClone ? " (partial clone)" : "") |\n"
        if model.trend.isEmpty { out += "\n\(ReportFormat.emptyTrend(otherSamples: model.trendSamplesWithOtherSettings))\n" }
        out += findings("Best payback", h.bestPayback)
        out += "\n## Modules against the budget\n" + image("modules", "Module code lines against the budget")
        out += "\n| Module | Code lines | Budget | Interest/mo | Principal |\n|---|---:|---|---:|---:|\n"
        for module in model.modules.prefix(30) {
            out += "| \(text(module.name)) | \(ReportFormat.grouped(module.codeLines)) | \(module.budgetStatus ?? "ok") | "
                + "\(ReportFormat.hours(module.interestHoursPerMonth)) | \(ReportFormat.hours(module.principalHours)) |\n"
        }
        let map = image("hotspots", "Modules by size, coloured by interest")
        out += "\n## Hotspot map\n" + map
            + (map.isEmpty ? "" : "\nArea is code lines of the code that ships: tests, examples and benchmarks are left off.\n")
        out += "\n| File | Code lines | Interest/mo |\n|---|---:|---:|\n"
        for file in model.files.prefix(15) where file.interestHoursPerMonth > 0 {
            out += "| \(text(file.path)) | \(ReportFormat.grouped(file.codeLines)) | \(ReportFormat.hours(file.interestHoursPerMonth)) |\n"
        }
        out += "\n## Dependencies\n" + image("dependencies", "Module dependency graph")
        for cycle in model.cycles {
            out += "- Cycle \(cycle.modules.map(text).joined(separator: ", ")): cut "
                + cycle.cut.map { "\(text($0.from)) → \(text($0.to))" }.joined(separator: ", ") + "\n"
        }
        for pair in model.moduleCouplings where pair.isHidden {
            out += "- Hidden coupling \(text(pair.first)) ↔ \(text(pair.second)): \(pair.degree)%, \(pair.sharedRevisions) shared commits\n"
        }
        out += couplings()
        out += "\n## Trend\n"
        out += model.trend.isEmpty
            ? (model.trendSamplesWithOtherSettings == nil ? "\nNo samples yet (`accrue trend`).\n" : "\n\(ReportFormat.emptyTrend(otherSamples: model.trendSamplesWithOtherSettings))\n")
            : (1...4).map { image("trend-\($0)", "Trend \($0)") }.joined()
        return out + planChecklist()
    }

    private func couplings() -> String {
        guard !model.fileCouplings.isEmpty else { return "" }
        var out = "\n## Files that change together\n\n| Files | Degree | Shared | Newest commits |\n|---|---:|---:|---|\n"
        for pair in model.fileCouplings.prefix(20) {
            let commits = pair.commits.prefix(3).map { id in
                let short = String(id.prefix(10))
                return model.commitURLPrefix.map { "[`\(short)`](\($0)\(id))" } ?? "`\(short)`"
            }
            out += "| \(text(pair.first)) ↔ \(text(pair.second)) | \(pair.degree)% | \(pair.sharedRevisions) | "
                + commits.joined(separator: " ") + " |\n"
        }
        return out
    }

    private func planChecklist() -> String {
        let plan = model.plan
        var out = "\n## Plan\n\n"
        if plan.isDebtFree { return out + "No debt found: nothing to plan.\n" }
        for stage in plan.stages {
            out += "- [ ] **\(stage.number). \(text(stage.title))** (\(stage.kind)): ~\(ReportFormat.grouped(stage.changedLines)) "
                + "lines, saves \(ReportFormat.hours(stage.interestSavedHoursPerMonth))/month\n"
            for step in stage.steps { out += "  - [ ] \(text(step))\n" }
        }
        return out
    }

    private func findings(_ title: String, _ rows: [ReportModel.FindingRow]) -> String {
        guard !rows.isEmpty else { return "" }
        var out = "\n### \(title)\n\n| Payback | Finding | Principal | Interest/mo |\n|---:|---|---:|---:|\n"
        for row in rows {
            out += "| \(ReportFormat.months(row.paybackMonths)) | \(text(row.rule)): \(text(row.subject)) | "
                + "\(ReportFormat.hours(row.principalHours)) | \(ReportFormat.hours(row.interestHoursPerMonth)) |\n"
        }
        return out
    }

    private func delta(_ change: (ReportModel.TrendPoint) -> Double) -> String {
        guard let first = model.trend.first else { return "" }
        return " (\(ReportFormat.change(change(first), ReportFormat.hours)) since \(first.date))"
    }

    /// Repository text made inert in Markdown: HTML and table pipes escaped, emphasis and links defused.
    func text(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "|", "*", "_", "`", "[", "]", "\\": out += "\\\(character)"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
