import DebtLedger
import PlanNaming
import SymbolScan

/// Everything the planner reads: priced findings and the structure behind them.
///
/// Built by AccrueKit from a scan report; the planner never reads files or history itself.
public struct PlanInput: Sendable {
    /// Every finding of the scan, priced.
    public var findings: [Finding]
    /// Total interest per month before any stage (the series starts here).
    public var interestHoursPerMonth: Double
    /// Modules with their files; only oversized, unstable and distant modules need `dependencies`, `coChanges` and `callers`.
    public var modules: [PlanModule]
    /// Files with findings, by path: code lines, declarations, functions.
    public var files: [String: PlanFile]
    public var cycles: [PlanCycle]
    public var couplings: [PlanCoupling]
    /// Modules with an `instability` finding: their dependents and imports (their `modules` entry carries
    /// files, dependencies and callers, as an oversized module's does).
    public var stabilities: [PlanStability]
    /// Modules with a `main-sequence-distance` finding: their type counts and who uses which of their names (their
    /// `modules` entry carries files with declarations).
    public var abstractions: [PlanAbstraction]
    /// The imports between modules, so that no stage proposes one that closes a cycle.
    public var imports: PlanImports
    /// The external packages the repository's modules declare (dependencies that are none of its modules), in the
    /// spellings their registries compare (`PlanInput.externalNames`): no new module takes one
    /// (riverpod's devtool depends on the pub package `vm_service`).
    public var externalNames: Set<String>
    /// The test code's files: a test needs no characterization tests before it is simplified.
    public var testFiles: Set<String> = []
    /// Every other path the scan saw, the files it measured (docs, data, markup too) and those it left out (vendored,
    /// generated, binary): a new module's folder is none of the folders already there.
    public var otherPaths: [String] = []

    /// Creates an input.
    public init(
        findings: [Finding], interestHoursPerMonth: Double, modules: [PlanModule], files: [String: PlanFile],
        cycles: [PlanCycle], couplings: [PlanCoupling], stabilities: [PlanStability] = [],
        imports: PlanImports = PlanImports(), abstractions: [PlanAbstraction] = [], externalNames: Set<String> = []
    ) {
        self.externalNames = externalNames
        self.stabilities = stabilities
        self.abstractions = abstractions
        self.imports = imports
        self.findings = findings
        self.interestHoursPerMonth = interestHoursPerMonth
        self.modules = modules
        self.files = files
        self.cycles = cycles
        self.couplings = couplings
    }
}

/// One source file as the planner sees it.
public struct PlanFile: Hashable, Sendable {
    public var path: String
    public var codeLines: Int
    /// Top-level declarations with their regions (empty when the language has none the scanner knows).
    public var declarations: [Declaration]
    /// Every name the file declares at top level, sorted.
    public var declaredNames: [String]
    /// For each of `declarations`, the indices of the others it uses (`SymbolFacts.internalUses`; empty when
    /// unknown).
    public var declarationUses: [[Int]]
    /// Functions with their sizes, for simplification stages.
    public var functions: [PlanFunction]
    /// Its decayed changes a month (`ScanReport.Account.changes.all`): what it pays its module's size friction on.
    public var changesPerMonth = 0.0
    /// Its top-level names no other module can use (Java's package-private, Kotlin's `internal`, C#'s default).
    public var moduleInternalNames: [String] = []
    /// The code lines of its declarations marked deprecated, read only for a file over its size (AccruePlan's
    /// `PlanDeprecations`): mostly deprecated, it is repaid by removing them, not split.
    public var deprecatedLines = 0
    /// Rust: the attributes above each inline `mod` item, by its declaration's start line, each on one line
    /// (`#[cfg(all(test, not(crossbeam_loom)))]`), read for a file over its size: they stay with the `mod x;` line a
    /// split leaves. A start line missing here was not read.
    public var rustAttributes: [Int: [String]] = [:]
    /// Rust: the visibility written before each of those `mod` items that has one (`pub`, `pub(crate)`), by start line.
    public var rustVisibilities: [Int: String] = [:]
    /// Why its published module's users can name nothing it declares, where that is known (AccruePlan's
    /// `PlanRustPublication`: a Rust file whose items are `pub(crate)` or private, or which only a `mod` line that is
    /// not `pub` reaches): a split moving only such files breaks none of them. Nil where they may.
    public var unpublishedBecause: String?
    /// C and C++: its `static` names, which only the file can use, read for a source file over its size.
    public var filePrivateNames: [String] = []
    /// The build files' lines that list it by name, as `path:line` (`CMakeLists.txt:179`), read for a C or C++ source
    /// file over its size: a file split off it is listed beside it.
    public var buildListings: [String] = []

    /// Creates a file.
    public init(
        path: String, codeLines: Int, declarations: [Declaration] = [], declaredNames: [String] = [],
        declarationUses: [[Int]] = [], functions: [PlanFunction] = [], changesPerMonth: Double = 0
    ) {
        self.path = path
        self.codeLines = codeLines
        self.declarations = declarations
        self.declaredNames = declaredNames
        self.declarationUses = declarationUses
        self.functions = functions
        self.changesPerMonth = changesPerMonth
    }
}

/// One function's figures.
public struct PlanFunction: Hashable, Sendable {
    public var name: String
    public var line: Int
    public var length: Int
    public var complexity: Int
    public var nesting: Int

    /// Creates a function.
    public init(name: String, line: Int, length: Int, complexity: Int, nesting: Int) {
        self.name = name
        self.line = line
        self.length = length
        self.complexity = complexity
        self.nesting = nesting
    }
}

/// A module with what a split needs: its files, how they depend on each other, who calls into it.
public struct PlanModule: Hashable, Sendable {
    public var name: String
    /// Manifest grammar (`swiftpm`, `cargo`, `go`, `folder`…): decides how a new module is declared.
    public var ecosystem: String
    public var roots: [String]
    /// The manifest path that declares it.
    public var manifest: String
    /// Non-test source files a split may move (code, not data or markup).
    public var files: [PlanFile]
    /// Uses between its files, from declarations and uses (`SymbolGraph`).
    public var dependencies: [FileDependency]
    /// Change sets in which two of its files changed together.
    public var coChanges: [FilePair]
    /// Files of other modules that use names declared in this one, with those names.
    public var callers: [Caller]
    /// Python: the folders holding an `__init__.py` (regular packages; a folder above them without one is a
    /// namespace package, `langgraph/` of `langgraph/checkpoint/postgres/`). Empty elsewhere.
    public var packageFolders: Set<String>
    /// The file listing it as a member of a workspace (a pub workspace's root pubspec.yaml, the cabal.project or
    /// stack.yaml above a Cabal package), where a new module split off it is listed too; empty for none.
    public var workspace: String
    /// How its build names projects where a name is not enough, by name (`ModuleLayout.coordinates`: a Leiningen
    /// project's own `ring/ring-core "1.15.5"` and those of its `:dependencies`); empty elsewhere.
    public var coordinates: [String: String]
    /// Rust: the crate's module tree (SymbolScan's `RustModuleTree`: which file declares each module file, `#[path]`
    /// attributes and Cargo's targets included, and what each file's `use` lines bind); nil elsewhere, or where the
    /// default layout is all there is to know (`RustModuleParents` then reads it from the paths).
    public var rustModules: RustModuleTree?
    /// Whether other modules may depend on it; an Xcode app or extension target is linked by none, so a part split off
    /// it is always its lower layer, which it depends on.
    public var isLinkable = true
    /// Whether users outside the repository depend on it (`ModuleLayout.isPublished`): a split keeps its names
    /// reachable through it, or says that it breaks them.
    public var isPublished = false
    /// The strings naming its files by their dotted module path (Python's `"pkg.mod.Class"`), wherever they are: a
    /// split rewrites them as the files move, and weighs those the module's files hold as uses. Empty elsewhere.
    public var dottedReferences: [DottedReference] = []

    /// Code lines of the module as the budget counts them (its files may leave out data and markup, which
    /// no stage moves).
    public var codeLines: Int

    /// Creates a module.
    public init(
        name: String, ecosystem: String, roots: [String], manifest: String, files: [PlanFile], codeLines: Int? = nil,
        dependencies: [FileDependency] = [], coChanges: [FilePair] = [], callers: [Caller] = [],
        packageFolders: Set<String> = [], workspace: String = "", coordinates: [String: String] = [:],
        rustModules: RustModuleTree? = nil
    ) {
        self.rustModules = rustModules
        self.workspace = workspace
        self.coordinates = coordinates
        self.codeLines = codeLines ?? files.reduce(0) { $0 + $1.codeLines }
        self.name = name
        self.ecosystem = ecosystem
        self.roots = roots
        self.manifest = manifest
        self.files = files
        self.dependencies = dependencies
        self.coChanges = coChanges
        self.callers = callers
        self.packageFolders = packageFolders
    }
}

// How a split is spelled (PlanNaming) reads a module and its files through these.
extension PlanModule: ModuleLayout {}
extension PlanFile: LayoutFile {}

extension PlanModule {
    /// How a plan spells things in its ecosystem (PlanNaming's `ModuleNaming.spelling`: `swiftpm`, `go`, `dotnet`…).
    package var spelling: String { ModuleNaming.spelling(of: self) }
    /// `name` declared as an interface in its language (`protocol Name`, `interface IName`, `trait Name`).
    package func interfaceDeclaration(_ name: String) -> String { ModuleNaming.interface(name, ecosystem: spelling) }
    /// Where a new module `name` split off this one goes (PlanNaming's `ModuleNaming.folder`).
    package func folder(for name: String) -> String { ModuleNaming.folder(for: name, module: self) }
    /// The build's declaration of a new module `name` in `folder`, which of the two imports the other, and the
    /// modules the new one depends on besides.
    package func declaration(of name: String, folder: String, newIsLower: Bool, dependencies: [String] = []) -> String {
        ModuleNaming.declaration(of: name, folder: folder, module: self, newIsLower: newIsLower, dependencies: dependencies)
    }
    /// The step of a later batch whose files make the new module `name` depend on `dependencies`; nil for none.
    package func addedDependencies(_ dependencies: [String], of name: String) -> String? {
        ModuleNaming.addedDependencies(dependencies, of: name, module: self)
    }
    /// How this module passes on the names of a module `name` split off it as its lower layer, so its callers keep
    /// building, and, for a published module, that the new one is published with it (`ModuleNaming.passingOn`).
    package func forwarding(of name: String) -> [String] { ModuleNaming.passingOn(of: name, from: self, newIsLower: true, hasCallers: true) }
    /// The step that ends that forwarding; nil where there was none.
    package func forwardingRemoval(of name: String) -> String? { ModuleNaming.forwardingRemoval(of: name, from: self) }
    /// Whether callers of its moved code keep their import lines (a namespaced ecosystem: PHP, the JVM's, .NET).
    package var callersKeepImports: Bool { ModuleNaming.callersKeepImports(in: ecosystem) }
    /// Its files' names no other module can use (`PlanFile.moduleInternalNames`).
    package var moduleInternalNames: Set<String> { Set(files.flatMap(\.moduleInternalNames)) }
    /// Its files that leave it together or not at all, and those that move with or after others (SymbolScan's
    /// `BoundFiles`, by index into `files` and by path).
    package var boundFiles: BoundFiles {
        BoundFiles(
            declarations: files.map(\.declarations), declaredNames: files.map(\.declaredNames), paths: files.map(\.path),
            rust: rustModules)
    }
}

// PlanNaming's `RustModuleParents` reads the module tree SymbolScan builds.
extension RustModuleTree: RustModuleFiles {}

extension FileDependency {
    /// The file extends a type the other declares (SymbolScan's `SymbolGraph.extensionWeight`): the two move together.
    package var extendsType: Bool { weight >= SymbolGraph.extensionWeight }
}

/// A file outside a module that uses names the module declares.
public struct Caller: Hashable, Sendable {
    public var path: String
    public var names: [String]

    /// Creates a caller.
    public init(path: String, names: [String]) {
        self.path = path
        self.names = names
    }
}

/// Two files and how many change sets touched both.
public struct FilePair: Hashable, Sendable {
    public var first: String
    public var second: String
    public var count: Int

    /// Creates a pair.
    public init(first: String, second: String, count: Int) {
        self.first = first
        self.second = second
        self.count = count
    }
}
