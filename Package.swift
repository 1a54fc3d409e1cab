// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "accrue",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "accrue", targets: ["accrue"]),
        .library(name: "AccrueKit", targets: ["AccrueKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // MARK: The git layer. Only these targets touch libgit2.
        // libgit2 from the system (Debian: libgit2-dev).
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // What Swift cannot call: git_libgit2_opts is variadic.
        .target(name: "CGitShim", dependencies: ["CLibGit2"]),
        // Repositories, revisions, trees, the index, blobs and attributes as Swift values.
        .target(name: "GitCore", dependencies: ["CLibGit2", "CGitShim"], exclude: ["README.md"]),
        // The history walk: commits, numstat line counts, renames, authors after .mailmap.
        .target(name: "GitHistory", dependencies: ["GitCore", "CLibGit2", "LineDiff"], exclude: ["README.md"]),
        // Lines of two blobs as hashes, and the added and deleted lines between them counted as git's xdiff counts.
        .target(name: "LineDiff", exclude: ["README.md"]),

        // MARK: Pure analysis core. No I/O below this line.
        // Per-file facts from bytes: languages, line classes, functions, complexity, imports.
        // Optimized even in debug builds: tests lex 50 MB inputs, which take seconds unoptimized.
        .target(name: "SourceScan", dependencies: ["Lexing"], exclude: ["README.md"], swiftSettings: [.unsafeFlags(["-O"])]),
        // The data-driven lexer: a `Language` in, tokens with word codes and code/comment/blank line counts out.
        // Optimized even in debug builds, like SourceScan.
        .target(name: "Lexing", exclude: ["README.md"], swiftSettings: [.unsafeFlags(["-O"])]),
        // Which files a scan counts and why not: vendored, generated, minified, amalgamated, too large, configured.
        .target(
            name: "FileClassification", dependencies: ["SourceScan"], exclude: ["README.md"],
            swiftSettings: [.unsafeFlags(["-O"])]),
        // Functions with cyclomatic complexity and nesting, from the lexer's tokens (lizard's rules).
        .target(
            name: "FunctionScan", dependencies: ["Lexing", "FunctionTokens", "ScriptFunctions", "JavaScriptFunctions"],
            exclude: ["README.md"],
            swiftSettings: [.unsafeFlags(["-O"])]),
        // What every function grammar shares: the token stream, the recorder of functions and their complexity,
        // brace blocks, word codes.
        .target(
            name: "FunctionTokens", dependencies: ["SourceScan"], exclude: ["README.md"],
            // The grammars call its small methods per token from other modules: they are public and @inlinable
            // (`@inlinable package` was not inlined: the split cost 14% of `accrue files` on git/git until then).
            swiftSettings: [.unsafeFlags(["-O"])]),
        // The grammars of scripting languages: Python, Ruby, Elixir, Erlang, Clojure, Haskell, OCaml, shells.
        .target(
            name: "ScriptFunctions", dependencies: ["SourceScan", "FunctionTokens"], exclude: ["README.md"],
            swiftSettings: [.unsafeFlags(["-O"])]),
        // The JavaScript/TypeScript function grammar (lizard's bracket frames, type annotations, generics, JSX).
        .target(
            name: "JavaScriptFunctions", dependencies: ["SourceScan", "FunctionTokens"], exclude: ["README.md"],
            swiftSettings: [.unsafeFlags(["-O"])]),
        // Imports as written, from SourceScan's tokens, one grammar per import style.
        .target(
            name: "ImportScan", dependencies: ["SourceScan"], exclude: ["README.md"],
            swiftSettings: [.unsafeFlags(["-O"])]),

        // Files → modules (manifests read as text), the module import graph, cycles, coupling metrics.
        .target(name: "ModuleGraph", dependencies: ["SourceScan", "ImportScan"], exclude: ["README.md"]),
        // Module discovery over the tree: the readers run on every manifest, completed where manifests leave
        // source unowned (ModuleCoverage), and the references builds declare.
        .target(
            name: "Manifests",
            dependencies: [
                "BuildManifests", "JVMManifests", "PlainManifests", "SwiftManifests", "TargetManifests", "ModuleGraph",
                "SourceScan",
            ],
            exclude: ["README.md"]),
        // One reader per package manager: manifests read as text (never executed) into module declarations, a
        // package owning its folder.
        .target(
            name: "BuildManifests", dependencies: ["ModuleGraph", "ManifestSyntax", "SourceScan", "TOMLText"],
            exclude: ["README.md"]),
        // Maven, Gradle and sbt: JVM builds whose projects own their folders, read as text (never executed).
        .target(
            name: "JVMManifests", dependencies: ["BuildManifests", "ModuleGraph", "ManifestSyntax", "SourceScan"],
            exclude: ["README.md"]),
        // go.mod, Cabal and hpack, pubspec.yaml, OTP's .app.src, erlang.mk and Xcode's project.pbxproj: formats of their
        // own, each read by its reader's small parser (never executed).
        .target(
            name: "PlainManifests", dependencies: ["BuildManifests", "ModuleGraph"],
            exclude: ["README.md"]),
        // SwiftPM's Package.swift and its version-specific siblings, read as Swift tokens (never executed).
        .target(
            name: "SwiftManifests", dependencies: ["ModuleGraph", "SourceScan"],
            exclude: ["README.md"]),
        // CMake and Bazel: targets that own the sources they list, read as text (never executed).
        .target(
            name: "TargetManifests", dependencies: ["BuildManifests", "CMakeCommands", "ModuleGraph", "ManifestSyntax"],
            exclude: ["README.md"]),
        // CMake's own commands on strings and lists, run as CMake runs them: list(), string(), get_filename_component,
        // cmake_parse_arguments and CMake's regular expressions. Pure.
        .target(name: "CMakeCommands", exclude: ["README.md"]),
        // Build-file syntax with no module vocabulary: build-script tokens (Gradle, CMake, setup.py) and an XML
        // outline (pom.xml, MSBuild projects). Pure.
        .target(name: "ManifestSyntax", dependencies: ["SourceScan", "TOMLText"], exclude: ["README.md"]),
        // A tolerant TOML reader (Cargo.toml, pyproject.toml): documents with line-numbered problems. Pure.
        .target(name: "TOMLText", exclude: ["README.md"]),
        // Measurements → findings priced with principal, interest and payback (docs/model.md). Pure.
        .target(name: "DebtLedger", dependencies: ["DebtModel"], exclude: ["README.md"]),
        // History analyses over mined commits: churn, ownership, change coupling. Pure.
        .target(name: "Analyses", dependencies: ["GitHistory", "GitCore"], exclude: ["README.md"]),
        // The debt model's vocabulary: metrics, rules, severities, model parameters. Values only.
        .target(name: "DebtModel", exclude: ["README.md"]),
        // Each grammar's reading of a file's tokens into the declarations it finds (C, keyword, column, OCaml, Lua),
        // before SymbolScan closes their regions.
        .target(name: "DeclarationScan", dependencies: ["SourceScan"], exclude: ["README.md"]),
        // Top-level declarations and identifier uses per file, from SourceScan's tokens; file dependencies.
        .target(name: "SymbolScan", dependencies: ["SourceScan", "DeclarationScan"], exclude: ["README.md"]),
        // The plan's values (what the planner reads and writes) and one builder per stage kind: priced findings +
        // structure → the stages of one repair (accrue plan). Pure.
        .target(
            name: "Planning", dependencies: [
                "DebtLedger", "DebtModel", "PlanNaming", "SymbolScan",
            ], exclude: ["README.md"]),
        // The staged plan assembled: the builders run in order (the simplest, simplify-functions, lives here), then the
        // focus, the payback ordering, moved paths, numbers, the interest series and what no stage takes on. Pure.
        .target(
            name: "PlanAssembly",
            dependencies: ["Planning", "PlanBalance", "PlanNaming", "DebtLedger", "DebtModel", "SymbolScan"],
            exclude: ["README.md"]),
        // The builders that balance a depended-upon module (Martin's stability principles): stabilize an unstable one
        // (extract its stable core or invert imports), bring one far from the main sequence back (interfaces for the
        // concrete types its dependents use, or unused abstractions folded back in). Pure.
        .target(name: "PlanBalance", dependencies: [
            "Planning", "DebtLedger", "DebtModel", "SymbolScan",
        ], exclude: ["README.md"]),
        // How a plan spells a split in each ecosystem: a new module's name, folder and declaration, where a moved file
        // goes and its name, interfaces, visibility, forwarding. Pure.
        .target(name: "PlanNaming", dependencies: ["BuildSpelling"], exclude: ["README.md"]),
        // How a parent build lists a new module: Maven, Gradle, sbt, Mix, dune, CMake, Composer, Bazel, Cabal, pub,
        // Clojure and Xcode entries, each as accrue's manifest readers read it back. Pure.
        .target(name: "BuildSpelling", exclude: ["README.md"]),
        // The CI gate's core: baseline figures, the one-way ratchet, rule enforcement, comparison. Pure.
        .target(name: "Gate", dependencies: ["DebtModel"], exclude: ["README.md"]),

        // Work-tree files read by raw path into a buffer reused per thread.
        .target(name: "FileReading", exclude: ["README.md"]),

        // MARK: Data and wiring.
        // Reads rules/ (languages, excludes) into Lexing's and SourceScan's types.
        .target(
            name: "RuleCatalog",
            dependencies: [
                "Lexing", "SourceScan", "FileClassification", "ModuleGraph", "DebtModel", "Gate",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["README.md"],
            resources: [.copy("../../rules")]
        ),
        // The SQLite store (.accrue/accrue.sqlite): migrations, content-addressed caches, trend samples.
        .target(
            name: "TrendStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["README.md"]),
        // Every tracked file of a snapshot scanned on all cores: listed, classified, read, lexed, into file reports and
        // exclusions, with the per-file cache a store fills (FileFactsCache).
        .target(
            name: "FileScanning",
            dependencies: [
                "GitCore", "SourceScan", "FileClassification", "FunctionScan", "ImportScan", "FileReading",
                "FunctionTokens",
            ],
            exclude: ["README.md"]),
        // The facade: requests in, reports out. The only place the steps are wired together.
        .target(
            name: "AccrueKit",
            dependencies: [
                "FileScanning", "GitCore", "GitHistory", "SourceScan", "Analyses", "ModuleGraph", "Manifests",
                "RuleCatalog", "DebtModel", "DebtLedger", "FileClassification", "ImportScan", "ManifestSyntax",
            ],
            exclude: ["README.md"]
        ),
        // The store's caches behind AccrueKit's FileFactsCache and CommitCache: file facts by content, mined
        // commits by id, in the embedded SQLite store (`.accrue/accrue.sqlite`), and where that store lives.
        .target(
            name: "AccrueStore",
            dependencies: [
                "AccrueKit", "FileScanning", "TrendStore", "RuleCatalog", "GitCore", "GitHistory", "SourceScan",
                "FunctionScan", "ImportScan", "FileClassification", "FunctionTokens",
            ],
            exclude: ["README.md"]),
        // The trend's facade: sampled commits of the first-parent line scanned as `accrue scan --rev` would,
        // with the store's caches, and their figures kept in the store.
        .target(
            name: "AccrueTrend",
            dependencies: [
                "AccrueKit", "AccrueStore", "FileScanning", "GitCore", "SourceScan", "RuleCatalog", "TrendStore",
                "DebtLedger", "GitHistory", "ModuleGraph",
            ],
            exclude: ["README.md"]),
        // The CI gate's facade: baselines written and compared, over AccrueKit's scan.
        .target(
            name: "AccrueGate",
            dependencies: [
                "AccrueKit", "AccrueStore", "FileScanning", "Gate", "GitCore", "DebtLedger", "DebtModel", "RuleCatalog",
                "ModuleGraph", "TrendStore", "FunctionTokens", "SourceScan",
            ],
            exclude: ["README.md"]),
        // The staged plan's facade: the scan's findings and the symbols of the files they touch, planned.
        .target(
            name: "AccruePlan",
            dependencies: [
                "AccrueKit", "FileScanning", "PlanAssembly", "Planning", "SymbolScan", "SourceScan",
                "DebtLedger", "DebtModel", "ModuleGraph", "RuleCatalog", "GitHistory", "Analyses",
                "FileClassification", "FunctionTokens", "GitCore", "ImportScan", "BuildManifests",
            ],
            exclude: ["README.md"]),
        // accrue report's page: what it shows as plain values (ReportModel, accrue.report/1), rendered as the
        // self-contained HTML page and the Markdown with SVG charts. Pure.
        .target(name: "ReportPage", dependencies: ["DebtModel"], exclude: ["README.md"]),
        // The report's values built from a plan and stored samples.
        .target(
            name: "AccrueReport",
            dependencies: [
                "AccrueKit", "AccruePlan", "ReportPage", "Analyses", "DebtLedger", "DebtModel", "GitCore",
                "GitHistory", "ModuleGraph", "Planning", "SourceScan",
            ], exclude: ["README.md"]),
        // Terminal and JSON renderings of reports.
        .target(
            name: "Reporting",
            dependencies: [
                "AccrueKit", "AccruePlan", "AccrueTrend", "FileScanning", "SourceScan", "FunctionScan", "ImportScan",
                "DebtModel", "DebtLedger", "Planning", "Analyses", "FunctionTokens", "GitCore", "GitHistory",
                "ModuleGraph",
            ],
            exclude: ["README.md"]),
        // The gate's verdict rendered: text, JSON, Markdown (a PR comment), GitHub annotations, SARIF.
        .target(
            name: "GateReporting", dependencies: ["Reporting", "AccrueGate", "AccrueKit", "Gate", "DebtModel"],
            exclude: ["README.md"]),

        // MARK: The executable: translates flags, calls AccrueKit, prints.
        .executableTarget(
            name: "accrue",
            dependencies: [
                "AccrueKit", "AccrueGate", "AccruePlan", "AccrueReport", "AccrueStore", "AccrueTrend",
                "GateReporting", "Reporting", "ReportPage", "FileScanning", "RuleCatalog", "Gate", "GitCore", "DebtModel",
                "Analyses", "ModuleGraph", "SourceScan", "TrendStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests.
        .target(name: "TestSupport", dependencies: ["GitCore"], path: "Tests/Support"),
        .testTarget(name: "GitCoreTests", dependencies: ["GitCore", "TestSupport"]),
        .testTarget(name: "GitHistoryTests", dependencies: ["GitHistory", "LineDiff", "TestSupport", "GitCore"]),
        .testTarget(
            name: "ModuleGraphTests",
            dependencies: [
                "ModuleGraph", "ImportScan", "Manifests", "BuildManifests", "JVMManifests", "PlainManifests",
                "SwiftManifests", "TargetManifests", "TOMLText", "RuleCatalog", "TestSupport", "ManifestSyntax",
            ]),
        .testTarget(name: "DebtLedgerTests", dependencies: ["DebtLedger", "DebtModel"]),
        .testTarget(name: "AnalysesTests", dependencies: ["Analyses", "TestSupport", "GitCore", "GitHistory"]),
        .testTarget(
            name: "SourceScanTests",
            dependencies: [
                "SourceScan", "FileClassification", "FunctionScan", "ImportScan", "RuleCatalog", "TestSupport",
                "FunctionTokens", "ModuleGraph",
            ]),
        .testTarget(
            name: "AccrueKitTests",
            dependencies: [
                "AccrueKit", "AccrueGate", "AccrueStore", "AccruePlan", "AccrueTrend", "GateReporting", "Reporting",
                "TestSupport", "Planning", "PlanNaming", "Gate", "FileReading", "FileScanning", "Analyses", "DebtLedger",
                "DebtModel", "FunctionScan", "FunctionTokens", "GitCore", "GitHistory", "ImportScan", "ModuleGraph",
                "RuleCatalog", "SourceScan", "SymbolScan",
            ]),
        .testTarget(name: "GateTests", dependencies: ["Gate", "DebtModel"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "ReportPageTests", dependencies: ["ReportPage", "AccrueReport"]),
        .testTarget(name: "DebtModelTests", dependencies: ["DebtModel"]),
        .testTarget(
            name: "TrendStoreTests",
            dependencies: ["TrendStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "PlanningTests",
            dependencies: [
                "PlanAssembly", "PlanBalance", "Planning", "PlanNaming", "SymbolScan", "SourceScan", "DebtLedger",
                "DebtModel", "RuleCatalog", "Manifests", "ModuleGraph", "BuildManifests",
            ]),
        .testTarget(name: "RuleCatalogTests", dependencies: [
            "RuleCatalog", "DebtModel", "ModuleGraph", "TestSupport", "FileClassification", "SourceScan",
        ]),
    ]
)

// Every file imports the modules whose members it uses (SE-0444): without it, a member of a module imported by
// another file of the same target compiles, and the import graph accrue reads of itself misses the dependency.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
