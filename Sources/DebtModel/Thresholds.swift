/// The values at which a rule's metric becomes a warning and an error.
///
/// A rule triggers strictly beyond a threshold, as SwiftLint's do: with `higher_is_worse` and a warning of
/// 400, 400 is fine and 401 warns. The two may be equal (then the rule has no warning band).
public struct Thresholds: Codable, Hashable, Sendable {
    public var warning: Double
    public var error: Double

    public init(warning: Double, error: Double) {
        self.warning = warning
        self.error = error
    }

    /// Whether `warning` lies on the right side of `error` for `direction` (or equals it).
    public func isOrdered(for direction: Direction) -> Bool {
        switch direction {
        case .higherIsWorse: warning <= error
        case .lowerIsWorse: warning >= error
        }
    }

    /// The severity of `value`, or nil when it is within both thresholds.
    public func severity(of value: Double, direction: Direction) -> Severity? {
        switch direction {
        case .higherIsWorse:
            if value > error { return .error }
            if value > warning { return .warning }
        case .lowerIsWorse:
            if value < error { return .error }
            if value < warning { return .warning }
        }
        return nil
    }
}
