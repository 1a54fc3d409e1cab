import Analyses
import DebtLedger
import DebtModel
import FileScanning
import Foundation
import GitCore
import RuleCatalog
import FileClassification
import ModuleGraph
import SourceScan

/// `accrue scan`: files → modules + history → observations → priced findings → accounts.
///
/// Order: the file scan and the history walk both read the same commit (HEAD, or `--rev`); modules are
/// built from the scan and joined with the history; observations are taken per file, function, module
/// and module pair; the ledger prices them. `now` is the scanned commit's date (`--rev`, or HEAD for the work
/// tree), so only history up to that commit is used and ages are measured from it, not from the clock.
public struct ScanAnalyzer: Sendable {
    /// Bump when a scan's figures change for the same repository, rules and model (a metric or the model
    /// computed differently): stored trend samples and gate sides are keyed by it, so none computed by an
    /// older accrue is reused. 2: test targets out of module coupling; a hotspot's complexity in one unit.
    /// 3: a CMake target at the root owns only the files it lists; modules sharing a name are told apart.
    /// 4: hotspots charge no interest (their score counts the changes interest is paid on: `activity: none`).
    /// 5: module budgets count code only; change coupling and module revisions count changes to code only;
    /// `**/` globs match whole folders; a module's stable dependents (the instability rule's condition).
    /// 6: .NET and Composer modules; test-only modules; JVM class imports; entry files join their folder's module;
    /// renames up to git's limit; PHP return types, Ruby guard clauses, type `?`s, records; .accrue/ generated.
    /// 7: Kotlin/Scala expression bodies, when/match arms, let-else, `?:`; TypeScript signatures are no functions;
    /// JSX functions; Python docstring-only functions; generated markers ignore case; examples and benchmarks are
    /// tests; Gradle renames, Maven includes, CMake generator expressions, Python namespace packages, pub packages.
    /// 8: version bumps are mechanical (`version_bump_lines`); Dart functions; Vue and Svelte script blocks; npm
    /// packages no workspace lists are modules; C function pointers name their typedefs and globals.
    /// 9: module change coupling and revisions leave out deleted files of a layout that is gone (`SnapshotLayout`).
    /// 10: a module whose own tests import another changes with it in plain sight (no hidden coupling); `bench/`,
    /// `benchmarks/` and `Benchmarks/` folders are test code; a JVM module's declared dependency on a module sharing
    /// its package is an edge; siblings whose shared changes are ripples from a module both import are no hidden
    /// coupling; Kotlin and Scala backticked names are functions; PHP packages sharing a namespace are told apart by
    /// the class file; Elixir imports resolve and Elixir has functions (char literals and sigils lexed); a build
    /// script's imports are no edges; esbuild bundles are generated; `testdata/` and `fixtures/` are test code.
    /// 11: a root module holds through the root only code its ecosystem builds, whatever the unowned share;
    /// generated documentation sites (their stylesheets and scripts too) and source-map trailers are generated;
    /// top-level `benchmark/` and `profiling/`, Cucumber steps and Gradle build logic are test code; RubyGems gemspecs
    /// are modules; build scripts (a Gemfile) are no module change.
    /// 12: amalgamations of other tracked code files are generated; a CMake subproject owns no include folder
    /// outside its folder; a Gradle settings helper that includes a folder declares its project; `samples/` is test
    /// code, as are snapshot folders; a fixture project yields its name to the module that ships; modules of two
    /// ecosystems in one folder each keep their languages; build and lint tools' configuration scripts are build scripts.
    /// 13: a hidden coupling's principal is its share of its group's links (`group_link`), not a flat cost per pair;
    /// SQLite's amalgamation is generated; test helpers' folders (`test-utils/`, `testutil/`…)
    /// `playgrounds/` and integration test folders are test code; a module's build manifests and scripts are no
    /// change to it (no share of its debt).
    /// 14: Cabal packages (and hpack's package.yaml) and Mix projects are modules; `integration_test/` is test code; Haskell imports resolve to the files defining their modules, and Haskell
    /// files declare their signed functions and their types.
    /// 15: sbt projects are modules (their `project/` build code is test code, a JMH project's code too); a JVM
    /// package read below a compiler-version folder (`scala-3/`, `scala-2.13+/`) starts after it; dune libraries,
    /// executables and tests are modules, their declared libraries the edges between them; Erlang remote calls,
    /// behaviours and includes resolve to the files defining them, and Erlang char literals and quoted atoms are lexed.
    /// 16: Clojure projects (deps.edn, Leiningen) and OTP applications (`.app.src`) are modules and Clojure
    /// namespaces resolve to their files; Clojure char literals are lexed; two modules declared at the repository
    /// root each keep only their own languages;
    /// Erlang, Clojure, Haskell and OCaml files declare their functions, and Haskell pragmas are code; a module's
    /// abstractness needs half its written code in languages that measure it.
    /// 17: a file change's baseline is 1.3 h, not 3 h (a change set's 3 h over the 2.26 code files it touches);
    /// friction is capped at Code Red's 124 %, not 300 %; erlang.mk's `deps/` applications are first-party
    /// code and its Makefiles declare them; every Makefile is a build manifest.
    /// 18: a module account's changes count its test files' changes, as its interest holds their findings; Kotlin
    /// and Scala members without a body, and C# constructors with an expression body, take no later block as theirs;
    /// a file with several near copies is judged as an amalgamation the same way in every run; an author is a
    /// name (after `.mailmap`), not a name and an email; a version bump changes a code file by up to 4 lines each
    /// way, not 2, and `Update VERSION for 7.1.2` announces one.
    /// 19: a dune stanza owns its subfolders' files only under `include_subdirs`; a nested sbt build's imports
    /// and names resolve only among its own projects.
    /// 20: the `instability` rule judges how much more unstable a module is than its most stable dependent
    /// (`instability_gap`, warning 0.1, error 0.5), not its instability once one dependent is more stable.
    /// 21: Elixir's `@doc ~S"""` heredocs are comment lines, as cloc counts them; a Mix project needs no `deps`
    /// entry for the applications Elixir ships; a name several modules share means the nearest; a Python
    /// project's files outside the packages its wheel ships (hatch) are test code.
    /// 22: Ruby's `#{…}`, and `${…}` in a JavaScript or TypeScript template and in Kotlin and Dart strings, hold
    /// literals of their own, so a quote in them closes nothing.
    /// 23: a Rust crate path in code (`tokio::spawn(…)`, `#[tokio::main]`) imports the declared dependency it names;
    /// a Cargo dev-dependency is never unused by the library.
    /// 24: a JS/TS import by a relative path or a tsconfig path alias needs no declaration; a private or test member
    /// of an npm workspace may use what the packages around it declare, which makes the root's declaration used; a
    /// package the scripts of a package.json run is used.
    /// 25: a CMake `\#` is a literal `#`, no comment (Catch2's tests/CMakeLists.txt); a Go package's requirements are
    /// used when any package of its go.mod imports the required module.
    /// 26: the root Bazel package owns only the files its rules list, and gives way to CMake.
    /// 27: fuzzing harnesses (`fuzz/`, `fuzzing/`) and DocC catalogs' code (`*.docc/`) are test code; Swift's
    /// `#externalMacro(module:)` imports the macro's module.
    /// 28: a scaffolder's project templates (create-vite's `template-*/`) are left out as `scaffolding`; JS/TS
    /// imports resolve through the literal aliases of vite and vitest configs.
    /// 29: Swift's `\(…)`, Python's f-strings, C#'s `$"{…}"` and Scala's `s"${…}"` hold literals of their own.
    /// 30: a fixture or example project in test code that no real build lists or depends on is no module; folders
    /// named `*-examples`, `*_example`… and capitalized `Examples/`, `Example/`, `Samples/` are test code.
    /// 31: a renamed Cargo dependency (`foo = { package = "bar" }`) is imported as `foo`; Rust absolute paths name crates.
    /// 32: a Go package of generated files is a module, and generated Go files' imports are edges.
    /// 33: PHP functions are only those `function` declares; closures are `(anonymous)`.
    /// 34: a line of a multi-line literal holding only an escape is code.
    /// 35: shell functions are found past quotes, here-documents, `${#x}` and `case` items, and in zsh and ksh.
    /// 36: Ruby's heredocs are literals whose `#` lines are comment lines (rubocop: comments within 0.01 % of cloc).
    /// 37: the folder fallback's containers include `plugins`, `extensions`, `addons`, `components` and `services`,
    /// and `.bash`, `.zsh`, `.ksh` files are source (`rules/modules.yaml`).
    /// 38: PHP heredocs, nowdocs and `#[…]` attributes are lexed as PHP 8 does; nullable types, `?:` and `?->` are
    /// no branches.
    /// 39: an import of a module that re-exports others is an edge to those too (ModuleReexports); a compiler
    /// plugin (a proc-macro crate, a SwiftPM macro) has no main-sequence distance; content-generated files leave
    /// change coupling.
    /// 40: a type declared after a line ending in a dot counts (Python's `def f(self): ...` hid the next class); a
    /// Python class is abstract for its bases only up to its header's `:` (not a type parameter's bound), and
    /// asyncio's and Twisted's `….Protocol` bases are concrete.
    /// 41: a fixture or example project no real build lists or depends on is no module even where no real module
    /// holds its folder (axum's `examples/` workspace); `Inputs/`, `template/`, `templates/` in test code hold
    /// fixtures; dune's `(subdir …)` stanzas are read; sbt's `ProjectRef(file("."), id)` is a dependency, a
    /// `file(…)` in `dependsOn(…)` no project folder.
    /// 42: C#'s block-bodied accessors are functions (`get_X`, `set_X`); `where` constraints run up to a method's
    /// body and `new` names no function.
    /// 43: SwiftPM's version-specific manifests (`Package@swift-5.9.swift`) are read, one manifest per folder; a
    /// CMakeLists.txt sees the variables of the one adding it (`add_subdirectory`).
    /// 44: lexing (files-24): an unclosed interpolation, C# raw strings, Scala's `$"`, f-string comments, PHP attributes.
    /// 45: lexing (files-25): a doubled quote is text in verbatim strings (C#'s `@"a""b"`) and SQL-like quotes.
    /// 46: main-sequence distance's friction is scaled by the share of the other modules importing the module
    /// (`friction_scale: dependent_share`), not full from three dependents on.
    /// 47: modules: a BUILD file's top-level list assignments are read; `add_subdirectory` in `foreach` inherits;
    /// an include folder takes every `if` branch's value (nlohmann/json's `nlohmann_json` owns its headers).
    /// 48: lexing (files-26): comments in a template's `${…}`, C#'s `$$$"""` brace runs, `@"…"` in an interpolation.
    /// 49: modules: a header (a Ruby library, a PHP class file) tracked in several modules goes to a copy the scan
    /// measures, then the importer's own, a declared dependency, the nearest copy, the first module.
    /// 50: modules: an import by name reaches only modules of an ecosystem building the importer's language.
    /// 51: modules: a joined folder drops a trailing `/`; CMake `file(GLOB)` lists folders and `RELATIVE` results;
    /// targets made in `foreach` are read once per loop item (libuv's docs/code samples, Catch2's fuzzers).
    /// 52: lexing (files-27): block comments nest in an interpolation's code where the language nests them (Swift,
    /// Kotlin, Dart), and a raw literal there has no escapes (Swift's `#"\"#`, Dart's `r'\'`, shell's `'…'`).
    /// 53: modules: a crate maturin builds into a Python extension module is imported from Python by its name; a
    /// Gradle project a test configuration names is a test dependency (it keeps a fixture project a module); a JVM
    /// package folder is no test folder (`com/google/samples/`); a class of a package holding only sub-packages (an
    /// Android `R`) is their module's, not an ancestor package's.
    /// 54: lexing (files-28): a raw literal in an interpolation's code has
    /// interpolations of its own, read as code (Swift's `"\(f(#"a \#(g(#"b"#)) c"#))"`, Kotlin's and Scala's
    /// `"""…${…}…"""`, C#'s `$@"…{…}…"`, `$"""…"""`).
    /// 55: modules: CMake `function()`/`macro()` calls run their bound bodies (definitions declare nothing),
    /// `include()` of tracked files, `list(TRANSFORM|PREPEND|REMOVE_ITEM|FILTER|…)`, `string(REPLACE…)`,
    /// `get_filename_component`, `cmake_parse_arguments` and the `if` branches it decides; list appends in `foreach`.
    /// 56: modules: a .NET solution (`.sln`, `.slnx`) lists its projects as a workspace lists its members, so an
    /// example project one outside the examples folders lists stays a module (MediatR's samples); a manifest listed
    /// by several is kept when any listing is a real build's.
    /// 57: modules: a JS/TS import naming a file (relative, a path alias, a package's subpath) reaches what that file
    /// re-exports, not all its package does (excalidraw's `import "@excalidraw/excalidraw/global"` made edges to
    /// `element` and `utils`); tsc's `.d.ts` ends an import's path; webpack configs' aliases are read as vite's.
    /// 58: modules: UTF-16 .NET solutions and projects are read; the crate maturin builds is found as maturin finds
    /// it (`manifest-path`, the `rust/` layout), Python reaches it by its extension names alone, and `python-source`
    /// places the extension.
    /// 59: modules: CMake functions and macros are global (a folder `add_subdirectory` adds defines them for the
    /// files read after it), `if()` conditions are evaluated where their operands are known for certain
    /// (`STREQUAL`, `MATCHES`, `VERSION_*`, `DEFINED`, `EXISTS`… with `NOT`/`AND`/`OR` and parentheses), quoted
    /// arguments stay whole and unquoted ones split into list elements (googletest 59 → 80 modules).
    /// 60: modules: vitest's and tsd's type tests (`*.test-d.ts`, `*.spec-d.ts`) and vitest's benchmarks (`*.bench.ts`,
    /// `__benchmarks__/`) are test code (vuejs/core's dts-test package had been 4,439 lines over its budget).
    /// 61: modules: a JVM class named by its qualified name in code, with no import (`cats.kernel.Band`), is an edge to
    /// the module owning it (files-29); one no other module owns is no import at all.
    /// 62: modules: a Cargo target named by path (`[lib]`, `[[bin]]`, `[[test]]`, `[[bench]]`, `[[example]]`) is the
    /// crate's wherever it lies (its folder outside every package a root, or the file alone in another package's
    /// folder), and a test, bench or example target is test code with its own folder's Rust files.
    /// 63: modules: Xcode projects (`*.xcodeproj/project.pbxproj`): each native target a module owning the code it
    /// compiles, SwiftPM's targets keeping files both describe; Objective-C's `@import X;` and a framework's
    /// `#import <X/Y.h>` resolve by name; folders named `* Example`/`* Examples` are examples (iina: folder modules →
    /// 4 targets; CodeEdit's CodeEditTests a test target).
    /// 64: modules: a Go package is `executable` when it is `package main` (prometheus's cmd/prometheus, cmd/promtool).
    /// 65: a function literal passed to a call is named by it in findings (`test('empty') callback`, not
    /// `(anonymous)`), one passed to none by the function it is nested in (`(anonymous) in setup`); modules: what
    /// pdm-backend's `source-includes` lists is test code (fastapi's `docs_src/`); Scala's relative names
    /// (`import kernel.compat.x.*`, `kernel.instances.EqInstances` inside
    /// `package cats`) resolve below the packages its clauses open, its objects' members (`cats.syntax.all.toFoo`)
    /// and `kernel.Eq` in code are imports too (files-30); Groovy's imports are read, and Groovy code shares its
    /// package with its module's dependencies; packages start below sbt's `scala-2.13+` folders; of the classes of a
    /// package holding only sub-packages, only Android's `R` and `BuildConfig` are theirs (others are external);
    /// `*Test.groovy`, `*Tests.groovy`, `*Spec.groovy` are test code;
    /// a Python string whose whole content is a dotted name naming another module's file, package or a
    /// name one binds (`"bakerydemo.settings.dev"` in manage.py), which a framework imports at run time, is an edge to
    /// that module (files-30); a string naming nothing of the repository is no import at all;
    /// 66: so is an object reference naming another module's file (`"app.main:app"`, with one word before the colon
    /// only where that file binds the attribute) and a Django app list's one-word name of another module's top-level
    /// package (`INSTALLED_APPS = ["polls"]`) (files-33).
    /// 67: modules: each Gradle settings file's build is separate, its imports reaching only its own projects and
    /// those of the builds it includes (spock's `build-logic/` no longer imports `:spock-core`); an included build
    /// making Gradle plugins (or included for them), publishing nothing, is build logic: test modules (okio's
    /// `build-support/`); in a JVM package several modules share, a Kotlin name resolves to the module of the file
    /// declaring it at top level (`import shark.dump`), a class's member or nested class to its class's file, and a
    /// Kotlin function or property named by its qualified name in code is an import (files-34).
    /// 68: a file split in one commit creating files (at least `split_bytes` bytes and `split_share` of it
    /// leaving it) hands its past changes on with its code: it keeps its remaining bytes' share, and each file the
    /// commit creates in its module inherits its bytes' share (`FileSplits`).
    /// 69: Lua files have functions and complexity (`function_style: lua`, files-35); their `require("a.b")` is an
    /// edge to the module owning `a/b.lua` or `a/b/init.lua` below a `lua/` or `src/` folder or the root.
    /// 70: LuaRocks rockspecs are module manifests.
    /// 71: a bug-fix commit (`FixCommits`, by its subject) weighs `fix_weight` (2) changes in activity.
    /// 72: a split file's and its heirs' ownership (authors, main author's share) is over their weighed changes.
    /// 73: a subject starting with gitmoji's 🐛 or 🚑 is a bug fix.
    /// 74: `crashing` is a fix word; `format` and `formatting` are no housekeeping (fmtlib's fixes).
    /// 75: the fix reading's words are data (`fixes:` in rules/model.yaml), and a word is a run of letters of any
    /// alphabet (`fixé` is no `fix`; an emoji or a curly quote ends a word as before).
    /// 76: a copy of another project's release (`ReleaseCopies`: `test/googletest-1.16.0/` with its licence) is
    /// vendored; the history leaves out what `--exclude` globs match, as the scan does.
    /// 77: a Composer package's files outside its `autoload` paths (`bin/` scripts, a test bootstrap) make no edge.
    /// 78: another release of a copied project beside its copy (`test/googletest-1.13.0/` beside `-1.16.0/`) is vendored.
    /// 79: a Composer package's tooling (outside its `autoload` and `bin`) counts with its tests, not in its size.
    /// 80: a gem's files outside its `require_paths`, `bindir` and `ext/` are tooling, as a Composer package's are.
    /// 81: folders named `bundled` or `_vendor` are vendored (spdlog's bundled fmt, pip's `_vendor`).
    /// 82: a C or C++ test macro's function is named with its arguments (files-40), so its findings' subjects are.
    /// 83: an sbt cross project in the build's folder is its root module, not the aggregate beside it (scopt).
    /// 84: Jest's `__mocks__/` and codemods' `__testfixtures__/`, `__fixtures__/` are test code; a Gradle benchmark
    /// project's code is; a CMake target describing a SwiftPM target again no longer gives an Xcode target its files,
    /// and a SwiftPM helper's `directory:` names the target's folder (swift-collections); `lua/` is a container
    /// folder; a Gradle build-logic build's projects lent by the enclosing build (`projectDir = File("../x")`) are
    /// that build's; Deno's `*_test.ts` and `*_bench.ts` are test code, as are CI folders' scripts (`.github/`,
    /// `.gitlab/`…) and `javatests/`;
    /// main-sequence distance's principal grows with its dependents' files (`dependent_file`), no longer a flat 8 h;
    /// Erlang's `*_SUITE.erl`, `*_SUITE_data/`, `*_tests.erl` and `priv/templates/` are test code, and a rebar3
    /// `.app.src.script` declares its application; Zig files have functions and imports (files-41);
    /// Dokka's pages are generated; a documentation's `snippets/` are examples; a published npm workspace root with
    /// an entry point is a library (swr); `integration-test/` and `IntegrationTest/` are test code;
    /// Deno workspaces' `deno.json` declare modules.
    /// 85: the code a Rust proc macro's `quote!` writes imports nothing for the macro's crate (files-42; serde); a Hex
    /// package's code is what it ships and compiles, its other files tooling (oban's `config/config.exs`); a Gradle
    /// benchmark plugin makes test code of a whole project only where its folder says it measures; Rust's `test.rs`
    /// and `compile_fail/` doc tests, demos (`*-demo/`, a top-level `demo/`) and top-level tutorials are test code;
    /// R's `DESCRIPTION`, Julia's `Project.toml` and Crystal's `shard.yml` declare packages; `find_packages()`'s root
    /// is only a positional first argument (celery).
    /// 86: a TypeScript interface of properties alone is concrete (files-43; vite's `vite` A .81 → .11); a release's
    /// `Prepare release` and `Start development of X 1.2` are version bumps (phpunit's `Version.php`); JavaScript's
    /// regular expressions are one token (files-44; koa's `href` had run 615 lines); a Rust path from a module the
    /// file declares is the file's own (files-45; prost-types' `pub use protobuf::*` had closed a false cycle);
    /// `erlang.mk` is vendored and a `#line 1 "…"` head generated (puma's Ragel parser); PHP's `object` parameter
    /// type declares no type; OCaml's `and type`, `let open`, `let module` bind no function (files-46); a C++
    /// function keeps its name past `EXCLUDES(lock_)` and `override final` (files-47); `testData/` is test data;
    /// an MSBuild attribute's quoted `->` ends no tag; a C# or Java type head with parentheses is no function
    /// (files-48); a shared root goes to a library, then an executable, then a test, an unlisted C header to its
    /// folder's main module, and a static and shared library twin are one (zstd).
    /// 87: in-file tests (files-50) are a module's tests; CMake REMOVE_ITEM, `package-dir`, .NET Compile links,
    /// `com.android.test`, `:test-paths`; a table of numbers is generated. 88: a change a year ago weighs half
    /// (`activity_half_life_days` 365, was 90); a SwiftPM target's files are its code whatever their names, build
    /// files count in test modules, a hashed `dist/` bundle is generated, a shared CMake source no edge (files-51).
    public static let figuresVersion = "figures-88"

    public let catalog: RuleCatalog
    public let rules: [Rule]
    public let model: ModelParameters

    public init(catalog: RuleCatalog, rules: [Rule], model: ModelParameters) {
        self.catalog = catalog
        self.rules = rules
        self.model = model
    }

    /// The scan's figures (its history's line counts stop at `countedLinesLimit`: no figure shows them).
    public func run(_ request: FileScanRequest, history: HistoryRequest) throws -> ScanReport {
        var history = history
        history.countedLinesLimit = history.countedLinesLimit ?? countedLinesLimit
        return try runKeepingHistory(request, history: history).report
    }

    /// How many lines of a file's change the figures need counted: none. Only the version-bump test reads lines, and
    /// only in a commit announcing a release, whose changes are counted exactly (`exactLinesForSubjects`); through
    /// session 20 every change was counted up to 64 lines, inflating both sides' blobs for nothing.
    public var countedLinesLimit: Int { 0 }

    /// The scan and the history it was priced with: the whole repository's, up to the scanned commit, without
    /// the files the scan excludes (vendored, generated, configured), for callers that show both.
    public func runKeepingHistory(
        _ request: FileScanRequest, history: HistoryRequest
    ) throws -> (report: ScanReport, history: HistoryReport) {
        var history = history
        // Ages are measured from the scanned commit's date (HEAD's for the work tree), never the clock: the same
        // commit has the same figures whenever it is scanned, equal to its report, trend sample and gate side.
        if let revision = request.revision {
            history.now = try commitDate(of: revision, in: request.repositoryPath)
        } else if let head = try? commitDate(of: "HEAD", in: request.repositoryPath) {
            history.now = head
        }
        let analyzer = ModuleAnalyzer(catalog: catalog)
        let scan = try FileScanner(languages: catalog.languages, settings: catalog.scan).scan(request)
        let mined = try analyzer.mineHistory(at: scan.commit ?? "HEAD", request: request, history: history)
        return (account(analyzer.analyze(scan, history: mined), history: mined), mined)
    }

    /// Prices a module report and the history it was joined with.
    public func account(_ modules: ModuleReport, history: HistoryReport) -> ScanReport {
        let nonCode = Set(catalog.scan.nonCodeLanguages)
        let functionLanguages = Set(catalog.languages.languages.filter { $0.functionStyle != nil }.map(\.name))
        let measured = Measurements(
            modules: modules, history: history, nonCode: nonCode, functionLanguages: functionLanguages,
            largestChange: Int(model.interest.largestChangeFiles.value),
            versionBumpLines: Int(model.interest.versionBumpLines.value),
            split: (Int(model.interest.splitBytes.value), model.interest.splitShare.value),
            fixes: (FixCommits(model.fixes), model.interest.fixWeight.value))
        let catalog = self.catalog
        let moduleOfFile = measured.moduleOfFile
        // `.accrue.yml` overrides per path or module; a pair answers to its first module's overrides.
        let findings = DebtAccountant(rules: rules, model: model) { rule, subject in
            guard !catalog.overrides.isEmpty else { return rule }
            let path = subject.path
            let module: String?
            switch subject {
            case .module(let name), .pair(let name, _): module = name
            case .file(let file), .function(let file, _, _): module = moduleOfFile[file]
            }
            return catalog.rule(rule.id, path: path, module: module) ?? rule
        }.findings(for: measured.all)
        let halfLife = model.interest.activityHalfLifeDays.value
        var changes: [String: ModuleInterest.FileChanges] = [:]
        for observation in measured.all {
            if case .file(let path) = observation.subject {
                changes[path] = ModuleInterest.FileChanges(
                    all: observation.activity.changesPerMonth(halfLifeDays: halfLife),
                    crossing: measured.crossingOfFile[path]?.changesPerMonth(halfLifeDays: halfLife) ?? 0)
            }
        }
        let files = fileAccounts(modules, findings, changes, measured, nonCode: nonCode)
        let moduleAccounts = moduleAccountsOf(modules, findings, changes, measured)
        // Code lines of the languages the model judges: data, markup and prose are not written like code.
        let code = modules.scan.files.filter { !nonCode.contains($0.language) }.reduce(0) { $0 + $1.lines.code }
        let principal = findings.reduce(0) { $0 + $1.principal.hours }
        let interest = findings.reduce(0) { $0 + $1.interest.hoursPerMonth }
        let toWrite = Double(code) * model.debtRatio.minutesToWritePerLine.value / 60
        let ratio = toWrite > 0 ? principal / toWrite : 0
        var report = ScanReport(
            commit: modules.scan.commit, now: history.now, modules: modules, findings: findings, files: files,
            moduleAccounts: moduleAccounts, codeLines: code, principalHours: principal,
            interestHoursPerMonth: interest, baselineHoursPerChange: model.interest.baselineHoursPerChange.value, debtRatio: ratio,
            rating: model.debtRatio.rating(of: ratio),
            historyCommits: modules.history?.commits ?? 0, isShallow: modules.history?.isShallow ?? false)
        report.splits = measured.splits
        (report.fixes, report.fixWeight) = (measured.fixes, model.interest.fixWeight.value)
        report.isPartialClone = modules.history?.isPartialClone ?? false
        return report
    }

    /// A file's account: its findings and its functions', and its share of its module's findings.
    private func fileAccounts(
        _ modules: ModuleReport, _ findings: [Finding], _ changes: [String: ModuleInterest.FileChanges],
        _ measured: Measurements, nonCode: Set<String>
    ) -> [ScanReport.Account] {
        let paying = measured.moduleOfFile.filter { !measured.buildScripts.contains($0.key) }
        let shares = ModuleInterest.sharesByFile(findings, moduleOfFile: paying, changes: changes)
        var byPath: [String: (principal: Double, interest: Double, count: Int)] = [:]
        for finding in findings {
            guard let path = finding.subject.path else { continue }
            byPath[path, default: (0, 0, 0)].principal += finding.principal.hours
            byPath[path, default: (0, 0, 0)].interest += finding.interest.hoursPerMonth
            byPath[path, default: (0, 0, 0)].count += 1
        }
        return modules.scan.files.map { file in
            let entry = byPath[file.path] ?? (0, 0, 0)
            return ScanReport.Account(
                name: file.path, codeLines: file.lines.code, principalHours: entry.principal,
                interestHoursPerMonth: entry.interest + (shares[file.path] ?? 0), findings: entry.count,
                changes: changes[file.path] ?? .init(all: 0),
                crossingCommits: measured.crossingOfFile[file.path]?.distinctCommits ?? [],
                isCode: !nonCode.contains(file.language))
        }.sorted(by: mostInterestFirst)
    }

    /// A module's account: its own findings, those of its files and functions, and half of each pair
    /// finding it is part of (changes that cross module boundaries).
    private func moduleAccountsOf(
        _ modules: ModuleReport, _ findings: [Finding], _ changes: [String: ModuleInterest.FileChanges],
        _ measured: Measurements
    ) -> [ScanReport.Account] {
        var totals: [String: (principal: Double, interest: Double, count: Int)] = [:]
        func add(_ name: String, _ finding: Finding, share: Double) {
            totals[name, default: (0, 0, 0)].principal += finding.principal.hours * share
            totals[name, default: (0, 0, 0)].interest += finding.interest.hoursPerMonth * share
            totals[name, default: (0, 0, 0)].count += 1
        }
        for finding in findings {
            switch finding.subject {
            case .module(let name): add(name, finding, share: 1)
            case .pair(let first, let second):
                add(first, finding, share: 0.5)
                add(second, finding, share: 0.5)
            case .file(let path), .function(let path, _, _):
                if let name = measured.moduleOfFile[path] { add(name, finding, share: 1) }
            }
        }
        let withFindings = Set(findings.compactMap(\.subject.path))
        return modules.modules.map { module in
            let entry = totals[module.declaration.name] ?? (0, 0, 0)
            // A module's changes are its files' (one per file a commit touches, decayed), tests included, as module
            // interest counts them and as its interest holds its test files' findings (cats' kernelLaws charged
            // +3,608 % a change on its main files' 0.004 changes a month, its tests changing 0.115 times).
            // A build script's changes pay none of the module's findings, only its own: they count where it has some
            // (bloc's docs/astro.config.mjs, fragmented by translators, made its module read +219 % a change).
            let files = (module.files + module.testFiles)
                .filter { !measured.buildScripts.contains($0) || withFindings.contains($0) }
                .compactMap { changes[$0] }
            return ScanReport.Account(
                name: module.declaration.name, codeLines: module.lines.code, principalHours: entry.principal,
                interestHoursPerMonth: entry.interest, findings: entry.count,
                changes: ModuleInterest.FileChanges(
                    all: files.reduce(0) { $0 + $1.all }, crossing: files.reduce(0) { $0 + $1.crossing }))
        }.sorted(by: mostInterestFirst)
    }

    private func mostInterestFirst(_ a: ScanReport.Account, _ b: ScanReport.Account) -> Bool {
        (b.interestHoursPerMonth, b.principalHours, a.name) < (a.interestHoursPerMonth, a.principalHours, b.name)
    }

    private func commitDate(of revision: String, in path: String) throws -> Date {
        let repository = try Repository(discovering: path)
        return try repository.commitDate(repository.resolveCommit(revision))
    }
}
