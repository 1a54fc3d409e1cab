import AccrueKit
import AccrueTrend
import DebtModel
import Foundation

/// `accrue trend` for a terminal: totals and modules over the samples, each with a sparkline.
public struct TrendText {
    let report: TrendReport
    let style: TerminalStyle

    public init(_ report: TrendReport, style: TerminalStyle) {
        self.report = report
        self.style = style
    }

    public func render() -> String {
        let samples = report.samples
        guard let first = samples.first, let last = samples.last else {
            return "accrue trend — no commits to sample\n"
        }
        var out = style.bold("accrue trend") + " — \(counted(samples.count, "sample")), \(TrendDates.day(first.date)) → "
            + "\(TrendDates.day(last.date)) (\(String(last.commit.prefix(12))))\n\n"
        let totals: [(String, [Double], (Double) -> String)] = [
            ("Code lines", samples.map { Double($0.figures.codeLines) }, { grouped(Int($0)) }),
            ("Principal (h)", samples.map(\.figures.principalHours), TrendNumbers.hours),
            ("Interest (h/mo)", samples.map(\.figures.interestHoursPerMonth), TrendNumbers.hours),
            ("Interest rate", samples.map(\.figures.interestRate), percent),
            ("Functions over", samples.map { Double($0.figures.functionsOverThresholds) }, { grouped(Int($0)) }),
            ("Cycles", samples.map { Double($0.figures.cycles) }, { grouped(Int($0)) }),
            ("Couplings", samples.map { Double($0.figures.couplings) }, { grouped(Int($0)) }),
        ]
        var table = TextTable(headers: ["Metric", "First", "Last", "Change", "Trend"], leftAligned: [0, 4])
        for (name, values, format) in totals {
            table.rows.append(row(name, values, format))
        }
        out += table.render(style: style)
        // Modules that ever had code, largest at the last sample first; the first fifteen are listed.
        let names = Set(samples.flatMap { $0.figures.modules.filter { $0.codeLines > 0 }.map(\.name) })
        if !names.isEmpty {
            out += "\n" + style.bold("Modules") + " (code lines; budget \(grouped(last.figures.budgetWarning))/"
                + "\(grouped(last.figures.budgetError)))\n"
            var modules = TextTable(
                headers: ["Module", "First", "Last", "Change", "Trend", "Interest/mo"], leftAligned: [0, 4])
            let ordered = names.sorted { lastLines($0) > lastLines($1) || (lastLines($0) == lastLines($1) && $0 < $1) }
            for name in ordered.prefix(15) {
                let values = samples.map { sample in
                    Double(sample.figures.modules.first { $0.name == name }?.codeLines ?? 0)
                }
                let interest = last.figures.modules.first { $0.name == name }?.interestHoursPerMonth ?? 0
                var cells = row(name, values, { grouped(Int($0)) })
                if let size = values.last, size > Double(last.figures.budgetWarning) { cells[2] = style.yellow(cells[2]) }
                cells.append(TrendNumbers.hours(interest))
                modules.rows.append(cells)
            }
            out += modules.render(style: style)
            if ordered.count > 15 { out += style.dim("… and \(ordered.count - 15) smaller modules (--format csv lists all)") + "\n" }
            out += renamesLine(shown: Set(ordered.prefix(15)))
        }
        out += "\n" + style.dim("\(report.computed) computed, \(samples.count - report.computed) from \(report.storePath)") + "\n"
        return out
    }

    /// The renames of the modules `shown`, each listed under its latest name (the same roots, a new build); a name
    /// only made distinct by its manifest (`dep` → `dep (packages/dep/package.json)`) is no rename to list.
    private func renamesLine(shown: Set<String>) -> String {
        let renames = report.renames.filter { !$0.value.hasPrefix($0.key + " (") }
        let listed = renames.filter { shown.contains($0.value) }.sorted { $0.key < $1.key }
        guard !renames.isEmpty else { return "" }
        let more = renames.count - listed.count
        let pairs = listed.map { "\($0.key) → \($0.value)" } + (more > 0 ? ["\(more) more (--format json lists all)"] : [])
        return style.dim("Renamed, shown under the latest name (the same folders): " + pairs.joined(separator: ", ")) + "\n"
    }

    private func lastLines(_ name: String) -> Int {
        report.samples.last?.figures.modules.first { $0.name == name }?.codeLines ?? 0
    }

    private func row(_ name: String, _ values: [Double], _ format: (Double) -> String) -> [String] {
        let first = values.first ?? 0
        let last = values.last ?? 0
        let change = last - first
        let sign = change > 0 ? "+" : change < 0 ? "−" : "±"
        return [name, format(first), format(last), sign + format(abs(change)), Sparkline.render(values)]
    }
}

/// Unicode block sparklines (▁…█), at most 40 characters wide (values are averaged into buckets).
public enum Sparkline {
    public static func render(_ values: [Double], width: Int = 40) -> String {
        guard !values.isEmpty else { return "" }
        let buckets = min(width, values.count)
        let averaged = (0..<buckets).map { bucket -> Double in
            let start = bucket * values.count / buckets
            let end = max(start + 1, (bucket + 1) * values.count / buckets)
            return values[start..<end].reduce(0, +) / Double(end - start)
        }
        let low = averaged.min() ?? 0
        let high = averaged.max() ?? 0
        let bars = Array("▁▂▃▄▅▆▇█")
        return String(averaged.map { value in
            high > low ? bars[Int(((value - low) / (high - low) * 7).rounded())] : bars[3]
        })
    }
}

/// Number and date formats shared by the trend outputs.
enum TrendNumbers {
    static func hours(_ value: Double) -> String {
        value >= 100 ? grouped(Int(value.rounded())) : String(format: "%.1f", value)
    }

    /// Three decimals, no trailing noise (CSV and JSON).
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

enum TrendDates {
    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate]))
    }

    static func moment(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withInternetDateTime])
    }
}
