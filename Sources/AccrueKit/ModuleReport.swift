import FileScanning
import ModuleGraph
import SourceScan

/// Modules with their sizes against the budget, the import graph between them, and its cycles.
public struct ModuleReport: Sendable {
    /// One module's measurements.
    public struct Module: Sendable {
        public var declaration: ModuleDeclaration
        /// Non-test source files, sorted.
        public var files: [String]
        public var testFiles: [String]
        /// Lines of the non-test files (what the budget counts).
        public var lines: LineCounts
        public var testLines: LineCounts
        /// The largest non-test files by code lines, most first (at most five).
        public var largestFiles: [(path: String, code: Int)]
        /// `warning` or `error` when the module's code lines exceed the budget, nil within it.
        public var budgetStatus: BudgetStatus?
        public var afferent: Int
        public var efferent: Int
        public var instability: Double
        /// Abstract types ÷ all types, nil when no file's language measures it or the module declares none.
        public var abstractness: Double?
        /// Distance from the main sequence |A + I − 1|, nil without abstractness.
        public var distance: Double? { abstractness.map { abs($0 + instability - 1) } }
        /// Declared dependencies on modules of this repository that no import uses.
        public var declaredButUnused: [String]
        /// Modules of this repository it imports without declaring them (for manifests that declare).
        public var usedButUndeclared: [String]
        /// Imports that resolve to nothing in this repository (system and third-party).
        public var externalImports: Int
        /// Change sets that touched the module in the history window.
        public var revisions: Int
    }

    public enum BudgetStatus: String, Sendable, Codable {
        case warning
        case error
    }

    /// A module-to-module import edge, by module name.
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        public var sites: Int
        public var files: [String]
        /// Where one of its imports is, as `path:line` (the first in the first file): where a reader starts
        /// to cut it. Nil for an edge no import makes (a .NET project reference).
        public var firstImport: String? = nil
        /// For an edge no import of `from`'s makes, the modules `from` imports that re-export `to` (sorted); nil
        /// when `from` imports `to` itself somewhere.
        public var via: [String]? = nil
    }

    /// Two modules that change together (code-maat's thresholds), with the commits behind it.
    public struct ChangeCoupling: Sendable, Hashable {
        public var first: String
        public var second: String
        public var degree: Int
        public var sharedRevisions: Int
        public var firstRevisions: Int
        public var secondRevisions: Int
        /// Whether either imports the other. Without an import, the coupling is hidden: a shared concept,
        /// copy-paste or shotgun surgery that the structure does not show.
        public var hasImport: Bool
        /// Whether one side is a test target: tests change with the code they test, imported or not.
        public var involvesTests: Bool = false
        public var commits: [String]
        /// Shared change sets that also changed a module both import: a ripple from their common dependency
        /// (retrofit's converters all change when the Converter API in `:retrofit` does), counted without an import.
        public var rippleRevisions: Int = 0
        /// Whether, without those ripples, the two would not be coupled: siblings, not a hidden dependency.
        public var isRipple: Bool = false
        /// Neither imports the other, neither is a test target, and their ripples do not explain it.
        public var isHidden: Bool { !hasImport && !involvesTests && !isRipple }
    }

    /// A cycle between modules and the weakest edges whose removal breaks it.
    public struct Cycle: Sendable, Hashable {
        public var modules: [String]
        public var cut: [Edge]
    }

    /// What history the report rests on.
    public struct HistoryWindow: Sendable, Hashable {
        public var commits: Int
        public var isShallow: Bool
        public var isPartialClone = false
    }

    public var modules: [Module]
    public var edges: [Edge]
    public var cycles: [Cycle]
    /// Scanned source files no module owns, sorted.
    public var unownedFiles: [String]
    /// Module change coupling from history (empty when history was not read).
    public var changeCoupling: [ChangeCoupling]
    /// Change couplings between modules that do not import each other.
    /// Test targets are left out: they change with what they test, which is not a hidden dependency; so are
    /// siblings whose shared changes are mostly ripples from a module they both import.
    public var hiddenCouplings: [ChangeCoupling] { changeCoupling.filter(\.isHidden) }
    /// The hidden couplings grouped by the modules they link (connected components: vite's sixteen starter templates
    /// make one group of 79 pairs), in the order of each group's first pair; a lone pair is a group of one.
    public var hiddenCouplingGroups: [[ChangeCoupling]] {
        let pairs = hiddenCouplings
        var leader: [String: String] = [:]
        func root(_ name: String) -> String {
            var name = name
            while let next = leader[name], next != name { name = next }
            return name
        }
        for pair in pairs {
            let (first, second) = (root(pair.first), root(pair.second))
            leader[first] = first
            if first != second { leader[second] = first }
        }
        var order: [String] = []
        var groups: [String: [ChangeCoupling]] = [:]
        for pair in pairs {
            let group = root(pair.first)
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(pair)
        }
        return order.compactMap { groups[$0] }
    }
    /// Import edges whose two modules both changed in the window but never in the same change set.
    public var stableImports: [Edge]
    /// The commit window history was read from, or nil when history was not read.
    public var history: HistoryWindow?
    public var warnings: [ManifestWarning]
    public var budget: ModuleSettings.Budget
    /// The file scan the modules were built from.
    public var scan: FileScanResult
}

extension ModuleReport {
    /// Per module, the modules that ship, import it and are more stable than it (lower instability), sorted:
    /// where the Stable Dependencies Principle is broken, a change to it ripples into a module meant to change
    /// less. Test targets depend on nothing here, as in the coupling metrics. Modules without any are absent.
    public func moreStableDependents() -> [String: [String]] {
        let byName = Dictionary(modules.map { ($0.declaration.name, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [String: Set<String>] = [:]
        for edge in edges where edge.from != edge.to {
            guard let from = byName[edge.from], let to = byName[edge.to],
                from.declaration.kind != .test, to.declaration.kind != .test,
                from.instability < to.instability - 1e-9
            else { continue }
            result[edge.to, default: []].insert(edge.from)
        }
        return result.mapValues { $0.sorted() }
    }

    /// Per module, how much more unstable it is than the most stable module that ships and imports it:
    /// I − min I(dependent), 0 when no dependent is more stable (the size of the Stable Dependencies
    /// Principle's violation, which the `instability` rule prices). Computed from the counts in one division,
    /// Ce/n − Ce'/n' = (Ce·n' − Ce'·n) ÷ (n·n'), so that 12/20 − 1/2 is 0.1 exactly, as the rule's threshold is.
    /// `moreStable` is `moreStableDependents()`, which the caller has already.
    public func instabilityGaps(moreStable: [String: [String]]) -> [String: Double] {
        let byName = Dictionary(modules.map { ($0.declaration.name, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [String: Double] = [:]
        for (name, dependents) in moreStable {
            guard let module = byName[name] else { continue }
            let n = module.afferent + module.efferent
            let gaps = dependents.compactMap { byName[$0] }.map { dependent -> Double in
                let m = dependent.afferent + dependent.efferent
                guard n > 0, m > 0 else { return module.instability - dependent.instability }
                return Double(module.efferent * m - dependent.efferent * n) / Double(n * m)
            }
            result[name] = gaps.max() ?? 0
        }
        return result
    }
}
