import DebtModel

/// A module's findings charged to the files whose changes pay them.
///
/// A module-scope finding is paid on the module's changes its rule's `activity` names: every change to the
/// module's code files (`module_changes`: over its size budget, a change needs the module's context), or
/// only those that cross its boundary (`crossing_changes`: instability, main-sequence distance, cycles, whose
/// cost is carrying a change into the modules around it). Either way each file a commit touches counts once,
/// so a file's share of the finding's interest is `file changes ÷ module changes × interest` =
/// `file changes × baseline hours × friction × saturation`, counting the same kind of changes on both sides,
/// and the shares of a module's files add up to the finding's interest. Pair findings stay with their modules.
public enum ModuleInterest {
    /// One file's changes per month: all of them, and those that cross its module's boundary.
    public struct FileChanges: Hashable, Sendable {
        public var all: Double
        public var crossing: Double

        public init(all: Double, crossing: Double = 0) {
            self.all = all
            self.crossing = crossing
        }

        /// The changes a finding with this activity is paid on.
        public func paying(_ activity: Rule.ActivityBasis) -> Double {
            activity == .crossingChanges ? crossing : all
        }
    }

    /// One file's share of a module finding's interest, in hours per month (0 for other subjects).
    public static func share(of finding: Finding, file: FileChanges) -> Double {
        guard case .module = finding.subject, finding.interest.changesPerMonth > 0 else { return 0 }
        return finding.interest.hoursPerMonth * file.paying(finding.interest.activity) / finding.interest.changesPerMonth
    }

    /// Every file's share of its module's findings, in hours per month, by path.
    public static func sharesByFile(
        _ findings: [Finding], moduleOfFile: [String: String], changes: [String: FileChanges]
    ) -> [String: Double] {
        var byModule: [String: [Finding]] = [:]
        for finding in findings {
            if case .module(let name) = finding.subject { byModule[name, default: []].append(finding) }
        }
        var shares: [String: Double] = [:]
        for (path, file) in changes {
            guard let module = moduleOfFile[path], let owed = byModule[module] else { continue }
            shares[path] = owed.reduce(0) { $0 + share(of: $1, file: file) }
        }
        return shares
    }
}
