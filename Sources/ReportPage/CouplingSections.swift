
/// The module dependency graph with its cycles and hidden couplings, and the file coupling pairs with
/// the commits that show them (linked to the forge when the remote is known).
struct CouplingSections {
    let model: ReportModel

    func graph() -> String {
        var out = "<section id=\"graph\"><h2>Dependency graph</h2>"
        let chart = DependencyGraphChart(model: model)
        let shown = chart.shownModules()
        if shown.isEmpty { return out + "<p class=\"note\">No imports between modules.</p></section>" }
        out += "<div class=\"legend\"><span><i style=\"background:#8a94a6\"></i>imports (arrow points to the imported module)</span>"
            + "<span><i style=\"background:#c62828\"></i>import cycle (dashed: the edge to cut)</span>"
            + "<span><i style=\"background:repeating-linear-gradient(90deg,#ef8f00 0 3px,transparent 3px 7px)\"></i>"
            + "hidden coupling</span></div>"
        if shown.count < model.modules.count {
            out += "<p class=\"note\">Showing \(shown.count) of \(model.modules.count) modules (modules in cycles and hidden "
                + "couplings, then the largest with imports).</p>"
        }
        out += "<div class=\"chart-box\">" + chart.render() + "</div>"
        out += "<h3>Cycles</h3>"
        if model.cycles.isEmpty {
            out += "<p class=\"note\">No import cycles between modules.</p>"
        } else {
            out += "<ul>"
            for cycle in model.cycles {
                let cut = cycle.cut.map { "\(HTMLEscape.text($0.from)) → \(HTMLEscape.text($0.to)) (\(ReportFormat.count($0.sites, "site")))" }
                out += "<li>\(cycle.modules.map(HTMLEscape.text).joined(separator: ", ")): cut "
                    + "\(cut.joined(separator: ", "))</li>"
            }
            out += "</ul>"
        }
        out += "<h3>Module change coupling</h3>"
        if model.moduleCouplings.isEmpty { return out + "<p class=\"note\">No modules change together often enough.</p></section>" }
        out += HTMLTable(
            id: "module-coupling-table",
            columns: [("Modules", false), ("Degree", true), ("Shared commits", true), ("Import", false), ("Evidence", false)],
            rows: model.moduleCouplings.map { pair in
                [
                    .text("\(pair.first) ↔ \(pair.second)"), .number(Double(pair.degree), "\(pair.degree)%"),
                    .count(pair.sharedRevisions), .text(pair.isHidden ? "hidden (no import)" : pair.isRipple ? "ripple (a dependency both import)" : "imports"),
                    HTMLTable.Cell(html: evidence(pair.commits, shared: pair.sharedRevisions)),
                ]
            },
            filterPlaceholder: nil
        ).render()
        return out + "</section>"
    }

    func files() -> String {
        var out = "<section id=\"coupling\"><h2>Files that change together</h2>"
        if model.fileCouplings.isEmpty {
            return out + "<p class=\"note\">No file pairs pass the coupling thresholds (at least 5 shared commits and a "
                + "degree of 30%).</p></section>"
        }
        out += "<p class=\"note\">degree = shared commits ÷ the pair's average commits (code-maat). Each pair lists up to "
            + "\(ReportModel.evidenceLimit) of its newest shared commits.</p>"
        out += HTMLTable(
            id: "file-coupling-table",
            columns: [("File", false), ("Changes with", false), ("Degree", true), ("Shared commits", true), ("Evidence", false)],
            rows: model.fileCouplings.map { pair in
                [
                    .text(pair.first, mono: true), .text(pair.second, mono: true), .number(Double(pair.degree), "\(pair.degree)%"),
                    .count(pair.sharedRevisions), HTMLTable.Cell(html: evidence(pair.commits, shared: pair.sharedRevisions)),
                ]
            },
            filterPlaceholder: "Filter file pairs"
        ).render()
        return out + "</section>"
    }

    /// A collapsed list of commits: id (linked when a forge is known), date, author, subject.
    private func evidence(_ ids: [String], shared: Int) -> String {
        guard !ids.isEmpty else { return "" }
        let byID = Dictionary(model.commits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "<details><summary>\(ids.count) of \(shared) commits</summary><ul class=\"commits\">"
        for id in ids {
            let commit = byID[id]
            out += "<li>\(Self.commitLink(id, prefix: model.commitURLPrefix))"
            if let commit {
                out += " \(HTMLEscape.text(commit.date)) \(HTMLEscape.text(commit.author)): \(HTMLEscape.text(commit.subject))"
            }
            out += "</li>"
        }
        return out + "</ul></details>"
    }

    /// A short commit id, linked to `prefix + id` when a prefix is known.
    static func commitLink(_ id: String, prefix: String?) -> String {
        let short = HTMLEscape.text(String(id.prefix(10)))
        guard let prefix else { return "<code>\(short)</code>" }
        return "<a href=\"\(HTMLEscape.text(prefix + id))\" rel=\"noopener noreferrer\"><code>\(short)</code></a>"
    }
}
