import Foundation

/// Formats 12345 as "12,345": counts and sizes in every text people read (reports, plans, gate messages).
public func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, character) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(character)
    }
    return value < 0 ? "-" + result : result
}

/// "1 module", "12,345 modules": a count with its noun, plural when it is not one.
public func counted(_ value: Int, _ noun: String, plural: String? = nil) -> String {
    "\(grouped(value)) \(value == 1 ? noun : plural ?? noun + "s")"
}

/// A payback: months with one decimal ("7.6 mo") up to two years, then whole years; beyond a century it is never
/// repaid in practice.
public func months(_ value: Double) -> String {
    if value >= 1_200 { return "over 100 yr" }
    if value >= 24 { return "\(Int((value / 12).rounded())) yr" }
    return String(format: "%.1f mo", value)
}
