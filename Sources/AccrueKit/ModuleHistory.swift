import Analyses
import GitHistory

/// Joins the module graph with history: which modules change together, with or without importing each
/// other, and which imports connect modules that never change together.
///
/// Input: the history's commits with paths already resolved to their last names (`FileLineage`), a
/// path → module mapping, and the import edges. Change sets follow the coupling settings (grouping and
/// the size limit), so module coupling means the same as file coupling.
struct ModuleHistory {
    let coupling: ChangeCoupling

    struct Result {
        var pairs: [ModuleReport.ChangeCoupling]
        var stableImports: [ModuleReport.Edge]
        /// Change sets per module in the window.
        var revisions: [String: Int]
    }

    /// `testImports` are the modules each module's own test files import: no edge (tests build apart), but a
    /// dependency in plain sight, so two modules one of whose tests import the other change together openly
    /// (cats' alleycats-core is tested in alleycats-laws).
    func join(
        commits: [Commit], module: (String) -> String?, edges: [ModuleReport.Edge], testImports: [String: Set<String>] = [:],
        testModules: Set<String> = []
    ) -> Result {
        let connected = edges.map { ($0.from, $0.to) } + testImports.flatMap { from, targets in targets.map { (from, $0) } }
        let imports = Set(connected.flatMap { ["\($0.0)\u{0}\($0.1)", "\($0.1)\u{0}\($0.0)"] })
        // One grouping pass serves the pairs, the co-changes and the revisions.
        let found = coupling.changeSets(commits, entity: module)
        let ripples = Ripples(found: found, edges: edges)
        let pairs = coupling.measure(found).map { pair in
            var joined = ModuleReport.ChangeCoupling(
                first: pair.entity, second: pair.coupled, degree: pair.degree, sharedRevisions: pair.sharedRevisions,
                firstRevisions: pair.entityRevisions, secondRevisions: pair.coupledRevisions,
                hasImport: imports.contains("\(pair.entity)\u{0}\(pair.coupled)"),
                involvesTests: testModules.contains(pair.entity) || testModules.contains(pair.coupled),
                commits: pair.commits)
            if !joined.hasImport {
                joined.rippleRevisions = ripples.count(pair)
                joined.isRipple = !coupling.holds(
                    shared: pair.sharedRevisions - joined.rippleRevisions, first: pair.entityRevisions,
                    second: pair.coupledRevisions)
            }
            return joined
        }
        // Every co-change, however rare, to find imports whose ends never change together.
        let together = coupling.coChangingPairs(found)
        // Every entity of a change set is in some commit, so this also covers sumOfCoupling's entities.
        let revisions = found.revisions
        // A test target's imports are what it tests or uses to test, no design coupling to report.
        let stable = edges.filter {
            !testModules.contains($0.from) && !together.contains("\($0.from)\u{0}\($0.to)")
                && (revisions[$0.from] ?? 0) > 0 && (revisions[$0.to] ?? 0) > 0
        }
        return Result(pairs: pairs, stableImports: stable, revisions: revisions)
    }
}

/// Shared changes of two modules that also changed a module both import: the ripple of a change to their
/// common dependency (a new parameter on retrofit's Converter reaches every converter), not a hidden dependency.
private struct Ripples {
    let found: ChangeSets
    let setOfCommit: [String: Int]
    let dependencies: [String: Set<String>]

    init(found: ChangeSets, edges: [ModuleReport.Edge]) {
        self.found = found
        setOfCommit = found.setOfCommit()
        dependencies = Dictionary(edges.map { ($0.from, [$0.to]) }, uniquingKeysWith: { $0.union($1) })
    }

    /// How many of the pair's shared change sets touched a module both sides import.
    func count(_ pair: CouplingPair) -> Int {
        let common = (dependencies[pair.entity] ?? []).intersection(dependencies[pair.coupled] ?? [])
        guard !common.isEmpty else { return 0 }
        let sets = Set(pair.commits.compactMap { setOfCommit[$0] })
        return sets.filter { found.entities(of: $0).contains(where: common.contains) }.count
    }
}
