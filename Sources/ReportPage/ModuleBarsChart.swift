
/// Modules against the size budget: one horizontal bar of code lines per module (largest first), the
/// warning and error budgets as dashed lines, bars coloured by budget status.
struct ModuleBarsChart {
    let modules: [ReportModel.Module]
    let budget: ReportModel.Budget
    /// How many modules are drawn; the page's table lists all.
    var limit = 30

    private let width = 1000.0
    private let labelWidth = 230.0
    private let rowHeight = 24.0
    private let top = 34.0

    func render() -> String {
        let shown = Array(modules.filter { $0.codeLines > 0 }.sorted { ($1.codeLines, $0.name) < ($0.codeLines, $1.name) }.prefix(limit))
        let height = top + Double(max(shown.count, 1)) * rowHeight + 16
        let largest = Double(shown.map(\.codeLines).max() ?? 0)
        let scaleMax = max(largest, Double(budget.error) * 1.08, 1)
        let plotWidth = width - labelWidth - 90
        let c = ReportFormat.coordinate
        func x(_ lines: Double) -> Double { labelWidth + lines / scaleMax * plotWidth }
        var out = "<svg class=\"chart bars\" viewBox=\"0 0 \(Int(width)) \(c(height))\" role=\"img\" "
            + "aria-label=\"Module code lines against the budget\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (index, module) in shown.enumerated() {
            let y = top + Double(index) * rowHeight
            let name = module.name.count > 30 ? String(module.name.prefix(29)) + "…" : module.name
            let fill = module.budgetStatus == "error" ? "#c62828" : module.budgetStatus == "warning" ? "#ef8f00" : "#4a7fc1"
            out += "<g><title>\(HTMLEscape.text(module.name)): \(ReportFormat.grouped(module.codeLines)) code lines</title>"
            out += "<text x=\"\(c(labelWidth - 8))\" y=\"\(c(y + 16))\" text-anchor=\"end\" class=\"bar-label\">"
                + "\(HTMLEscape.text(name))</text>"
            out += "<rect x=\"\(c(labelWidth))\" y=\"\(c(y + 4))\" width=\"\(c(max(1, x(Double(module.codeLines)) - labelWidth)))\" "
                + "height=\"\(c(rowHeight - 8))\" fill=\"\(fill)\"/>"
            out += "<text x=\"\(c(x(Double(module.codeLines)) + 6))\" y=\"\(c(y + 16))\" class=\"bar-value\">"
                + "\(ReportFormat.grouped(module.codeLines))</text></g>"
        }
        for (lines, label, colour) in [(budget.warning, "warning", "#ef8f00"), (budget.error, "error", "#c62828")] {
            let position = x(Double(lines))
            out += "<line x1=\"\(c(position))\" y1=\"\(c(top - 6))\" x2=\"\(c(position))\" y2=\"\(c(height - 10))\" "
                + "stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            let anchor = label == "warning" ? "end\" dx=\"-4" : "start\" dx=\"4"
            out += "<text x=\"\(c(position))\" y=\"\(c(top - 12))\" text-anchor=\"\(anchor)\" class=\"budget-label\" fill=\"\(colour)\">"
                + "\(label) \(ReportFormat.grouped(lines))</text>"
        }
        return out + "</svg>"
    }
}
