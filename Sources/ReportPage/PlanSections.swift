
/// The staged plan as a checklist, the trend charts, and the findings with the most interest.
struct PlanSections {
    let model: ReportModel

    func plan() -> String {
        let plan = model.plan
        var out = "<section id=\"plan\"><h2>Plan</h2>"
        if plan.isDebtFree { return out + "<p class=\"note\">No debt found: nothing to plan.</p></section>" }
        let after = plan.interestAfter.last ?? plan.interestBefore
        out += "<p class=\"note\">Interest now \(ReportFormat.hours(plan.interestBefore)) a month; after these "
            + "\(ReportFormat.count(plan.stages.count, "stage")) \(ReportFormat.hours(after)) a month. Each stage changes at most "
            + "\(ReportFormat.grouped(plan.budget)) lines"
            + (plan.totalStages > plan.stages.count ? " (\(plan.totalStages) stages planned in all; `accrue plan --stages 0` lists them)" : "")
            + ". Ticks are not saved.</p>"
        if plan.stages.isEmpty { return out + "<p class=\"note\">No stage can be planned for these findings.</p></section>" }
        out += "<ol class=\"plan\">"
        for stage in plan.stages {
            let needs = stage.needs.isEmpty ? "" : "; needs stage " + stage.needs.map(String.init).joined(separator: ", ")
            out += "<li><label><input type=\"checkbox\"> \(stage.number). \(HTMLEscape.text(stage.title))</label>"
                + "<div class=\"note\">\(HTMLEscape.text(stage.kind)): ~\(ReportFormat.grouped(stage.changedLines)) lines, "
                + "saves \(ReportFormat.hours(stage.interestSavedHoursPerMonth))/mo, repays "
                + "\(ReportFormat.hours(stage.principalHours))\(needs)</div>"
                + "<div>\(HTMLEscape.text(stage.why))</div><ul>"
            for step in stage.steps { out += "<li><label><input type=\"checkbox\"> \(HTMLEscape.text(step))</label></li>" }
            for check in stage.checks { out += "<li>Done when: \(HTMLEscape.text(check))</li>" }
            out += "</ul></li>"
        }
        return out + "</ol></section>"
    }

    func trend() -> String {
        var out = "<section id=\"trend\"><h2>Trend</h2>"
        guard !model.trend.isEmpty else {
            guard model.trendSamplesWithOtherSettings == nil else {
                return out + "<p class=\"note\">\(ReportFormat.markdownCode(ReportFormat.emptyTrend(otherSamples: model.trendSamplesWithOtherSettings)))</p></section>"
            }
            return out + "<p class=\"note\">No trend samples in the store yet. Run <code>accrue trend</code> in the "
                + "repository (it back-fills weekly samples into .accrue/accrue.sqlite), then make the report again.</p></section>"
        }
        out += "<p class=\"note\">\(ReportFormat.count(model.trend.count, "sample")) from the store, \(HTMLEscape.text(model.trend[0].date)) to "
            + "\(HTMLEscape.text(model.trend[model.trend.count - 1].date)).</p><div class=\"panels\">"
        for panel in TrendPanels(samples: model.trend).render() { out += "<div class=\"chart-box\">\(panel)</div>" }
        return out + "</div></section>"
    }

    func findings() -> String {
        var out = "<section id=\"findings\"><h2>Findings</h2>"
        if model.findings.isEmpty { return out + "<p class=\"note\">No findings.</p></section>" }
        if model.headline.findings > model.findings.count {
            out += "<p class=\"note\">The \(model.findings.count) findings with the most interest of "
                + "\(ReportFormat.grouped(model.headline.findings)); `accrue scan --format json` lists all.</p>"
        }
        return out + FindingTable(id: "findings-table", rows: model.findings).render() + "</section>"
    }
}
