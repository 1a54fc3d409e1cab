import CMakeCommands
import ModuleGraph

/// The binary tests of `if()` on two known strings, as CMake runs them: `STREQUAL` and `STRLESS`… compare bytes,
/// `EQUAL` and `LESS`… numbers (false when either is not one), `VERSION_EQUAL` and `VERSION_LESS`… versions component
/// by component (a missing component is zero), `MATCHES` a regular expression (CMakeRegex; unknown when it does not
/// compile), `PATH_EQUAL` paths component by component; nil for a test answered from the file system.
enum CMakeComparison {
    static func compare(_ test: String, _ left: String, _ right: String) -> Bool? {
        switch test {
        case "STREQUAL": return left == right
        case "PATH_EQUAL": return components(left) == components(right)
        case "MATCHES": return CMakeRegex(right).map { $0.matches(left) }
        default: break
        }
        guard let order = order(test, left, right) else { return nil }
        return accepts(test, order)
    }

    /// Whether two folders written relative to the manifest's are one.
    static func samePath(_ left: String, _ right: String) -> Bool {
        ManifestContext.join("", left) == ManifestContext.join("", right)
    }

    /// How `left` compares with `right` (-1, 0, 1) under the test's kind of comparison; nil when the test is not an
    /// ordering, and `.max` when it is numeric and either side is no number (every such test is then false).
    private static func order(_ test: String, _ left: String, _ right: String) -> Int? {
        if test.hasPrefix("VERSION_") { return sign(version(left).lexicographicallyPrecedes(version(right)), version(left) == version(right)) }
        if test.hasPrefix("STR") {
            return sign(Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8)), left == right)
        }
        guard ["EQUAL", "LESS", "GREATER", "LESS_EQUAL", "GREATER_EQUAL"].contains(test) else { return nil }
        guard let lhs = Double(left), let rhs = Double(right) else { return .max }
        return sign(lhs < rhs, lhs == rhs)
    }

    private static func sign(_ less: Bool, _ equal: Bool) -> Int {
        equal ? 0 : less ? -1 : 1
    }

    /// Whether an ordering satisfies the test (`LESS_EQUAL`: -1 or 0).
    private static func accepts(_ test: String, _ order: Int) -> Bool {
        guard order != .max else { return false }
        if test.hasSuffix("LESS_EQUAL") { return order <= 0 }
        if test.hasSuffix("GREATER_EQUAL") { return order >= 0 }
        if test.hasSuffix("LESS") { return order < 0 }
        if test.hasSuffix("GREATER") { return order > 0 }
        return order == 0
    }

    /// A version's numeric components (the leading digits of each, 0 when none), padded to four.
    private static func version(_ text: String) -> [Int] {
        var parts = text.split(separator: ".", omittingEmptySubsequences: false).map { part in
            Int(part.prefix { $0.isASCII && $0.isNumber }) ?? 0
        }
        while parts.count < 4 { parts.append(0) }
        return parts
    }

    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/")
    }
}
