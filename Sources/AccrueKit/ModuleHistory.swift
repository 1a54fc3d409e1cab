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

    func join(
        commits: [Commit], module: (String) -> String?, edges: [ModuleReport.Edge], testModules: Set<String> = []
    ) -> Result {
        let imports = Set(edges.flatMap { ["\($0.from)\u{0}\($0.to)", "\($0.to)\u{0}\($0.from)"] })
        // One pass: coupled pairs; every co-change, however rare, to find imports whose ends never change
        // together; and commits per module (every commit, no grouping or size limit).
        let (found, together, revisions) = coupling.measureAll(commits, entity: module)
        let pairs = found.map { pair in
            ModuleReport.ChangeCoupling(
                first: pair.entity, second: pair.coupled, degree: pair.degree, sharedRevisions: pair.sharedRevisions,
                firstRevisions: pair.entityRevisions, secondRevisions: pair.coupledRevisions,
                hasImport: imports.contains("\(pair.entity)\u{0}\(pair.coupled)"),
                involvesTests: testModules.contains(pair.entity) || testModules.contains(pair.coupled),
                commits: pair.commits)
        }
        let stable = edges.filter {
            !together.contains("\($0.from)\u{0}\($0.to)") && (revisions[$0.from] ?? 0) > 0 && (revisions[$0.to] ?? 0) > 0
        }
        return Result(pairs: pairs, stableImports: stable, revisions: revisions)
    }
}
