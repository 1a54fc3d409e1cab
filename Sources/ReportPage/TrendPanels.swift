
/// Trend charts from the stored samples: one small line chart per figure (code lines, principal, interest,
/// interest rate, debt ratio), each with its first and last date and its range, so they stack on a phone.
struct TrendPanels {
    let samples: [ReportModel.TrendPoint]

    private let width = 480.0
    private let height = 220.0
    private let plot = (left: 64.0, top: 36.0, right: 464.0, bottom: 184.0)

    /// The figures drawn, with how each value is printed.
    var figures: [(title: String, values: [Double], format: (Double) -> String)] {
        [
            ("Code lines", samples.map { Double($0.codeLines) }, { ReportFormat.grouped(Int($0.rounded())) }),
            ("Principal (hours)", samples.map(\.principalHours), ReportFormat.hours),
            ("Interest (hours a month)", samples.map(\.interestHoursPerMonth), ReportFormat.hours),
            ("Interest rate (on what the changes cost)", samples.map(\.interestRate), ReportFormat.percent),
            ("Debt ratio", samples.map(\.debtRatio), ReportFormat.percent),
        ]
    }

    /// Every panel, in `figures` order.
    func render() -> [String] {
        figures.map { panel($0.title, $0.values, $0.format) }
    }

    func panel(_ title: String, _ values: [Double], _ format: (Double) -> String) -> String {
        let c = ReportFormat.coordinate
        let low = min(0, values.min() ?? 0)
        let high = max(values.max() ?? 1, low + 1e-9)
        func x(_ index: Int) -> Double {
            values.count < 2 ? (plot.left + plot.right) / 2
                : plot.left + Double(index) / Double(values.count - 1) * (plot.right - plot.left)
        }
        func y(_ value: Double) -> Double { plot.bottom - (value - low) / (high - low) * (plot.bottom - plot.top) }
        var out = "<svg class=\"chart trend\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
            + "aria-label=\"\(HTMLEscape.text(title)) over time\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<text x=\"\(c(plot.left))\" y=\"20\" class=\"chart-title\">\(HTMLEscape.text(title))</text>"
        for value in [low, high] {
            out += "<line x1=\"\(c(plot.left))\" y1=\"\(c(y(value)))\" x2=\"\(c(plot.right))\" y2=\"\(c(y(value)))\" "
                + "stroke=\"#d0d7de\"/><text x=\"\(c(plot.left - 6))\" y=\"\(c(y(value) + 4))\" text-anchor=\"end\" "
                + "class=\"axis\">\(HTMLEscape.text(format(value)))</text>"
        }
        let points = values.enumerated().map { "\(c(x($0.offset))),\(c(y($0.element)))" }.joined(separator: " ")
        out += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"#4a7fc1\" stroke-width=\"2.5\"/>"
        for (index, value) in values.enumerated() where values.count <= 60 || index == values.count - 1 {
            out += "<circle cx=\"\(c(x(index)))\" cy=\"\(c(y(value)))\" r=\"3\" fill=\"#4a7fc1\">"
                + "<title>\(HTMLEscape.text(samples[index].date)): \(HTMLEscape.text(format(value)))</title></circle>"
        }
        if let first = samples.first, let last = samples.last {
            out += "<text x=\"\(c(plot.left))\" y=\"\(c(plot.bottom + 22))\" class=\"axis\">\(HTMLEscape.text(first.date))</text>"
                + "<text x=\"\(c(plot.right))\" y=\"\(c(plot.bottom + 22))\" text-anchor=\"end\" class=\"axis\">"
                + "\(HTMLEscape.text(last.date))</text>"
        }
        return out + "</svg>"
    }
}
