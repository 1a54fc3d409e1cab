import DebtModel

/// Formats hours with one decimal below 100 ("3.4 h", "120 h"); "<0.1 h" for hours that round to nothing but are not.
package func hoursText(_ hours: Double) -> String {
    if hours >= 100 { return "\(Int(hours.rounded())) h" }
    if hours > 0 && hours < 0.05 { return "<0.1 h" }
    return "\((hours * 10).rounded() / 10) h"
}

/// Formats 12345 as "12,345" (DebtModel's `grouped`: line counts).
package func groupedText(_ value: Int) -> String { grouped(value) }

/// Formats a list of names as `a`, `b`, `c` and N more.
package func namesText(_ names: [String], limit: Int = 6) -> String {
    let shown = names.prefix(limit).map { "`\($0)`" }.joined(separator: ", ")
    return names.count > limit ? "\(shown) and \(names.count - limit) more" : shown
}

/// Formats 0.5 as "0.50" (scores and ratios).
package func decimalText(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
}
