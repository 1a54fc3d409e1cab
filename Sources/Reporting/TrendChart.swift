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
        let svg = """
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
        let scale = Scale(
            plot: plot, top: top, start: first.date.timeIntervalSince1970,
            span: max(last.date.timeIntervalSince1970 - first.date.timeIntervalSince1970, 1), single: samples.count == 1)
        return svg + axes(scale, samples: samples.count) + budgetLines(scale, budget) + seriesLines(scale, lines)
            + "</svg>\n"
    }

    /// Where a date and a value sit on the plot.
    private struct Scale {
        let plot: (left: Double, top: Double, right: Double, bottom: Double)
        let top: Double
        let start: Double
        let span: Double
        /// One sample: drawn in the middle.
        let single: Bool

        func x(_ date: Date) -> Double {
            single ? (plot.left + plot.right) / 2
                : plot.left + (date.timeIntervalSince1970 - start) / span * (plot.right - plot.left)
        }

        func y(_ value: Double) -> Double { plot.bottom - value / top * (plot.bottom - plot.top) }
    }

    /// The grid with the y axis labels, up to six date ticks, both axes and their titles.
    private func axes(_ scale: Scale, samples: Int) -> String {
        var svg = ""
        let step = scale.top / 5
        for index in 0...5 {
            let value = step * Double(index)
            let at = Self.fixed(scale.y(value))
            svg += "<line x1=\"\(Self.fixed(plot.left))\" y1=\"\(at)\" x2=\"\(Self.fixed(plot.right))\" y2=\"\(at)\" "
                + "stroke=\"#e5e5e5\"/>\n"
            svg += "<text x=\"\(Self.fixed(plot.left - 12))\" y=\"\(Self.fixed(scale.y(value) + 6))\" font-size=\"18\" "
                + "text-anchor=\"end\" fill=\"#444\">\(grouped(Int(value.rounded())))</text>\n"
        }
        let ticks = samples == 1 ? 1 : min(6, samples)
        for index in 0..<ticks {
            let date = Date(timeIntervalSince1970: scale.start + scale.span * Double(index) / Double(max(ticks - 1, 1)))
            let at = Self.fixed(scale.x(date))
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
        return svg
    }

    /// The budget lines; the warning's label sits at the left end and the error's at the right, so the two never
    /// overlap when the scale squeezes them together.
    private func budgetLines(_ scale: Scale, _ budget: (warning: Double, error: Double)) -> String {
        var svg = ""
        let budgets = [
            ("budget warning", budget.warning, "#d62728", plot.left + 6, "start"),
            ("budget error", budget.error, "#7b0000", plot.right - 6, "end"),
        ]
        for (label, value, colour, labelX, anchor) in budgets where value <= scale.top {
            let at = Self.fixed(scale.y(value))
            svg += "<line x1=\"\(Self.fixed(plot.left))\" y1=\"\(at)\" x2=\"\(Self.fixed(plot.right))\" y2=\"\(at)\" "
                + "stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"10 6\"/>\n"
            svg += "<text x=\"\(Self.fixed(labelX))\" y=\"\(Self.fixed(scale.y(value) - 8))\" font-size=\"16\" "
                + "text-anchor=\"\(anchor)\" fill=\"\(colour)\">\(label) \(grouped(Int(value)))</text>\n"
        }
        return svg
    }

    /// One line per series (a dot for a single sample), with a legend entry.
    private func seriesLines(_ scale: Scale, _ lines: [Series]) -> String {
        var svg = ""
        let samples = report.samples
        for (index, line) in lines.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let points = zip(samples, line.values).map { "\(Self.fixed(scale.x($0.date))),\(Self.fixed(scale.y($1)))" }
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
        return svg
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
