import AccrueKit
import SourceScan
import FileScanning
import ModuleGraph

/// The `accrue modules --format json` document, schema `accrue.modules/1` (see docs/modules-json.md).
public struct ModulesDocument: Encodable {
    struct File: Encodable {
        var path: String
        var code: Int
    }

    struct Module: Encodable {
        var name: String
        var ecosystem: String
        var kind: String
        var manifest: String
        var manifestLine: Int
        var roots: [String]
        var files: [String]
        var testFiles: [String]
        var lines: LineCounts
        var testLines: LineCounts
        var largestFiles: [File]
        var budgetStatus: String
        var afferent: Int
        var efferent: Int
        var instability: Double
        var abstractness: Double?
        var distance: Double?
        var declaredDependencies: [String]
        var declaredButUnused: [String]
        var usedButUndeclared: [String]
        var externalImports: Int
        var revisions: Int

        enum CodingKeys: String, CodingKey {
            case name, ecosystem, kind, manifest, roots, files, lines, afferent, efferent, instability, revisions
            case abstractness, distance
            case manifestLine = "manifest_line"
            case testFiles = "test_files"
            case testLines = "test_lines"
            case largestFiles = "largest_files"
            case budgetStatus = "budget_status"
            case declaredDependencies = "declared_dependencies"
            case declaredButUnused = "declared_but_unused"
            case usedButUndeclared = "used_but_undeclared"
            case externalImports = "external_imports"
        }
    }

    struct Edge: Encodable {
        var from: String
        var to: String
        var sites: Int
        var files: [String]
        /// Set only when no file of `from` imports `to` itself: the modules it reaches `to` through.
        var via: [String]? = nil
    }

    struct Cycle: Encodable {
        var modules: [String]
        var cut: [Edge]
    }

    struct Coupling: Encodable {
        var first: String
        var second: String
        var degree: Int
        var sharedRevisions: Int
        var firstRevisions: Int
        var secondRevisions: Int
        var hasImport: Bool
        var rippleRevisions: Int
        var hidden: Bool
        var commits: [String]

        enum CodingKeys: String, CodingKey {
            case first, second, degree, commits, hidden
            case rippleRevisions = "ripple_revisions"
            case sharedRevisions = "shared_revisions"
            case firstRevisions = "first_revisions"
            case secondRevisions = "second_revisions"
            case hasImport = "has_import"
        }
    }

    /// A manifest that could not be read in full: the document's own shape, whatever the reader's type holds.
    struct Warning: Encodable {
        var path: String
        var line: Int
        var message: String
    }

    struct Budget: Encodable {
        var warning: Int
        var error: Int
    }

    let schema = "accrue.modules/1"
    let accrueVersion: String
    let commit: String?
    let budget: Budget
    let modules: [Module]
    let edges: [Edge]
    let cycles: [Cycle]
    let unownedFiles: [String]
    let warnings: [Warning]
    /// Null when history was not read (`--no-history`).
    let changeCoupling: [Coupling]?
    let stableImports: [Edge]?
    let historyCommits: Int?

    enum CodingKeys: String, CodingKey {
        case schema, commit, budget, modules, edges, cycles, warnings
        case accrueVersion = "accrue_version"
        case unownedFiles = "unowned_files"
        case changeCoupling = "change_coupling"
        case stableImports = "stable_imports"
        case historyCommits = "history_commits"
    }

    public init(_ report: ModuleReport, accrueVersion: String) {
        self.accrueVersion = accrueVersion
        commit = report.scan.commit
        budget = Budget(warning: report.budget.warning, error: report.budget.error)
        modules = report.modules.map { module in
            let declaration = module.declaration
            return Module(
                name: declaration.name, ecosystem: declaration.ecosystem, kind: declaration.kind.rawValue,
                manifest: declaration.manifest, manifestLine: declaration.line, roots: declaration.roots,
                files: module.files, testFiles: module.testFiles, lines: module.lines, testLines: module.testLines,
                largestFiles: module.largestFiles.map { File(path: $0.path, code: $0.code) },
                budgetStatus: module.budgetStatus?.rawValue ?? "ok", afferent: module.afferent,
                efferent: module.efferent, instability: (module.instability * 1000).rounded() / 1000,
                abstractness: module.abstractness.map { ($0 * 1000).rounded() / 1000 },
                distance: module.distance.map { ($0 * 1000).rounded() / 1000 },
                declaredDependencies: declaration.dependencies, declaredButUnused: module.declaredButUnused,
                usedButUndeclared: module.usedButUndeclared, externalImports: module.externalImports,
                revisions: module.revisions)
        }
        edges = report.edges.map { Edge(from: $0.from, to: $0.to, sites: $0.sites, files: $0.files, via: $0.via) }
        cycles = report.cycles.map { cycle in
            Cycle(modules: cycle.modules, cut: cycle.cut.map { Edge(from: $0.from, to: $0.to, sites: $0.sites, files: $0.files, via: $0.via) })
        }
        unownedFiles = report.unownedFiles
        warnings = report.warnings.map { Warning(path: $0.path, line: $0.line, message: $0.message) }
        let hasHistory = report.history != nil
        changeCoupling = hasHistory ? report.changeCoupling.map {
            Coupling(
                first: $0.first, second: $0.second, degree: $0.degree, sharedRevisions: $0.sharedRevisions,
                firstRevisions: $0.firstRevisions, secondRevisions: $0.secondRevisions, hasImport: $0.hasImport,
                rippleRevisions: $0.rippleRevisions, hidden: $0.isHidden, commits: $0.commits)
        } : nil
        stableImports = hasHistory ? report.stableImports.map { Edge(from: $0.from, to: $0.to, sites: $0.sites, files: $0.files) } : nil
        historyCommits = report.history?.commits
    }
}
