/// A module's findings charged to the files whose changes pay them.
///
/// A module-scope finding (over its size budget, in a cycle, unstable where it hurts) makes every change to
/// one of the module's files costlier: the change needs the module's context. Its activity is the changes to
/// the module's files (each file a commit touches counts), so a file's share of the finding's interest is
/// `file changes ÷ module changes × interest` = `file changes × baseline hours × friction`, and the shares of
/// a module's files add up to the finding's interest. Pair findings stay with their modules.
public enum ModuleInterest {
    /// One file's share of a module finding's interest, in hours per month (0 for other subjects).
    public static func share(of finding: Finding, fileChangesPerMonth: Double) -> Double {
        guard case .module = finding.subject, finding.interest.changesPerMonth > 0 else { return 0 }
        return finding.interest.hoursPerMonth * fileChangesPerMonth / finding.interest.changesPerMonth
    }

    /// Every file's share of its module's findings, in hours per month, by path.
    public static func sharesByFile(
        _ findings: [Finding], moduleOfFile: [String: String], changesPerMonth: [String: Double]
    ) -> [String: Double] {
        var byModule: [String: [Finding]] = [:]
        for finding in findings {
            if case .module(let name) = finding.subject { byModule[name, default: []].append(finding) }
        }
        var shares: [String: Double] = [:]
        for (path, changes) in changesPerMonth {
            guard let module = moduleOfFile[path], let owed = byModule[module] else { continue }
            shares[path] = owed.reduce(0) { $0 + share(of: $1, fileChangesPerMonth: changes) }
        }
        return shares
    }
}
