import Planning

/// A, I and D of a module far from the main sequence, now and after abstract types are added or folded back in.
extension PlanAbstraction {
    /// Modules that ship and import it, sorted.
    public var dependents: [String] { callers.keys.sorted() }

    /// A = abstract ÷ all types after `added` more abstract types (negative: removed).
    public func abstractness(adding added: Int) -> Double {
        let total = abstractTypes + concreteTypes + added
        return total > 0 ? Double(abstractTypes + added) / Double(total) : 0
    }

    /// D = |A + I − 1| after `added` more abstract types.
    public func distance(adding added: Int) -> Double { abs(abstractness(adding: added) + instability - 1) }

    /// The fewest abstract types to add (positive) or fold back in (negative) so that D ≤ `warning`; nil when no
    /// count of them can (a module with no types).
    public func typesNeeded(warning: Double) -> Int? {
        let total = Double(abstractTypes + concreteTypes)
        let abstract = Double(abstractTypes)
        guard total > 0 else { return nil }
        if abstract / total + instability < 1 {
            // (a + k) / (t + k) ≥ 1 − I − w.
            let target = 1 - instability - warning
            guard target < 1 else { return nil }
            return max(0, Int(((target * total - abstract) / (1 - target) - 1e-9).rounded(.up)))
        }
        // (a − r) / (t − r) ≤ 1 + w − I.
        let target = 1 + warning - instability
        guard target > 0, target < 1 else { return target >= 1 ? 0 : nil }
        return -max(0, Int(((abstract - target * total) / (1 - target) - 1e-9).rounded(.up)))
    }
}
