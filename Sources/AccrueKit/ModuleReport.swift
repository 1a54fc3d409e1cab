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
        /// Declared dependencies on modules of this repository that no import uses.
        public var declaredButUnused: [String]
        /// Modules of this repository it imports without declaring them (for manifests that declare).
        public var usedButUndeclared: [String]
        /// Imports that resolve to nothing in this repository (system and third-party).
        public var externalImports: Int
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
    }

    /// A cycle between modules and the weakest edges whose removal breaks it.
    public struct Cycle: Sendable, Hashable {
        public var modules: [String]
        public var cut: [Edge]
    }

    public var modules: [Module]
    public var edges: [Edge]
    public var cycles: [Cycle]
    /// Scanned source files no module owns, sorted.
    public var unownedFiles: [String]
    public var warnings: [ManifestWarning]
    public var budget: ModuleSettings.Budget
    /// The file scan the modules were built from.
    public var scan: FileScanResult
}
