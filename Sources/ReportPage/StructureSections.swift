import Foundation


/// The modules against their budget, and the hotspot map with its drill-down to files.
struct StructureSections {
    let model: ReportModel

    func modules() -> String {
        var out = "<section id=\"modules\"><h2>Modules against the budget</h2>"
        out += "<p class=\"note\">Code lines of each module's non-test files; the budget warns above "
            + "\(ReportFormat.grouped(model.budget.warning)) and errs above \(ReportFormat.grouped(model.budget.error)) lines."
        let drawn = model.modules.filter { $0.codeLines > 0 }.count
        if drawn > 30 {
            out += " The chart shows the 30 largest of \(model.modules.count); the table lists all."
        } else if drawn < model.modules.count {
            out += " The chart leaves out \(ReportFormat.count(model.modules.count - drawn, "module")) without such lines "
                + "(test code only); the table lists all."
        }
        out += "</p>"
        if model.modules.isEmpty { return out + "<p class=\"note\">No modules found.</p></section>" }
        out += "<div class=\"chart-box\">" + ModuleBarsChart(modules: model.modules, budget: model.budget).render() + "</div>"
        out += HTMLTable(
            id: "modules-table",
            columns: [
                ("Module", false), ("Code lines", true), ("Files", true), ("Budget", false), ("Interest/mo", true),
                ("Principal", true), ("Findings", true), ("Ca", true), ("Ce", true), ("Instability", true),
            ],
            rows: model.modules.map { module in
                [
                    .text(module.name), .count(module.codeLines), .count(module.files), .text(module.budgetStatus ?? "ok"),
                    .number(module.interestHoursPerMonth, ReportFormat.hours(module.interestHoursPerMonth)),
                    .number(module.principalHours, ReportFormat.hours(module.principalHours)), .count(module.findings),
                    .count(module.afferent), .count(module.efferent),
                    .number(module.instability, String(format: "%.2f", module.instability)),
                ]
            },
            filterPlaceholder: "Filter modules"
        ).render()
        return out + "</section>"
    }

    func hotspots() -> String {
        let map = HotspotMap(model: model)
        let groups = map.filesByModule()
        var ids: [String: String] = [:]
        for (index, group) in groups.enumerated() { ids[group.module] = "tm-m\(index)" }
        var out = "<section id=\"hotspots\"><h2>Hotspot map</h2>"
        // A module holding three quarters of the code would fill the first map alone: open on its files.
        let lines = groups.map { $0.files.reduce(0) { $0 + $1.codeLines } }
        let total = lines.reduce(0, +)
        let opened = lines.indices.first { total > 0 && lines[$0] * 4 >= total * 3 && groups.count > 1 }
        out += "<p class=\"note\">Area is code lines of the code that ships, as the module budget counts them (tests, "
            + "examples and benchmarks are left off, as are data, markup and prose; the table below lists every file), "
            + "colour is interest per month (grey: none). "
            + "Click a module to see its files" + (opened == nil ? "" : "; the map opens on the module holding most of the code")
            + ".</p>"
        out += "<div class=\"legend\"><span><i style=\"background:#d9e2dc\"></i>no interest</span>"
            + "<span><i style=\"background:#fde68a\"></i>some</span><span><i style=\"background:#991b1b\"></i>the most</span>"
            + "<button type=\"button\" id=\"tm-back\"\(opened == nil ? " hidden" : "")>← All modules</button></div>"
        out += "<div class=\"chart-box\"><div class=\"tm-level\" id=\"tm-modules\"\(opened == nil ? "" : " hidden")>"
            + map.moduleMap(drillIDs: ids) + "</div>"
        for (index, group) in groups.enumerated() {
            out += "<div class=\"tm-level\" id=\"tm-m\(index)\"\(opened == index ? "" : " hidden")>"
                + "<h3>\(HTMLEscape.text(group.module))</h3>" + map.fileMap(module: group.module, files: group.files) + "</div>"
        }
        out += "</div><h3>Files</h3>"
        let files = model.files.filter { $0.codeLines > 0 }
        out += HTMLTable(
            id: "files-table",
            columns: [
                ("File", false), ("Module", false), ("Code lines", true), ("Interest/mo", true), ("Principal", true),
                ("Findings", true), ("Changes/mo", true),
            ],
            rows: files.map { file in
                [
                    .text(file.path, mono: true), .clipped(file.module ?? HotspotMap.unowned), .count(file.codeLines),
                    .number(file.interestHoursPerMonth, ReportFormat.hours(file.interestHoursPerMonth)),
                    .number(file.principalHours, ReportFormat.hours(file.principalHours)), .count(file.findings),
                    .number(file.changesPerMonth, String(format: "%.2f", file.changesPerMonth)),
                ]
            },
            filterPlaceholder: "Filter files"
        ).render()
        return out + "</section>"
    }
}
