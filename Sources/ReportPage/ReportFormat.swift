import DebtModel
import Foundation

/// Number formats shared by the page, the charts and the Markdown (locale-free, so output is stable).
enum ReportFormat {
    /// Hours with one decimal under 100, whole grouped hours above: "3.5 h", "1,240 h".
    static func hours(_ value: Double) -> String {
        if value > 0 && value < 0.05 { return "<0.1 h" }
        return value < 100 ? String(format: "%.1f h", value) : "\(grouped(Int(value.rounded()))) h"
    }

    /// Thousands separated by commas: 12,345 (Reporting's format).
    static func grouped(_ value: Int) -> String { DebtModel.grouped(value) }

    /// A count with its noun, plural when it is not 1: "1 site", "3 sites".
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String { counted(value, noun, plural: plural) }

    /// A percentage with one decimal: "7.4%".
    static func percent(_ ratio: Double) -> String { String(format: "%.1f%%", ratio * 100) }

    /// Months with one decimal, or "—" without a payback.
    static func months(_ value: Double?) -> String { value.map { DebtModel.months($0) } ?? "—" }

    /// A coordinate for SVG: at most one decimal, no trailing ".0".
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// A signed change since the first sample: "+12.0 h", "−3.5 h", or "±0".
    static func change(_ delta: Double, _ unit: (Double) -> String) -> String {
        if abs(delta) < 0.05 { return "±0" }
        return (delta > 0 ? "+" : "−") + unit(abs(delta))
    }

    /// Why the trend is empty, in Markdown: no samples yet, or samples measured with other settings (an edited
    /// `.accrue.yml` keys a new series), which are left out rather than drawn as a jump no commit made.
    static func emptyTrend(otherSamples: Int?) -> String {
        guard let other = otherSamples, other > 0 else {
            return "No trend samples in the store yet: run `accrue trend`, then make the report again."
        }
        return "No trend samples for these settings: the store holds \(count(other, "sample")) measured with other "
            + "settings (an edited `.accrue.yml`, other rules or options, or another accrue version), left out because "
            + "their figures do not compare with today's. Run `accrue trend` to measure the history again with these "
            + "settings, then make the report again."
    }

    /// Markdown text with `code` spans as HTML: the text escaped, each pair of backticks a `<code>` element.
    static func markdownCode(_ text: String) -> String {
        HTMLEscape.text(text).split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element) }.joined()
    }
}
