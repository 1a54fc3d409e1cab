import Analyses
import FileScanning
import Foundation
import GitCore
import Manifests
import ModuleGraph
import RuleCatalog
import SourceScan
import GitHistory
import ImportScan

/// Builds the module report: scan → discover modules → assign files → resolve imports → graph → cycles.
public struct ModuleAnalyzer: Sendable {
    public let catalog: RuleCatalog
    private var code: CodeLanguages

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
        self.code = CodeLanguages(languages: catalog.languages, settings: catalog.scan)
    }

    public func run(_ request: FileScanRequest) throws(GitError) -> ModuleReport {
        let scan = try FileScanner(languages: catalog.languages, settings: catalog.scan).scan(request)
        return analyze(scan)
    }

    /// Scans, then joins the modules with the history up to the scanned commit.
    ///
    /// `history` carries the window and thresholds; its revision and path are replaced by the scan's,
    /// and its exclusions by the scanner's path rules, so both halves see the same files.
    public func run(_ request: FileScanRequest, history: HistoryRequest) throws -> ModuleReport {
        let scan = try FileScanner(languages: catalog.languages, settings: catalog.scan).scan(request)
        return analyze(scan, history: try mineHistory(at: scan.commit ?? "HEAD", request: request, history: history))
    }

    /// Mines the history up to `commit` (the scanned one, `scan.commit ?? "HEAD"`; known before the scan
    /// when it is a revision, so both can run at once), with the scanner's exclusions.
    ///
    /// `history` carries the window and thresholds; its revision and path are replaced by the scan's,
    /// and its exclusions by the scanner's path rules, so both halves see the same files.
    public func mineHistory(
        at commit: String, request: FileScanRequest, history: HistoryRequest
    ) throws -> HistoryReport {
        var historyRequest = history
        historyRequest.path = request.repositoryPath
        historyRequest.limitsToPath = false
        historyRequest.revision = commit
        (historyRequest.isExcluded, historyRequest.exclusionKey) = FileScanner(
            languages: catalog.languages, settings: catalog.scan
        ).excludesFromHistory(at: commit, request: request)
        return try HistoryAnalyzer.run(historyRequest)
    }

    /// The module report of an existing scan (no I/O except reading manifests from the scan's snapshot),
    /// joined with `history` when given.
    public func analyze(_ scan: FileScanResult, history: HistoryReport? = nil) -> ModuleReport {
        // What is code follows the scan's first-party folders (erlang.mk's `deps/` applications), release copies and templates.
        guard scan.firstPartyFolders.isEmpty && scan.releaseCopies.isEmpty && scan.scaffoldingFolders.isEmpty else {
            var analyzer = self
            analyzer.code = CodeLanguages(
                languages: catalog.languages, settings: catalog.scan, firstPartyFolders: scan.firstPartyFolders,
                releaseCopies: scan.releaseCopies, scaffoldingFolders: scan.scaffoldingFolders)
            return analyzer.analyzeScan(scan, history: history)
        }
        return analyzeScan(scan, history: history)
    }

    private func analyzeScan(_ scan: FileScanResult, history: HistoryReport?) -> ModuleReport {
        var (modules, manifestWarnings) = discover(scan)
        let ownership = ModuleOwnership(modules: modules)
        let assignment = assign(scan, to: &modules, ownership: ownership)
        // .NET projects share namespaces, so `using` rarely names the project it needs: their declared
        // project references are edges too, sited in the project file; so are JVM modules' declared dependencies
        // on modules they share a package with, sited in their build file.
        let packages = assignment.code.map { Set($0.compactMap { DeclaredReferences.jvmPackage(of: $0.path) }) }
        let buildFiles = modules.indices.map { index in
            // Only a Gradle module's sites need its own build file: its manifest is the settings file including it.
            let module = modules[index]
            guard DeclaredReferences.packageEcosystems.contains(module.ecosystem) else { return module.manifest }
            let roots = Set(module.roots)
            let own = assignment.code[index].first { roots.contains(ManifestContext.folder(of: $0.path)) && Self.isManifest($0.path) }
            return own?.path ?? module.manifest
        }
        let declared = DeclaredReferences.sites(modules, packages: packages, buildFiles: buildFiles)
        let graph = ModuleGraph(modules: modules, sites: assignment.sites + declared)
        let names = modules.map(\.name)
        var reports = moduleReports(modules, assignment, graph, source: scan.source)
        let edges = graph.edges.map {
            ModuleReport.Edge(
                from: names[$0.from], to: names[$0.to], sites: $0.sites, files: $0.files,
                firstImport: assignment.firstImports[Assignment.edge($0.from, $0.to)],
                via: assignment.via[Assignment.edge($0.from, $0.to)].map { $0.map { names[$0] }.sorted() })
        }
        var joined = ModuleHistory.Result(pairs: [], stableImports: [], revisions: [:])
        if let history {
            let layout = SnapshotLayout(paths: scan.files.map(\.path) + scan.excluded.map(\.path))
            let testImports = names.indices.map { (names[$0], Set(assignment.testImports[$0].map { names[$0] })) }
            joined = ModuleHistory(coupling: history.couplingSettings).join(
                commits: history.commits, module: changeOwner(ownership, names, layout, generated: Set(scan.excluded.filter { $0.reason == .generated }.map(\.path))), edges: edges,
                testImports: Dictionary(testImports, uniquingKeysWith: { $0.union($1) }),
                testModules: Set(modules.filter { $0.kind == .test }.map(\.name)))
            for index in reports.indices { reports[index].revisions = joined.revisions[names[index]] ?? 0 }
        }
        let cycles = graph.cycles().map { cycle in
            ModuleReport.Cycle(modules: cycle.modules.map { names[$0] }, cut: cycle.cut.map { edges[$0] })
        }
        // A manifest (Package.swift) describes modules; it is not itself unowned source.
        return ModuleReport(
            modules: reports, edges: edges, cycles: cycles, unownedFiles: assignment.unowned.filter { !Self.isManifest($0) }.sorted(),
            changeCoupling: joined.pairs, stableImports: joined.stableImports,
            history: history.map {
                ModuleReport.HistoryWindow(
                    commits: $0.commits.count, isShallow: $0.diagnostics.isShallow,
                    isPartialClone: $0.diagnostics.isPartialClone)
            },
            warnings: manifestWarnings + vendoredManifests(scan), budget: catalog.modules.budget, scan: scan)
    }

    /// The modules the manifests (read from the scan's snapshot) declare, completed over unowned source.
    private func discover(_ scan: FileScanResult) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning]) {
        let source = scan.source
        // Manifests are read from every tracked path, except under vendored folders and a scaffolder's templates
        // (their package.json files are data it copies), and symbolic links: a link to a manifest is the same
        // manifest again (aiohttp's requirements/pyproject.toml → ../pyproject.toml had been "could not be read").
        let skipped: [Exclusion] = [.vendored, .configured, .scaffolding, .symlink]
        let unread = Set(scan.excluded.filter { skipped.contains($0.reason) }.map(\.path))
        let context = ManifestContext(paths: source.paths.filter { !unread.contains($0) }, read: { source.read($0) })
        return ModuleCoverage(settings: catalog.modules).discover(
            context: context, overrides: catalog.configuredModules,
            files: scan.files.map {
                .init(path: $0.path, language: $0.language, codeLines: $0.lines.code, isCode: code.isCode(language: $0.language))
            }, packageCode: Self.generatedPackageCode(scan).map(\.path))
    }


    /// Each file judged test or not once (test targets hold only tests, other modules by the globs and the files a
    /// manifest builds only for tests, Bazel's `testonly`) and its
    /// imports resolved to modules. A module all of whose files are tests (a `tests/` folder module, a Gradle
    /// project with only `src/test`) becomes a test module: its imports are structure of the tests, as a test
    /// target's are, and its changing with the code it tests is no hidden coupling.
    private func assign(
        _ scan: FileScanResult, to modules: inout [ModuleDeclaration], ownership: ModuleOwnership
    ) -> Assignment {
        let rules = TestFileRules(
            testPaths: catalog.modules.testPathMatcher, declared: Set(modules.flatMap(\.testFiles)))
        let empty = Array(repeating: [FileReport](), count: modules.count)
        var result = Assignment(code: empty, tests: empty, external: Array(repeating: 0, count: modules.count))
        var owned = sort(scan.files, of: modules, ownership: ownership, into: &result) { rules.isTest($0, of: $1) }
        let generated = generatedCode(scan, ownership: ownership) { rules.isTest($0, of: modules[$1]) }
        markTestModules(&modules, result, mayHoldOnlyTests: Self.mayHoldOnlyTests(modules.count, generated))
        // A generated Go file is owned like the others, for its imports alone (it is no file of its module).
        owned += generated
        // Test files inside a library (Go's _test.go, Rust's tests/) build apart from it: their imports are not
        // the module's structure and cannot close a cycle. Test modules keep theirs. A build script's imports reach
        // the build tool (mix.exs's `use Mix.Project`), not the module's code; a tooling script's, outside what the
        // build loads (flysystem's `bin/`, counted with the tests), the packages it drives.
        let structural = owned.filter {
            (modules[$0.owner].kind == .test || !$0.isTestFile) && !Self.isBuildScript($0.file.path)
        }.map { ($0.file, $0.owner) }
        let resolver = Self.importResolver(scan, modules: modules, ownership: ownership, catalog: catalog)
        resolveImports(structural, with: resolver) { result.record($0) }
        result.addReexportedSites()
        // They still use what the manifest declares for them (Cargo's dev-dependencies, tokio-test).
        let inLibrary = owned.filter { modules[$0.owner].kind != .test && $0.isTestFile }.map { ($0.file, $0.owner) }
        result.testImports = Array(repeating: [], count: modules.count)
        resolveImports(inLibrary, with: resolver) { site in
            guard let target = site.target else { return }
            result.testImports[site.owner].insert(target)
            result.testImports[site.owner].formUnion(result.reexports.reached(through: target))
        }
        return result
    }

    /// Each scanned file into its owner's code or tests (every file of a test module is a test), or into the
    /// unowned list when it is code no module owns; the owned files, with whether each is a test file.
    private func sort(
        _ files: [FileReport], of modules: [ModuleDeclaration], ownership: ModuleOwnership,
        into result: inout Assignment, isTestFile: (String, ModuleDeclaration) -> Bool
    ) -> [(file: FileReport, owner: Int, isTestFile: Bool)] {
        var owned: [(file: FileReport, owner: Int, isTestFile: Bool)] = []
        for file in files {
            guard let owner = ownership.owner(of: file.path) else {
                // Documentation, data and configuration are no module's code: they are not listed as unowned.
                if code.isCode(language: file.language) { result.unowned.append(file.path) }
                continue
            }
            // A Composer package's tooling (what its `autoload` does not load) ships nothing: it counts with the tests.
            // What configures the module (its manifest, CI settings) is neither (TestFileRules).
            let module = modules[owner]
            let configures = TestFileRules.isConfiguration(
                file.path, isCode: code.isCode(language: file.language), of: module)
            let test = !configures && (isTestFile(file.path, module) || module.isTooling(file.path))
            (module.kind == .test && !configures) || test
                ? result.tests[owner].append(file) : result.code[owner].append(file)
            owned.append((file, owner, test))
        }
        return owned
    }

    /// One report per module: sizes, budget, coupling metrics and declared-versus-used dependencies.
    private func moduleReports(
        _ modules: [ModuleDeclaration], _ assignment: Assignment, _ graph: ModuleGraph, source: FileSource
    ) -> [ModuleReport.Module] {
        // A test target importing a module does not make it depended upon (docs/model.md, "Subjects"): the
        // coupling metrics count the edges between the modules that ship, as crossing changes do.
        let coupling = graph.coupling { modules[$0.from].kind != .test && modules[$0.to].kind != .test }
        let configs = ToolConfigReferences.configFiles(source.paths)
        let functions = Self.composerFunctions(modules, source: source)
        let names = modules.map(\.name)
        let localNames = Set(names)
        // An executable a module depends on is run, never imported (a SwiftPM command plugin's tool, swift-format's).
        let tools = Set(modules.filter { $0.kind == .executable }.map(\.name))
        let distributions = PythonDistributions(modules)
        let named = Self.namedInCode(modules, assignment)
        // A Go package's requirements are its go.mod's: used when any package of that go.mod imports the module.
        let testImports = assignment.testImports.enumerated().flatMap { from, targets in targets.map { (from, $0) } }
        let goUsed = GoRequirements.used(modules, imports: graph.edges.map { ($0.from, $0.to) } + testImports)
        let equivalents = DeclarationEquivalents(modules)
        return modules.enumerated().map { index, module in
            let (code, tests) = (assignment.code[index], assignment.tests[index])
            let (lines, testLines) = lineCounts(code: code, tests: tests)
            let imported = Set(graph.edges.filter { $0.from == index }.map { names[$0.to] })
            let used = equivalents.withTwins(
                goUsed[index] ?? (DeclaredReferences.namedInCode.contains(module.ecosystem) ? named[index] : imported))
            let declared = equivalents.withTwins(
                Set(module.dependencies.map { distributions.name($0, declaredBy: module) })).intersection(localNames)
            let usedByTests = Set(assignment.testImports[index].map { names[$0] })
            return ModuleReport.Module(
                declaration: module, files: code.map(\.path), testFiles: tests.map(\.path), lines: lines,
                testLines: testLines,
                largestFiles: Array(writtenCode(code).map { (path: $0.path, code: $0.shippedLines.code) }
                    .sorted { ($0.code, $1.path) > ($1.code, $0.path) }.prefix(5)),
                budgetStatus: status(lines.code),
                afferent: coupling[index].afferent, efferent: coupling[index].efferent,
                instability: coupling[index].instability, abstractness: abstractness(module, code, lines.code),
                // A module with no code of its own, build scripts aside, imports nothing: what it declares it gathers
                // (a Polylith project, a workspace root, rabbitmq-server's release beside its rebar.config), and none
                // of it is unused. Nor is what only its tests are declared to use (Cargo's dev-dependencies).
                declaredButUnused: writtenCode(code).allSatisfy { Self.isBuildScript($0.path) }
                    ? [] : unused(
                        declared.subtracting(used).subtracting(usedByTests).subtracting(module.testDependencies)
                            .subtracting(module.manifestUses).subtracting(tools)
                            .subtracting(usedByMembers(of: index, modules, graph)), by: module, code: code.map(\.path),
                        context: (functions, configs, source)),
                usedButUndeclared: undeclared(
                    Set(assignment.byName[index, default: []].map { names[$0] }),
                    declared: declared.union(equivalents.needNoDeclaration(by: index, modules)), by: module),
                externalImports: assignment.external[index], revisions: 0)
        }
    }

    /// A module's written code lines and its tests': a file's in-file tests (Rust's `#[cfg(test)] mod tests`) are the
    /// module's test code, as its test files are.
    private func lineCounts(code: [FileReport], tests: [FileReport]) -> (code: LineCounts, tests: LineCounts) {
        let written = writtenCode(code)
        return (
            written.reduce(LineCounts()) { $0 + $1.shippedLines },
            writtenCode(tests).reduce(LineCounts()) { $0 + $1.lines }
                + written.reduce(LineCounts()) { $0 + $1.testLines }
        )
    }

    /// What each module's code imports, where declared dependencies are edges but the code names what it uses.
    private static func namedInCode(_ modules: [ModuleDeclaration], _ assignment: Assignment) -> [Set<String>] {
        var named = Array(repeating: Set<String>(), count: modules.count)
        for site in assignment.sites where DeclaredReferences.namedInCode.contains(modules[site.from].ecosystem) {
            named[site.from].insert(modules[site.to].name)
        }
        return named
    }

    /// Each Composer package's autoloaded global functions, read once (symfony/deprecation-contracts').
    private static func composerFunctions(_ modules: [ModuleDeclaration], source: FileSource) -> [String: [String]] {
        Dictionary(
            modules.filter { $0.ecosystem == "composer" }.map {
                ($0.name, ComposerFunctions.declared(manifest: $0.manifest) { source.read($0) })
            }, uniquingKeysWith: { first, _ in first }
        ).filter { !$0.value.isEmpty }
    }

    /// Whether some reader reads `path` as a build manifest (BuildFiles).
    public static func isManifest(_ path: String) -> Bool { BuildFiles.isManifest(path) }

    /// A manifest accrue reads, or a build script it does not (BuildFiles).
    public static func isBuildScript(_ path: String) -> Bool { BuildFiles.isBuildScript(path) }

    /// Abstract types ÷ all types, over the files in languages where abstractness is measured; nil when none is
    /// declared, or when those languages hold under half the module's written code (penpot's `common`: 40,000 lines
    /// of Clojure, which has no measure, beside a few TypeScript classes made it "concrete"). Nil for a compiler
    /// plugin (a Rust proc-macro crate, a SwiftPM macro): its users write its macros and use none of its types, so no
    /// interface could stand between them (tokio-macros, reached by every importer of tokio through its re-export).
    private func abstractness(_ module: ModuleDeclaration, _ files: [FileReport], _ writtenLines: Int) -> Double? {
        guard module.kind != .plugin else { return nil }
        let measured = writtenCode(files).filter { $0.types != nil }.reduce(0) { $0 + $1.shippedLines.code }
        guard 2 * measured >= writtenLines else { return nil }
        let counts = files.compactMap(\.types).reduce(TypeCounts(), +)
        let total = counts.abstract + counts.concrete
        return total == 0 ? nil : Double(counts.abstract) / Double(total)
    }

    /// The module a changed path counts for in change coupling and module revisions: its owner, for files in
    /// languages written as code. Documentation, data and configuration (`non_code_languages`, files of no known
    /// language) and build manifests and scripts (a Gemfile) change with releases, dependency bumps and docs sweeps,
    /// not with the design: two READMEs edited together are no hidden dependency. Nor do `generated` files, which
    /// change with their generator: those the scan found generated by their contents (a "DO NOT EDIT" header), which
    /// history's path rules cannot see, Go's among them (they make their package: `+Generated`). A deleted file counts only where
    /// one of its folders is still in the snapshot (`SnapshotLayout`): an old layout's files belong to no module of
    /// today's.
    private func changeOwner(
        _ ownership: ModuleOwnership, _ names: [String], _ layout: SnapshotLayout, generated: Set<String>
    ) -> (String) -> String? {
        let code = self.code
        let memo = OwnerMemo()
        return { path in
            if let known = memo.owners[path] { return known }
            // A script without extension counts: its first line is not read here. The cheapest test first: most of
            // an old repository's paths lie in folders the snapshot no longer has (jackson-databind: 21,000).
            let counts = layout.holds(path) && (code.isCode(path: path) ?? true) && !Self.isBuildScript(path)
                && !generated.contains(path)
            let owner = counts ? ownership.owner(of: path).map { names[$0] } : nil
            memo.owners[path] = owner
            return owner
        }
    }

    /// One warning for the build manifests under vendored folders, which discovery skips: a workspace package
    /// in a folder named like vendored code (`external/`, `deps/`) would otherwise vanish without a word.
    private func vendoredManifests(_ scan: FileScanResult) -> [ManifestWarning] {
        // node_modules holds installed packages, never the repository's own; the shallowest is named first. A
        // fixture's vendored dependency (elixir's test/fixtures/…/deps/) would be no module if read; a vendored
        // solution (zlib's contrib/vstudio/*.sln) declares none.
        let testPaths = catalog.modules.testPathMatcher
        let skipped = scan.excluded.filter { file in
            file.reason == .vendored && !("/" + file.path).contains("/node_modules/")
                && Self.isManifest(file.path) && !BuildFiles.onlyLists(file.path)
                && !FixtureProjects.isFixture(manifest: file.path) { testPaths.contains($0) }
        }.map(\.path).sorted { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
        guard let first = skipped.first else { return [] }
        let more = skipped.count > 1 ? " (and \(skipped.count - 1) more)" : ""
        return [ManifestWarning(
            path: first, line: 1,
            message: "build manifest under a vendored folder skipped\(more): its modules are not discovered; "
                + "--include vendored reads them")]
    }

    /// The files in languages written as code: data, configuration, markup and prose (`non_code_languages` in
    /// rules/scan.yaml) are owned but not counted against the size budget, as the debt model judges none of them.
    private func writtenCode(_ files: [FileReport]) -> [FileReport] {
        files.filter { code.isCode(language: $0.language) }
    }

    /// Modules all of whose written code is tests become test modules, with their build scripts (build.gradle.kts
    /// is Kotlin), which describe the module and are no code of its own; generated code is (`mayHoldOnlyTests`: a
    /// package of it with tests written by hand is no test module). So does a library with no written code whose
    /// other files are all test files: cJSON's `tests/json-patch-tests`, the JSON-Patch suite's data with its
    /// `package.json`, had been a library `json-patch-test-suite`.
    private func markTestModules(_ modules: inout [ModuleDeclaration], _ result: Assignment, mayHoldOnlyTests: [Int]) {
        for index in mayHoldOnlyTests where writtenCode(result.code[index]).allSatisfy({ Self.isManifest($0.path) }) {
            let testCode = !writtenCode(result.tests[index]).isEmpty
            let onlyTestData = modules[index].kind == .library && !result.tests[index].isEmpty
            if testCode || onlyTestData { modules[index].kind = .test }
        }
    }

    private func status(_ code: Int) -> ModuleReport.BudgetStatus? {
        if code > catalog.modules.budget.error { return .error }
        if code > catalog.modules.budget.warning { return .warning }
        return nil
    }
}

/// Owners already worked out, per changed path (a path changes in many commits).
private final class OwnerMemo {
    var owners: [String: String?] = [:]
}
