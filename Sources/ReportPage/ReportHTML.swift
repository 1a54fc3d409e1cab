import Foundation

/// `accrue report`: one self-contained HTML page (inline style, script and SVG; nothing loaded from the
/// network), with the model embedded as JSON (`accrue.report/1`) in a `<script type="application/json">`.
public struct ReportHTML {
    public let model: ReportModel

    public init(_ model: ReportModel) {
        self.model = model
    }

    /// The sections in page order: id and navigation label.
    public static let sections = [
        ("summary", "Summary"), ("modules", "Modules"), ("hotspots", "Hotspots"), ("graph", "Dependencies"),
        ("coupling", "Coupling"), ("trend", "Trend"), ("plan", "Plan"), ("findings", "Findings"),
    ]

    public func render() throws -> String {
        let title = "accrue report — \(model.repository)"
        let commit = model.commit.map { CouplingSections.commitLink($0, prefix: model.commitURLPrefix) } ?? "no commit"
        let date = model.commitDate.map { " of \(HTMLEscape.text($0))" } ?? ""
        var out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:\">"
            + "<title>\(HTMLEscape.text(title))</title>"
            + "<script>\(PageAssets.errorHook)</script><style>\(PageAssets.style)</style></head><body>"
        out += "<header class=\"top\"><h1>\(HTMLEscape.text(title))</h1><p>Commit \(commit)\(date) · "
            + "accrue \(HTMLEscape.text(model.accrueVersion))</p></header>"
        out += "<div id=\"js-errors\" role=\"alert\" hidden></div><nav aria-label=\"Sections\">"
        for (id, label) in Self.sections { out += "<a href=\"#\(id)\">\(label)</a>" }
        out += "</nav><main>"
        let structure = StructureSections(model: model)
        let coupling = CouplingSections(model: model)
        let plan = PlanSections(model: model)
        out += SummarySection(model: model).render() + structure.modules() + structure.hotspots() + coupling.graph()
        out += coupling.files() + plan.trend() + plan.plan() + plan.findings()
        out += "<footer>Made by accrue \(HTMLEscape.text(model.accrueVersion)) from the repository's files and history; "
            + "nothing in it was run. Figures and formulas: docs/model.md. The data below this page is the "
            + "<code>\(ReportModel.schema)</code> JSON document (docs/report.md).</footer></main>"
        out += "<script type=\"application/json\" id=\"accrue-data\">\(HTMLEscape.scriptJSON(try Self.json(model)))</script>"
        out += "<script>\(PageAssets.script)</script></body></html>\n"
        return out
    }

    /// The model as compact JSON with sorted keys (stable for the same input).
    public static func json(_ model: ReportModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(model), as: UTF8.self)
    }
}
