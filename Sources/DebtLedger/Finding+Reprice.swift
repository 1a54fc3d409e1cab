import DebtModel

extension Finding {
    /// The interest the finding would charge if its value became `value`, activity unchanged.
    ///
    /// Zero once the value is within the warning threshold; otherwise the model's formula with the
    /// span recomputed (docs/model.md).
    package func interest(at value: Double) -> Double {
        let beyond: Double
        switch thresholds.warning <= thresholds.error {
        case true: beyond = max(0, value - thresholds.warning)
        case false: beyond = max(0, thresholds.warning - value)
        }
        guard beyond > 0 else { return 0 }
        let width = abs(thresholds.error - thresholds.warning)
        var repriced = interest
        repriced.span = width > 0 ? beyond / width : 1
        return repriced.hoursPerMonth
    }

    /// The interest saved by bringing the value from `old` to `new`.
    package func interestSaved(from old: Double, to new: Double) -> Double {
        max(0, interest(at: old) - interest(at: new))
    }
}
