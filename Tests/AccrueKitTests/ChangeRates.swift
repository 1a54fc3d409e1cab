import Foundation

/// Changes a month for commits `ages` days old with `weights`, as docs/model.md writes it (half-life 365 days).
func changesPerMonth(_ ages: [Double], _ weights: [Double]) -> Double {
    zip(ages, weights).reduce(0) { $0 + $1.1 * pow(2, -$1.0 / 365) } * M_LN2 / 365 * 30.4375
}
