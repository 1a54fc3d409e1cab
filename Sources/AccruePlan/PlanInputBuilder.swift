import AccrueKit
import BuildManifests
import DebtLedger
import GitHistory
import ModuleGraph
import Planning
import RuleCatalog
import SymbolScan
import Analyses
import DebtModel
import FileClassification
import FileScanning
import FunctionTokens
import SourceScan

/// Gathers what the planner reads from a scan report and its history.
///
/// Declarations and uses are extracted only where a stage needs them: every file of an oversized, unstable or
/// distant (main-sequence) module and the files of other modules importing it, the files on both ends of a cut edge or of an unstable
/// module's imports, oversized files.
/// Co-changes between files of one module come from the history's change sets (changes touching more
/// files than the coupling settings' change-set limit are left out, like in `accrue coupling`, and so
/// are files being added).
struct PlanInputBuilder {
    let catalog: RuleCatalog
    let report: ScanReport
    let history: HistoryReport
    let workers: Int

    func build() -> PlanInput {
        let modules = report.modules
        let (oversized, unstable) = (modulesWithFinding("module-size"), modulesWithFinding("instability"))
        let distant = modulesWithFinding("main-sequence-distance")
        let structured = oversized.union(unstable).union(distant)
        let (findingFiles, sizeFiles) = (self.findingFiles, self.sizeFiles)
        let wanted = Array(findingFiles) + filesToRead(structured: structured, unstable: unstable)
        let symbols = PlanSymbols(catalog: catalog, source: modules.scan.source, workers: workers).facts(for: wanted)
        let edges = EdgeReader(builder: self, symbols: symbols)
        let reports = Dictionary(modules.scan.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let changes = Dictionary(report.files.map { ($0.name, $0.changes.all) }, uniquingKeysWith: { a, _ in a })
        func planFile(_ path: String, visibility: Bool = false) -> PlanFile {
            var file = Self.planFile(path, report: reports[path], facts: symbols[path], changes: changes[path] ?? 0)
            if visibility { file.moduleInternalNames = moduleInternalNames(of: path, file.declarations) }
            if let test = sizeFiles.isTest[path] { addSplitFacts(to: &file, isTest: test, builds: sizeFiles.builds) }
            return file
        }
        // A module's files in full where a stage may restructure it (`PlanFile.sized`: lines without in-file tests').
        func moduleFile(_ path: String, of module: String) -> PlanFile {
            guard structured.contains(module) else { return PlanFile(path: path, codeLines: 0).sized(reports[path]) }
            return planFile(path, visibility: oversized.contains(module)).sized(reports[path])
        }
        let nonCode = Set(catalog.scan.nonCodeLanguages)
        var (planModules, callersOf): ([PlanModule], [String: [Caller]]) = ([], [:])
        let workspaces = PlanWorkspaces.files(of: modules)
        let strings = edges.dottedReferences(to: structured, owners: owners, tests: testFiles)
        for module in modules.modules {
            let name = module.declaration.name
            let code = Self.movableCode(of: module) { nonCode.contains(reports[$0]?.language ?? "") }
            var planModule = PlanModule(
                name: name, ecosystem: module.declaration.ecosystem, roots: module.declaration.roots,
                manifest: module.declaration.manifest,
                files: code.map { moduleFile($0, of: name) }, codeLines: module.lines.code,
                packageFolders: Self.packageFolders(among: module.files), workspace: workspaces[name] ?? "")
            planModule.isLinkable = Self.isLinkable(module.declaration)
            if structured.contains(name) {
                planModule.isPublished = PlanPublication.isPublished(module.declaration, settings: catalog.modules, read: modules.scan.source.read)
                let facts = Self.read(code, symbols)
                addRust(to: &planModule, of: module, symbols: symbols) { reports[$0]?.imports ?? [] }
                planModule.dependencies = Self.fileDependencies(of: module, code: code, symbols: symbols,
                    tree: planModule.rustModules) { reports[$0]?.imports ?? [] }
                if oversized.contains(name) { planModule.coChanges = coChanges(among: Set(code)) }
                planModule.callers = callers(of: module, facts: facts.map(\.facts), symbols: symbols) { reports[$0]?.language }
                callersOf[name] = planModule.callers
                planModule.coordinates = coordinates(of: module.declaration)
                planModule.dottedReferences = (strings[name] ?? []).filter { [code = Set(code)] in code.contains($0.to) }
            }
            planModules.append(planModule)
        }
        let files = Dictionary(findingFiles.map { ($0, planFile($0)) }, uniquingKeysWith: { first, _ in first })
        var input = PlanInput(
            findings: report.findings, interestHoursPerMonth: report.interestHoursPerMonth, modules: planModules,
            files: files, cycles: cycles(edges), couplings: couplings(),
            stabilities: stabilities(instabilityMargins(), callers: callersOf, edges: edges), imports: imports(),
            abstractions: abstractions(distant, callers: callersOf, symbols: symbols),
            externalNames: Self.externalNames(of: modules.modules.map(\.declaration)))
        input.testFiles = testFiles
        input.otherPaths = modules.scan.files.map(\.path) + modules.scan.excluded.map(\.path)
        return input
    }

    /// The planner's file at `path` (what its module keeps to itself, which only a split needs, is set apart:
    /// `PlanVisibility` reads the file again for it).
    private static func planFile(_ path: String, report file: FileReport?, facts: SymbolFacts?, changes: Double) -> PlanFile {
        PlanFile(
            path: path, codeLines: file?.lines.code ?? 0, declarations: facts?.declarations ?? [],
            declaredNames: facts?.declaredNames ?? [], declarationUses: facts?.internalUses ?? [],
            // The lines each function owns, as function-length measures them: a simplification edits those, not
            // the functions nested in it (vuejs/core's 2,900-line `describe` callback owns 78 lines).
            functions: (file?.functionFigures ?? []).map {
                PlanFunction(
                    name: $0.name, line: $0.startLine, length: $0.ownLines, complexity: $0.complexity,
                    nesting: $0.maxNesting)
            }, changesPerMonth: changes)
    }

    /// The names of the JVM or .NET file at `path` its module keeps to itself (`PlanVisibility`); its text is read
    /// only for those languages.
    private func moduleInternalNames(of path: String, _ declarations: [Declaration]) -> [String] {
        guard !declarations.isEmpty, let language = path.split(separator: ".").last, PlanVisibility.extensions.contains(language),
            let lines = textLines(of: path)
        else { return [] }
        return PlanVisibility.moduleInternalNames(declarations, path: path, lines: lines)
    }

    /// The text of the scanned file at `path`, in lines; nil when it cannot be read. The plan reads a few files again
    /// for what their symbols do not say (modifiers, deprecations, abstract classes, behaviour methods).
    func textLines(of path: String) -> [Substring]? {
        report.modules.scan.source.read(path).map {
            String(decoding: $0, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
    }

    /// The test code's files: those of test modules, and each module's own tests. A Composer package's tooling counts
    /// with its tests but asserts nothing: its functions are pinned by characterization tests, as code is.
    var testFiles: Set<String> {
        Set(report.modules.modules.flatMap { module in
            module.declaration.kind == .test
                ? module.files + module.testFiles : module.testFiles.filter { !module.declaration.isTooling($0) }
        })
    }

    /// The files a module (no test module) counts with its tests that no `test_paths` glob matches (typer's
    /// `scripts/prepare_release.py`, a docs site's `conf.py`), or that continuous integration runs (fastapi's
    /// `.github/actions/people/people.py`): no tests, so a stage simplifying them pins their behaviour first
    /// (`Planner.toolingFiles`).
    var toolingFiles: Set<String> {
        let testPaths = catalog.modules.testPathMatcher
        let ci = [".github/", ".gitlab/", ".circleci/", ".buildkite/"]
        return Set(report.modules.modules.filter { $0.declaration.kind != .test }.flatMap { module in
            module.testFiles.filter { path in !testPaths.contains(path) || ci.contains(where: path.hasPrefix) }
        })
    }

    /// The module owning each file, its tests included.
    private var owners: [String: String] {
        var owners: [String: String] = [:]
        for module in report.modules.modules {
            for path in module.files + module.testFiles { owners[path] = module.declaration.name }
        }
        return owners
    }

    /// The module's files a split may move. Data, markup and prose (`isNonCode`) are counted in the module's size but
    /// never moved, nor is the module's build (jekyll.gemspec, its Rakefile, a build.gradle.kts): it stays to declare
    /// what is left; nor are its entry files (httpx/__init__.py, src/lib.rs, index.ts at its top) and the targets its
    /// manifest names by path (ripgrep's crates/core/main.rs; the module files a Python project's entry points name,
    /// flask's src/flask/cli.py of `flask = "flask.cli:main"`, which its installed command imports): they are the
    /// module. Nor are the files of a Rust build
    /// script's folder of its own outside `src/` (bat's `build/`, whose `main.rs` is its `[package] build`): the script is a crate
    /// of its own, its modules no library's (bat's split had moved build/util.rs and build/application.rs).
    /// Nor are the files outside what its build loads (a Composer package's scripts beside its `autoload` paths,
    /// `ModuleDeclaration.isTooling`): PHP-Parser's split had moved `bin/php-parse` and `test_old/run.php` into a new
    /// package, whose autoload would not load them either.
    static func movableCode(of module: ModuleReport.Module, isNonCode: (String) -> Bool) -> [String] {
        movableCode(of: module.declaration, files: module.files, isNonCode: isNonCode)
    }

    /// `movableCode(of:isNonCode:)` for a module declared by `declaration` holding `files`.
    static func movableCode(
        of declaration: ModuleDeclaration, files: [String], isNonCode: (String) -> Bool
    ) -> [String] {
        let written = files.filter { !isNonCode($0) && !ModuleAnalyzer.isBuildScript($0) }
        let targets = Set(declaration.targetFiles)
        let manifestFolder = ManifestContext.folder(of: declaration.manifest)
        let source = ManifestContext.join(manifestFolder, "src")
        let scriptFolders = declaration.buildScripts.map(ManifestContext.folder(of:)).filter {
            $0 != manifestFolder && !ManifestContext.isInside($0, source)
        }
        let scripts = declaration.ecosystem == "cargo" ? declaration.buildScripts : nil
        let named = Set(namedEntryFiles(of: declaration))
        return written.filter { file in
            !isEntryFile(file, among: written, buildScripts: scripts) && !targets.contains(file)
                && !named.contains(file) && !isEditorRuntimeFile(file, of: declaration)
                && !scriptFolders.contains { ManifestContext.isInside(file, $0) } && !declaration.isTooling(file)
        }
    }

    /// The modules a Python project's entry points name (its target files), which `movableCode` keeps: no split moves
    /// them, but they are modules of the package, and their uses of the files that move are uses as any staying
    /// file's are (scrapy/cmdline.py, the `scrapy` command's, imports `scrapy.commands`: a split moving
    /// `scrapy/commands/` must give it an interface and switch its imports, not call the commands an upper layer
    /// nothing uses). A Cargo target is a crate root instead, whose module tree `rustModules` reads, and a build
    /// script is a crate of its own: none is read here.
    static func keptTargets(of module: ModuleReport.Module, movable: [String]) -> [String] {
        guard module.declaration.ecosystem == "python" else { return [] }
        let files = Set(module.files)
        return Set(module.declaration.targetFiles).subtracting(movable).filter(files.contains).sorted()
    }

    /// The symbol facts of those of `paths` that were read, with their paths.
    static func read(_ paths: [String], _ symbols: [String: SymbolFacts]) -> [(path: String, facts: SymbolFacts)] {
        paths.compactMap { path in symbols[path].map { (path: path, facts: $0) } }
    }

    /// The files with findings of the rules a file's stages repair.
    private var findingFiles: Set<String> {
        let fileRules: Set<String> = ["file-size", "cyclomatic-complexity", "function-length", "nesting-depth"]
        return Set(report.findings.filter { fileRules.contains($0.rule) }.compactMap(\.subject.path))
    }

    /// How `module`'s build names projects, where a name is not enough (`PlanModule.coordinates`): a Leiningen
    /// project's own coordinate and its dependencies', read from its project.clj as text.
    private func coordinates(of module: ModuleDeclaration) -> [String: String] {
        guard module.ecosystem == "clojure", module.manifest.hasSuffix("project.clj"),
            let bytes = report.modules.scan.source.read(module.manifest)
        else { return [:] }
        return ClojureManifest.leiningenCoordinates(bytes)
    }

    /// The external packages `modules` declare, their dependencies that are none of them, as their registries compare
    /// names (`PlanInput.externalNames`).
    static func externalNames(of modules: [ModuleDeclaration]) -> Set<String> {
        // A module's name may carry what tells it from a namesake (`bloc (pub)`); dependencies name it without.
        let own = Set(modules.flatMap { [$0.name, String($0.name.prefix { $0 != " " })] })
        var names = Set<String>()
        for module in modules {
            for dependency in module.dependencies where !own.contains(dependency) {
                names.formUnion(PlanInput.externalNames(of: dependency, ecosystem: module.ecosystem))
            }
        }
        return names
    }

    /// The module imports and, per importing file, the modules it imports and its own. A test module's imports
    /// are its files' only: nothing imports a test module, so it closes no cycle, and it is no composition root.
    private func imports() -> PlanImports {
        var result = PlanImports()
        let tests = Set(report.modules.modules.filter { $0.declaration.kind == .test }.map(\.declaration.name))
        for edge in report.modules.edges {
            if !tests.contains(edge.from) { result.edges[edge.from, default: []].insert(edge.to) }
            for file in edge.files {
                result.byFile[file, default: []].insert(edge.to)
                result.owners[file] = edge.from
            }
        }
        return result
    }

    /// Per module with an `instability` finding, the gap its rule allows (the warning threshold).
    private func instabilityMargins() -> [String: Double] {
        Dictionary(report.findings.compactMap { finding -> (String, Double)? in
            guard finding.rule == "instability", case .module(let name) = finding.subject else { return nil }
            return (name, finding.thresholds.warning)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Names of the modules with a finding of `rule`.
    func modulesWithFinding(_ rule: String) -> Set<String> {
        Set(report.findings.compactMap { finding -> String? in
            guard finding.rule == rule, case .module(let name) = finding.subject else { return nil }
            return name
        })
    }

    /// The files whose declarations and uses the module stages need: the files of oversized and unstable
    /// modules and of those importing them, an unstable module's imports with the files of the modules it
    /// imports, the files of a cut edge's target and of its importing side.
    private func filesToRead(structured: Set<String>, unstable: Set<String>) -> [String] {
        let modules = report.modules
        var wanted: [String] = []
        for module in modules.modules where structured.contains(module.declaration.name) {
            wanted += module.files
            wanted += modules.edges.filter { $0.to == module.declaration.name }.flatMap(\.files)
        }
        for edge in modules.edges where unstable.contains(edge.from) {
            wanted += edge.files
            wanted += modules.modules.first { $0.declaration.name == edge.to }?.files ?? []
        }
        let cutModules = Set(modules.cycles.flatMap { $0.cut.map(\.to) })
        for module in modules.modules where cutModules.contains(module.declaration.name) { wanted += module.files }
        return wanted + modules.cycles.flatMap { $0.cut.flatMap(\.files) }
    }

    /// Files of other modules that import `module` and use names it declares.
    private func callers(
        of module: ModuleReport.Module, facts: [SymbolFacts], symbols: [String: SymbolFacts],
        language: (String) -> String?
    ) -> [Caller] {
        let declared = Set(facts.flatMap(\.declaredNames))
        let importing = Set(report.modules.edges.filter { $0.to == module.declaration.name }.flatMap(\.files))
        // A file of another language reaches the module through a binding (Python through the extension module a
        // pyo3 crate builds): it uses what the binding exports, under the binding's name, not the module's own.
        let languages = catalog.modules.ecosystemLanguages[module.declaration.ecosystem].map(Set.init)
        return importing.sorted().compactMap { path in
            guard let uses = symbols[path], languages.map({ $0.contains(language(path) ?? "") }) ?? true else { return nil }
            let names = SymbolGraph().names(usedBy: uses, from: declared)
            return names.isEmpty ? nil : Caller(path: path, names: names)
        }
    }

    /// How many change sets touched each pair of `files` (change sets of more than the limit are skipped).
    private func coChanges(among files: Set<String>) -> [FilePair] {
        var counts: [String: Int] = [:]
        let limit = history.couplingSettings.maximumChangesetSize
        for commit in history.commits {
            // Files created together (an import, a scaffold) say nothing about how they are maintained.
            let touched = Array(Set(commit.changes.filter { $0.kind != .added }.map(\.path).filter { files.contains($0) }))
                .sorted()
            guard touched.count > 1, touched.count <= limit else { continue }
            for i in touched.indices {
                for j in touched.indices where j > i { counts[touched[i] + "\u{0}" + touched[j], default: 0] += 1 }
            }
        }
        return counts.keys.sorted().compactMap { key in
            let parts = key.split(separator: "\u{0}").map(String.init)
            guard parts.count == 2, let count = counts[key] else { return nil }
            return FilePair(first: parts[0], second: parts[1], count: count)
        }
    }
}

extension PlanInputBuilder {
    /// File names a language reads first in a package or crate: what importers of the module reach.
    static let entryNames: Set<String> = [
        "__init__.py", "__main__.py", "lib.rs", "main.rs", "build.rs", "index.js", "index.ts", "index.mjs", "index.cjs",
        "mod.ts",
    ]

    /// The files a gem or a Mix project is named by, which `require "sidekiq"` loads and which define its namespace:
    /// `lib/sidekiq.rb` (or `lib/foo/bar.rb` for the gem `foo-bar`), Mix's `lib/oban.ex` (sidekiq's split had moved
    /// `lib/sidekiq.rb` into a new gem, which the users' `require "sidekiq"` would no longer find).
    /// A folder module's file beside its folder, `lua/lualine.lua` beside `lua/lualine/`, is what `require "lualine"`
    /// loads: lualine.nvim's split had moved it into a new module `lualine2`.
    static func namedEntryFiles(of declaration: ModuleDeclaration) -> [String] {
        let library = ManifestContext.join(ManifestContext.folder(of: declaration.manifest), "lib")
        switch declaration.ecosystem {
        case "folder":
            return declaration.roots.filter { root in
                let stem = root.split(separator: "/").last?.split(separator: ".").first.map(String.init) ?? ""
                let folder = ManifestContext.join(ManifestContext.folder(of: root), stem)
                return root.contains(".") && declaration.roots.contains(folder)
            }
        case "gem":
            let nested = declaration.name.split(separator: "-", omittingEmptySubsequences: false).joined(separator: "/")
            return Set([declaration.name, nested]).map { ManifestContext.join(library, $0 + ".rb") }.sorted()
        case "mix": return [ManifestContext.join(library, declaration.name + ".ex")]
        case "otp":
            // The application's own module, its callback module and its top supervisor (cowboy's split had moved
            // src/cowboy.erl and src/cowboy_app.erl, `PROJECT = cowboy`'s application callback, into a new one).
            // An erlang.mk `Makefile` lies beside src/, a rebar3 `src/NAME.app.src` in it.
            let folder = ManifestContext.folder(of: declaration.manifest)
            let source = folder == "src" || folder.hasSuffix("/src") ? folder : ManifestContext.join(folder, "src")
            return ["", "_app", "_sup"].map { ManifestContext.join(source, declaration.name + $0 + ".erl") }
        default: return []
        }
    }

    /// Whether another module can depend on `module`: not on an executable that Xcode, SwiftPM, Cargo or Go builds (an
    /// app or extension target, an `executableTarget`, a crate with binaries only, a `package main`), so a part split
    /// off one is its lower layer (hyperfine's split had told its new crate to depend on the `hyperfine` binary).
    static func isLinkable(_ module: ModuleDeclaration) -> Bool {
        !(["xcode", "swiftpm", "cargo", "go"].contains(module.ecosystem) && module.kind == .executable)
    }

    /// The folders of `files` holding an `__init__.py`: Python's regular packages.
    static func packageFolders(among files: [String]) -> Set<String> {
        Set(files.filter { $0 == "__init__.py" || $0.hasSuffix("/__init__.py") }.map {
            $0.split(separator: "/").dropLast().joined(separator: "/")
        })
    }

    /// Whether `path` is an entry file of the module: a top package's `__init__.py` or `__main__.py` (no package
    /// around its folder), a crate's `lib.rs` or `main.rs`, its build script `build.rs` in the top folder of `files`
    /// and outside `src/` (ripgrep's split had moved its root `build.rs` into a new crate), or, where the manifest
    /// was read (`buildScripts`, Cargo's), a `build.rs` among its build scripts only (none for `build = false`: the
    /// file is code like any), an `index` in the top folder of `files` (the shallowest) or in its `src/`:
    /// @vue/runtime-dom's src/index.ts is its source's entry beside the top's index.js, which loads the build (its
    /// split had moved src/index.ts to a new package).
    static func isEntryFile(_ path: String, among files: [String], buildScripts: [String]? = nil) -> Bool {
        let parts = path.split(separator: "/")
        guard let name = parts.last.map(String.init), entryNames.contains(name) else { return false }
        switch name {
        case "__init__.py", "__main__.py":
            let around = parts.dropLast(2).joined(separator: "/")
            return parts.count < 2 || !files.contains(around.isEmpty ? "__init__.py" : around + "/__init__.py")
        case "lib.rs", "main.rs": return parts.dropLast().last == "src"
        case "build.rs":
            if let buildScripts { return buildScripts.contains(path) }
            return parts.dropLast().last != "src" && depth(path) == files.map(depth).min()
        default: return isTopIndex(path, among: files)
        }
    }

    /// An `index` in the top folder of `files` or in that folder's `src/`.
    private static func isTopIndex(_ path: String, among files: [String]) -> Bool {
        let top = files.map(depth).min() ?? 0
        if depth(path) == top { return true }
        let folder = { (file: String) in file.split(separator: "/").dropLast().joined(separator: "/") }
        let topFolders = Set(files.filter { depth($0) == top }.map(folder))
        return depth(path) == top + 1 && path.split(separator: "/").dropLast().last == "src"
            && topFolders.contains(folder(folder(path)))
    }

    /// The folders above `path`.
    private static func depth(_ path: String) -> Int { path.reduce(0) { $0 + ($1 == "/" ? 1 : 0) } }
}

extension PlanFile {
    /// The file with the code lines it adds to its module's size: those of its in-file tests (Rust's `#[cfg(test)]
    /// mod tests`) are the module's tests'. What a split moves is weighed against the module's budget in these.
    fileprivate func sized(_ report: FileReport?) -> PlanFile {
        var file = self
        file.codeLines = report?.shippedLines.code ?? 0
        return file
    }
}
