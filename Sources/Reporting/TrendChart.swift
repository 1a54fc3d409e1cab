import AccrueKit
import AccrueTrend
import DebtModel
import Foundation

/// `accrue trend --chart FILE.svg`: module code lines over time as a slide-ready SVG line chart.
///
/// 16:9, white background, a title, labelled axes (dates below, code lines left), one coloured line
/// per module (the largest eight; the rest summed as "other modules"), the module budget's warning
/// and error lines dashed, and a legend on the right with each line's last value.
public struct TrendChart {
    let report: TrendReport
    let title: String

    private let width = 1280.0
    private let height = 720.0
    private let plot = (left: 150.0, top: 80.0, right: 980.0, bottom: 620.0)
    private static let palette = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
    ]

    public init(_ report: TrendReport, title: String) {
        self.report = report
        self.title = title
    }

    /// One plotted line: its name and a value per sample.
    struct Series {
        var name: String
        var values: [Double]
    }

    func series() -> [Series] {
        let samples = report.samples
        guard let last = samples.last else { return [] }
        func lines(_ sample: TrendSample, _ name: String) -> Double {
            Double(sample.figures.modules.first { $0.name == name }?.codeLines ?? 0)
        }
        // The largest modules at any sample (then by last size), leaving out modules that never had code.
        let names = Set(samples.flatMap { $0.figures.modules.filter { $0.codeLines > 0 }.map(\.name) })
        let peak = Dictionary(uniqueKeysWithValues: names.map { name in
            (name, (samples.map { lines($0, name) }.max() ?? 0, lines(last, name)))
        })
        let ranked = names.sorted { (peak[$0]?.0 ?? 0, peak[$0]?.1 ?? 0, $1) > (peak[$1]?.0 ?? 0, peak[$1]?.1 ?? 0, $0) }
        let shown = Array(ranked.prefix(8))
        var result = shown.map { name in Series(name: name, values: samples.map { lines($0, name) }) }
        let rest = names.subtracting(shown)
        if !rest.isEmpty {
            result.append(Series(
                name: "other modules (\(rest.count))",
                values: samples.map { sample in rest.reduce(0) { $0 + lines(sample, $1) } }))
        }
        if result.isEmpty {
            result.append(Series(name: "repository", values: samples.map { Double($0.figures.codeLines) }))
        }
        return result
    }

    public func render() -> String {
        let samples = report.samples
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(Int(plot.left))" y="44" font-size="28" font-weight="bold" fill="#222">\(Self.escape(title))</text>

            """
        guard let first = samples.first, let last = samples.last else {
            return svg + "<text x=\"110\" y=\"120\" font-size=\"20\">No samples</text>\n</svg>\n"
        }
        let lines = series()
        let budget = (warning: Double(last.figures.budgetWarning), error: Double(last.figures.budgetError))
        let top = Self.niceCeiling(max(lines.flatMap(\.values).max() ?? 0, budget.warning) * 1.05)
        let start = first.date.timeIntervalSince1970
        let span = max(last.date.timeIntervalSince1970 - start, 1)
        func x(_ date: Date) -> Double {
            samples.count == 1 ? (plot.left + plot.right) / 2
                : plot.left + (date.timeIntervalSince1970 - start) / span * (plot.right - plot.left)
        }
        func y(_ value: Double) -> Double { plot.bottom - value / top * (plot.bottom - plot.top) }
        // Grid and y axis labels.
        let step = top / 5
        for index in 0...5 {
            let value = step * Double(index)
            let at = Self.fixed(y(value))
            svg += "<line x1=\"\(Self.fixed(plot.left))\" y1=\"\(at)\" x2=\"\(Self.fixed(plot.right))\" y2=\"\(at)\" "
                + "stroke=\"#e5e5e5\"/>\n"
            svg += "<text x=\"\(Self.fixed(plot.left - 12))\" y=\"\(Self.fixed(y(value) + 6))\" font-size=\"18\" "
                + "text-anchor=\"end\" fill=\"#444\">\(grouped(Int(value.rounded())))</text>\n"
        }
        // X axis: up to six date ticks.
        let ticks = samples.count == 1 ? 1 : min(6, samples.count)
        for index in 0..<ticks {
            let date = Date(timeIntervalSince1970: start + span * Double(index) / Double(max(ticks - 1, 1)))
            let at = Self.fixed(x(date))
            svg += "<line x1=\"\(at)\" y1=\"\(Self.fixed(plot.bottom))\" x2=\"\(at)\" y2=\"\(Self.fixed(plot.bottom + 8))\" "
                + "stroke=\"#444\"/>\n"
            svg += "<text x=\"\(at)\" y=\"\(Self.fixed(plot.bottom + 32))\" font-size=\"18\" text-anchor=\"middle\" "
                + "fill=\"#444\">\(TrendDates.day(date))</text>\n"
        }
        svg += "<line x1=\"\(Self.fixed(plot.left))\" y1=\"\(Self.fixed(plot.bottom))\" x2=\"\(Self.fixed(plot.right))\" "
            + "y2=\"\(Self.fixed(plot.bottom))\" stroke=\"#444\" stroke-width=\"1.5\"/>\n"
        svg += "<line x1=\"\(Self.fixed(plot.left))\" y1=\"\(Self.fixed(plot.top))\" x2=\"\(Self.fixed(plot.left))\" "
            + "y2=\"\(Self.fixed(plot.bottom))\" stroke=\"#444\" stroke-width=\"1.5\"/>\n"
        svg += "<text x=\"\(Self.fixed((plot.left + plot.right) / 2))\" y=\"\(Self.fixed(plot.bottom + 70))\" "
            + "font-size=\"20\" text-anchor=\"middle\" fill=\"#222\">Commit date (first-parent samples)</text>\n"
        svg += "<text transform=\"translate(28 \(Self.fixed((plot.top + plot.bottom) / 2))) rotate(-90)\" "
            + "font-size=\"20\" text-anchor=\"middle\" fill=\"#222\">Code lines per module</text>\n"
        // Budget lines.
        // Budget lines; the warning's label sits at the left end and the error's at the right, so the two
        // never overlap when the scale squeezes them together.
        let budgets = [
            ("budget warning", budget.warning, "#d62728", plot.left + 6, "start"),
            ("budget error", budget.error, "#7b0000", plot.right - 6, "end"),
        ]
        for (label, value, colour, labelX, anchor) in budgets where value <= top {
            let at = Self.fixed(y(value))
            svg += "<line x1=\"\(Self.fixed(plot.left))\" y1=\"\(at)\" x2=\"\(Self.fixed(plot.right))\" y2=\"\(at)\" "
                + "stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"10 6\"/>\n"
            svg += "<text x=\"\(Self.fixed(labelX))\" y=\"\(Self.fixed(y(value) - 8))\" font-size=\"16\" "
                + "text-anchor=\"\(anchor)\" fill=\"\(colour)\">\(label) \(grouped(Int(value)))</text>\n"
        }
        // One line per series, with a legend entry.
        for (index, line) in lines.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let points = zip(samples, line.values).map { "\(Self.fixed(x($0.date))),\(Self.fixed(y($1)))" }
            if points.count == 1, let point = points.first {
                let parts = point.split(separator: ",")
                svg += "<circle cx=\"\(parts[0])\" cy=\"\(parts[1])\" r=\"5\" fill=\"\(colour)\"/>\n"
            } else {
                svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"3\" stroke-linejoin=\"round\" "
                    + "points=\"\(points.joined(separator: " "))\"/>\n"
            }
            let legend = plot.top + 10 + Double(index) * 34
            svg += "<rect x=\"1000\" y=\"\(Self.fixed(legend))\" width=\"22\" height=\"6\" fill=\"\(colour)\"/>\n"
            svg += "<text x=\"1030\" y=\"\(Self.fixed(legend + 8))\" font-size=\"17\" fill=\"#222\">"
                + "\(Self.escape(Self.short(line.name))) \(grouped(Int(line.values.last ?? 0)))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// 1, 2 or 5 times a power of ten, at least `value` (so the top grid line has a round label).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 10 }
        let power = pow(10, (log10(value)).rounded(.down))
        for factor in [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] where factor * power >= value { return factor * power }
        return 10 * power
    }

    private static func fixed(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func short(_ name: String) -> String {
        name.count > 22 ? String(name.prefix(21)) + "…" : name
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
