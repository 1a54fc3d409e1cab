/// How far a ratcheted figure may rise before the gate fails (`rules/gate.yaml`, `.accrue.yml`'s `gate:`).
///
/// A figure may rise by `max(absolute, relative × base)`; both 0 make any rise fail.
public struct GateTolerances: Codable, Hashable, Sendable {
    /// One figure's allowance.
    public struct Allowance: Codable, Hashable, Sendable {
        public var absolute: Double
        public var relative: Double

        public init(absolute: Double = 0, relative: Double = 0) {
            self.absolute = absolute
            self.relative = relative
        }

        /// How much `base` may rise.
        public func slack(over base: Double) -> Double { max(absolute, relative * abs(base)) }

        /// Whether going from `base` to `head` stays within the allowance.
        public func allows(from base: Double, to head: Double) -> Bool { head - base <= slack(over: base) + 1e-9 }
    }

    public var version: Int
    /// Code lines of a module already over its budget (the module-size rule's warning).
    public var moduleSize: Allowance
    /// The number of module cycles.
    public var cycles: Allowance
    /// Interest per month a change adds to one module, priced at the module's current activity.
    public var moduleInterest: Allowance
    /// The value of an existing error finding in a changed file (lines, complexity points).
    public var findingValue: Allowance

    public init(
        moduleSize: Allowance = Allowance(), cycles: Allowance = Allowance(),
        moduleInterest: Allowance = Allowance(absolute: 0.5, relative: 0.05),
        findingValue: Allowance = Allowance(), version: Int = 1
    ) {
        self.version = version
        self.moduleSize = moduleSize
        self.cycles = cycles
        self.moduleInterest = moduleInterest
        self.findingValue = findingValue
    }

    enum CodingKeys: String, CodingKey {
        case version, cycles
        case moduleSize = "module_size"
        case moduleInterest = "module_interest"
        case findingValue = "finding_value"
    }
}
