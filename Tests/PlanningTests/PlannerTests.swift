import DebtLedger
import DebtModel
@testable import PlanAssembly
import PlanNaming
@testable import Planning
import RuleCatalog
import SymbolScan
import Testing

/// Prices one observation with the bundled rules; `changes` commits of age 0 give it activity.
func finding(_ subject: Subject, _ values: [MetricID: Double], changes: Int = 10, rule: String) throws -> Finding {
    let catalog = try RuleCatalog.bundled()
    let activity = Activity(commits: (0..<changes).map { "c\($0)" }, ageDays: Array(repeating: 0, count: changes))
    let found = DebtAccountant(rules: catalog.rules, model: catalog.model)
        .findings(for: [Observation(subject: subject, values: values, activity: activity)])
    return try #require(found.first { $0.rule == rule })
}

/// The plan for `file` over file-size's thresholds by its code lines, and nothing else.
func splitPlan(_ file: PlanFile, otherPaths: [String] = []) throws -> RemediationPlan {
    let size = try finding(.file(file.path), [.fileCodeLines: Double(file.codeLines)], rule: "file-size")
    var input = PlanInput(
        findings: [size], interestHoursPerMonth: size.interest.hoursPerMonth, modules: [],
        files: [file.path: file], cycles: [], couplings: [])
    input.otherPaths = otherPaths
    return Planner(settings: PlanSettings()).plan(input)
}

/// A C module of `files` (name → code lines) under `src/`, with dependencies `from → to`.
func cModule(_ files: [(String, Int)], uses: [(String, String)]) -> PlanModule {
    PlanModule(
        name: "core", ecosystem: "folder", roots: ["src"], manifest: "Makefile",
        files: files.map { PlanFile(path: "src/\($0.0)", codeLines: $0.1, declaredNames: [$0.0]) },
        dependencies: uses.map { FileDependency(from: "src/\($0.0)", to: "src/\($0.1)", weight: 3, names: [$0.1]) })
}

/// A plan input of `module` alone with its module-size finding at `lines` code lines.
func sizeInput(_ module: PlanModule, lines: Double = 2900) throws -> PlanInput {
    let size = try finding(.module(module.name), [.moduleCodeLines: lines], rule: "module-size")
    return PlanInput(
        findings: [size], interestHoursPerMonth: size.interest.hoursPerMonth, modules: [module], files: [:],
        cycles: [], couplings: [])
}

@Suite struct PlannerTests {
    /// okio's FakeFileSystemTest.kt: three small classes go, and the file's own class keeps it over the warning.
    @Test func aSplitThatCannotClearTheFileSaysWhatStays() throws {
        let file = PlanFile(
            path: "src/FakeTest.kt", codeLines: 425,
            declarations: [
                Declaration(name: "FakeTest", kind: "class", startLine: 1, endLine: 500, codeLines: 404),
                Declaration(name: "Windows", kind: "class", startLine: 501, endLine: 508, codeLines: 7),
                Declaration(name: "Unix", kind: "class", startLine: 509, endLine: 516, codeLines: 7),
                Declaration(name: "Strict", kind: "class", startLine: 517, endLine: 524, codeLines: 7),
            ])

        let stages = try splitPlan(file).stages

        #expect(stages.last?.steps.last
            == "This leaves 404 code lines, 4 over the warning, in declarations that stay: split those by responsibility to clear it")
    }

    /// okio's `:okio` is rooted in `okio/`: a new module named `okio` would be that folder.
    @Test func aNewModuleTakesNoModulesNameNorFolder() {
        let okio = PlanModule(name: ":okio", ecosystem: "gradle", roots: ["okio"], manifest: "okio/build.gradle.kts", files: [])
        let jmh = PlanModule(
            name: ":okio:jvm:jmh", ecosystem: "gradle", roots: ["okio/jvm/Jmh"], manifest: "okio/jvm/jmh/build.gradle.kts",
            files: [])

        let taken = Planner.takenNames([okio, jmh])

        #expect(taken.isSuperset(of: [":okio", "okio", ":okio:jvm:jmh", "jmh", "Jmh"]))
        #expect(ModuleNaming.name(
            files: ["okio/src/zlibMain/kotlin/okio/GzipSink.kt"], folder: "okio", central: nil, module: ":okio", ordinal: 1,
            lowercase: true, taken: taken, ecosystem: "gradle") != "okio")
    }

    /// A module `name` of 2,900 lines: net_*.c form a tight cluster with one tie to the rest; db_*.c are tied to
    /// everything.
    private func clusteredModule(named name: String = "core") throws -> PlanInput {
        var module = cModule(
            [("net_io.c", 300), ("net_poll.c", 300), ("net_conn.c", 300), ("db_a.c", 700), ("db_b.c", 700),
             ("db_c.c", 600)],
            uses: [("net_io.c", "net_poll.c"), ("net_conn.c", "net_io.c"), ("net_poll.c", "net_conn.c"),
                   ("net_conn.c", "db_a.c"), ("db_a.c", "db_b.c"), ("db_b.c", "db_c.c"), ("db_c.c", "db_a.c")])
        module.name = name
        return try sizeInput(module)
    }

    @Test func theClusterWithFewestTiesIsExtractedFirst() throws {
        let input = try clusteredModule()

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moved = Set(plan.stages.filter { $0.id.contains(":move:") }.flatMap(\.files))
        #expect(moved == ["src/net_io.c", "src/net_poll.c", "src/net_conn.c"])
        #expect(plan.stages.allSatisfy { $0.changedLines <= 400 })
        // The rest of core uses nothing of net; net uses db_a.c: net is the upper layer, no interface needed
        // for core, but net's use of db_a.c must not be inverted.
        #expect(plan.stages.first?.id == "split-module:core:net:move:1")
        #expect(plan.stages.last?.checks.first?.text == "module-size of core ≤ 2,000 code lines")
    }

    /// rubocop in small: a module far past its error threshold stays past it after the split, where size friction is
    /// capped, yet the changes to the files that leave stop paying it: 4 of the module's 10 changes a month move into
    /// a new module within its budget, so the split saves 4 ÷ 10 of the size interest (nothing, before).
    @Test func aSplitSavesTheSizeFrictionItsMovedChangesPaid() throws {
        var input = try clusteredModule()
        let size = try finding(.module("core"), [.moduleCodeLines: 12_900], changes: 10, rule: "module-size")
        input.findings = [size]
        for index in input.modules[0].files.indices where input.modules[0].files[index].path.contains("net_") {
            input.modules[0].files[index].changesPerMonth = size.interest.changesPerMonth * 4 / 30
        }
        input.modules[0].codeLines = 12_900

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moves = plan.stages.filter { $0.id.hasPrefix("split-module:core:net:move:") }
        let saved = moves.reduce(0) { $0 + $1.interestSavedHoursPerMonth }
        #expect(!moves.isEmpty)
        #expect(abs(saved - size.interest.hoursPerMonth * 0.4) < 0.001)
    }

    @Test func aFolderIsTheSeamWhenItsFilesTieLessToTheRestThanAnyCluster() throws {
        // 2,900 lines. The reader/odt folder (odt.c beside it extends it) uses util.c a little and nothing uses it;
        // its files share no names with each other, so no cluster of ties holds them: the folder does, and names
        // the new module. The other files are tied to each other and to util.c.
        var module = cModule(
            [("reader/odt.c", 100), ("reader/odt/base.c", 300), ("reader/odt/styles.c", 300), ("reader/odt/content.c", 300),
             ("app.c", 700), ("util.c", 600), ("main.c", 600)],
            uses: [("reader/odt/content.c", "util.c"), ("app.c", "util.c"), ("util.c", "main.c"), ("main.c", "app.c"),
                   ("app.c", "main.c")])
        module.name = "core"
        let input = try sizeInput(module)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        #expect(Set(moves.flatMap(\.files)) == ["src/reader/odt.c", "src/reader/odt/base.c", "src/reader/odt/styles.c", "src/reader/odt/content.c"])
        #expect(moves.first?.id == "split-module:core:odt:move:1")
        #expect(moves.first?.why.hasSuffix("These 4 files are an upper layer: they use the rest of core, nothing there uses them.") == true)
    }

    @Test func smallFeatureFoldersArePackedAndACleanLayerGoesFirst() throws {
        // Four middleware folders of 150 lines each, too small to be modules alone, each using core.c: packed,
        // they are an upper layer (no use back) and go first, named after their folder. x.c and y.c are tied
        // closely but app.c uses y.c and x.c uses app.c: a seam needing an interface, after.
        var module = cModule(
            [("middleware/a/a.c", 150), ("middleware/b/b.c", 150), ("middleware/c/c.c", 150), ("middleware/d/d.c", 150),
             ("core.c", 900), ("app.c", 800), ("x.c", 300), ("y.c", 300)],
            uses: [("middleware/a/a.c", "core.c"), ("middleware/b/b.c", "core.c"), ("middleware/c/c.c", "core.c"),
                   ("middleware/d/d.c", "core.c"),
                   ("x.c", "y.c"), ("y.c", "x.c"), ("x.c", "app.c"), ("app.c", "y.c"), ("app.c", "core.c")])
        module.name = "core"

        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module))

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        let groups = moves.map { $0.id.split(separator: ":")[2] }.reduce(into: [Substring]()) { if $0.last != $1 { $0.append($1) } }
        #expect(groups.first == "middleware" && groups.count == 2)
        #expect(Set(moves.filter { $0.id.contains(":middleware:") }.flatMap(\.files))
            == ["src/middleware/a/a.c", "src/middleware/b/b.c", "src/middleware/c/c.c", "src/middleware/d/d.c"])
    }

    @Test func aRootsOwnFoldersAreNotPacked() throws {
        // vite's package: bin/, misc/ and scripts/ beside src/, each small and tied to nothing. Packed, they made one
        // new package of a CLI entry, stubs and a build script; they are parts of different kinds, so each stays.
        var module = cModule(
            [("bin/cli.c", 150), ("misc/stub.c", 150), ("scripts/gen.c", 150), ("core.c", 900), ("app.c", 800),
             ("x.c", 300), ("y.c", 300)],
            uses: [("x.c", "y.c"), ("y.c", "x.c"), ("x.c", "app.c"), ("app.c", "y.c"), ("app.c", "core.c")])
        module.name = "core"

        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module))

        let moved = plan.stages.filter { $0.id.contains(":move:") }.map { Set($0.files.compactMap { $0.split(separator: "/").dropFirst().first }) }
        #expect(!moved.isEmpty)
        #expect(moved.allSatisfy { $0.intersection(["bin", "misc", "scripts"]).count <= 1 })
    }

    @Test func aSeamWhoseTiesRunBothWaysMoreThanWithinIsCalledWeak() throws {
        // The odt folder's two files use nothing of each other; each uses one db file and is used by it, so every
        // tie leads out and half of them go against the new layering. The db files, too large to move in a stage,
        // stay.
        var module = cModule(
            [("odt/a.c", 300), ("odt/b.c", 300), ("db_a.c", 800), ("db_b.c", 700), ("db_c.c", 800)],
            uses: [("odt/a.c", "db_a.c"), ("db_a.c", "odt/a.c"), ("odt/b.c", "db_b.c"), ("db_b.c", "odt/b.c"),
                   ("db_a.c", "db_b.c"), ("db_b.c", "db_c.c"), ("db_c.c", "db_a.c")])
        module.name = "core"
        let input = try sizeInput(module)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        let move = try #require(moves.first)
        #expect(Set(moves.flatMap(\.files)) == ["src/odt/a.c", "src/odt/b.c"])
        #expect(move.why.hasSuffix("These 2 files are the loosest cluster found, yet a weak seam: 12 ties to the rest of core against 0 among themselves; 6 of the uses across go against the new layering, through an interface, against 0 uses among the files. A feature folder or a layer the team knows with fewer ties is the better cut; look for one before these stages."))
    }

    /// serilog's KeyValuePairs: "of which only 1 uses go the other way" read as a slip; one use goes.
    @Test func oneUseAgainstTheLayeringIsSaidInTheSingular() throws {
        // odt/a.c and odt/b.c use each other; the db files use them, and odt/a.c uses db_a.c once.
        var module = cModule(
            [("odt/a.c", 300), ("odt/b.c", 300), ("db_a.c", 800), ("db_b.c", 700), ("db_c.c", 800)],
            uses: [("odt/a.c", "odt/b.c"), ("odt/b.c", "odt/a.c"), ("db_a.c", "odt/a.c"), ("db_b.c", "odt/b.c"),
                   ("db_c.c", "odt/a.c"), ("db_a.c", "odt/b.c"), ("odt/a.c", "db_a.c"), ("db_a.c", "db_b.c"),
                   ("db_b.c", "db_c.c"), ("db_c.c", "db_a.c")])
        module.name = "core"
        for index in module.dependencies.indices where module.dependencies[index].from == "src/odt/a.c"
            && module.dependencies[index].to == "src/db_a.c" {
            module.dependencies[index].weight = 1
        }

        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module))

        let why = try #require(plan.stages.first { $0.id.contains(":move:") }?.why)
        #expect(why.contains("of which only 1 use goes the other way, through an interface."), "\(why)")
    }

    @Test func anUpperLayersUsersGetAnInterfaceAndNeverImportTheNewModule() throws {
        // net uses db_a.c and db_b.c (an upper layer); db_c.c uses one name of net_io.c. The interface stage
        // replaces that use; a move stage asking db_c.c to import net would make core and net import each other.
        let module = cModule(
            [("net_io.c", 300), ("net_poll.c", 300), ("net_conn.c", 300), ("db_a.c", 700), ("db_b.c", 700),
             ("db_c.c", 600)],
            uses: [("net_io.c", "net_poll.c"), ("net_conn.c", "net_io.c"), ("net_poll.c", "net_conn.c"),
                   ("net_conn.c", "db_a.c"), ("net_io.c", "db_b.c"), ("db_c.c", "net_io.c"), ("db_a.c", "db_b.c"),
                   ("db_b.c", "db_c.c"), ("db_c.c", "db_a.c")])
        let input = try sizeInput(module)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let interface = try #require(plan.stages.first { $0.id.contains(":interface:") })
        #expect(interface.why.hasPrefix("core uses 1 name of the files moving to net"))
        #expect(interface.files == ["src/db_c.c"])
        let moves = plan.stages.filter { $0.id.contains(":move:") }
        #expect(!moves.isEmpty)
        #expect(!moves.flatMap(\.steps).contains { $0.contains("import net in") || $0.contains("visible outside") })
    }

    @Test func aPartOfAnAppTargetIsAlwaysItsLowerLayer() throws {
        // The same cluster split off an Xcode app, which no framework target can link: net goes below the app, its
        // uses of the app's files through an interface.
        var module = cModule(
            [("net_io.c", 300), ("net_poll.c", 300), ("net_conn.c", 300), ("db_a.c", 700), ("db_b.c", 700),
             ("db_c.c", 600)],
            uses: [("net_io.c", "net_poll.c"), ("net_conn.c", "net_io.c"), ("net_poll.c", "net_conn.c"),
                   ("net_conn.c", "db_a.c"), ("net_io.c", "db_b.c"), ("db_c.c", "net_io.c"), ("db_a.c", "db_b.c"),
                   ("db_b.c", "db_c.c"), ("db_c.c", "db_a.c")])
        module.isLinkable = false

        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module))

        let interface = try #require(plan.stages.first { $0.id.contains(":interface:") })
        #expect(interface.why.hasPrefix("the files moving to net use 2 names of core"))
    }

    @Test func aTargetNamedLikeAGradleProjectKeepsItsOwnStages() throws {
        let input = try clusteredModule(named: ":core")

        let all = Planner(settings: PlanSettings()).plan(input)
        let targeted = Planner(settings: PlanSettings(target: ":core")).plan(input)

        #expect(!all.stages.isEmpty)
        #expect(targeted.stages.map(\.id) == all.stages.map(\.id))
    }

    @Test func aCrateSplitIsNamedLikeACrateBesideItAndKeepsItsSourceLayout() throws {
        // The same shape as above, as a Rust crate: the new crate is `poll-next` beside `tokio-stream`, and the
        // files keep their place below the crate's root (src/…), not flattened into a folder inside the crate.
        let files: [(String, Int)] = [
            ("poll_next_io.rs", 300), ("poll_next_wait.rs", 300), ("poll_next_conn.rs", 300), ("db_a.rs", 700),
            ("db_b.rs", 700), ("db_c.rs", 600),
        ]
        let uses = [("poll_next_io.rs", "poll_next_wait.rs"), ("poll_next_conn.rs", "poll_next_io.rs"),
                    ("poll_next_wait.rs", "poll_next_conn.rs"), ("poll_next_conn.rs", "db_a.rs"), ("db_a.rs", "db_b.rs"),
                    ("db_b.rs", "db_c.rs"), ("db_c.rs", "db_a.rs")]
        let module = PlanModule(
            name: "tokio-stream", ecosystem: "cargo", roots: ["tokio-stream"], manifest: "tokio-stream/Cargo.toml",
            files: files.map { PlanFile(path: "tokio-stream/src/ext/\($0.0)", codeLines: $0.1, declaredNames: [$0.0]) },
            dependencies: uses.map {
                FileDependency(from: "tokio-stream/src/ext/\($0.0)", to: "tokio-stream/src/ext/\($0.1)", weight: 3, names: [$0.1])
            })
        let input = try sizeInput(module)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let first = try #require(plan.stages.first { $0.id.contains(":move:") })
        #expect(first.id.hasPrefix("split-module:tokio-stream:tokio-stream-poll-next:move:"))
        #expect(first.steps.first?.hasPrefix(
            "Create the crate `tokio-stream-poll-next/Cargo.toml` (`name = \"tokio-stream-poll-next\"`)") == true)
        #expect(first.steps.contains(
            "Move tokio-stream/src/ext/poll_next_conn.rs to tokio-stream-poll-next/src/ext/poll_next_conn.rs"))
    }

    /// axum-core's `impl FromRequest for Body`: the trait moves to the new crate, the type stays. The file holding the
    /// impl moves with the trait's file or after it, never first (it would implement a foreign trait for a foreign
    /// type), though by name it comes first.
    @Test func aTraitImplMovesWithOrAfterTheTraitsFile() throws {
        let files: [(String, Int, [Declaration])] = [
            ("poll_next_conn.rs", 300, [Declaration(name: "Body", kind: "impl", startLine: 1, endLine: 300, codeLines: 300, trait: "FromRequest", orphanTypes: ["Body"])]),
            ("poll_next_io.rs", 300, [Declaration(name: "FromRequest", kind: "trait", startLine: 1, endLine: 300, codeLines: 300)]),
            ("poll_next_wait.rs", 300, []), ("db_a.rs", 700, [Declaration(name: "Body", kind: "struct", startLine: 1, endLine: 700, codeLines: 700)]),
            ("db_b.rs", 700, []), ("db_c.rs", 600, []),
        ]
        let uses = [("poll_next_io.rs", "poll_next_wait.rs"), ("poll_next_conn.rs", "poll_next_io.rs"),
                    ("poll_next_wait.rs", "poll_next_conn.rs"), ("poll_next_conn.rs", "db_a.rs"), ("db_a.rs", "db_b.rs"),
                    ("db_b.rs", "db_c.rs"), ("db_c.rs", "db_a.rs")]
        let module = PlanModule(
            name: "core", ecosystem: "cargo", roots: ["core"], manifest: "core/Cargo.toml",
            files: files.map { PlanFile(path: "core/src/\($0.0)", codeLines: $0.1, declarations: $0.2, declaredNames: [$0.0]) },
            dependencies: uses.map { FileDependency(from: "core/src/\($0.0)", to: "core/src/\($0.1)", weight: 3, names: [$0.1]) })
        let input = try sizeInput(module)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moves = plan.stages.filter { $0.id.contains(":move:") }.map(\.files)
        let trait = try #require(moves.firstIndex { $0.contains("core/src/poll_next_io.rs") })
        let impl = try #require(moves.firstIndex { $0.contains("core/src/poll_next_conn.rs") })
        #expect(impl >= trait)
    }

    @Test func aLowerLayerTheRestUsesMovesOnlyTheFilesTheBudgetNeeds() throws {
        // base_*.c are a layer the app files use: 300 lines over budget take two of them, those used first.
        let module = cModule(
            [("base_a.c", 200), ("base_b.c", 200), ("base_c.c", 200), ("app_x.c", 850), ("app_y.c", 850)],
            uses: [("base_b.c", "base_a.c"), ("base_c.c", "base_b.c"), ("base_c.c", "base_a.c"),
                   ("app_x.c", "base_c.c"), ("app_y.c", "base_c.c"), ("app_x.c", "app_y.c"), ("app_y.c", "app_x.c")])
        let input = try sizeInput(module, lines: 2300)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        #expect(moves.flatMap(\.files) == ["src/base_a.c", "src/base_b.c"])
        #expect(moves.last?.checks.first?.text == "module-size of core ≤ 1,900 code lines")
        #expect(moves.first?.why.hasSuffix("These 2 files are a lower layer: the rest of core uses them, they use nothing of it.") == true)
    }

    @Test func aGoLowerLayerIsANewPackageWhoseUnexportedNamesTheRestUsesAreExported() throws {
        // The lower-layer shape above as a Go package: base_a.go and base_b.go move; base_c.go, which stays, uses
        // base_a.go's `a` (unexported: Go needs it renamed to be used from another package) and base_b.go's
        // `Buffer` (exported already: only the import is needed).
        let files: [(String, Int)] = [
            ("base_a.go", 200), ("base_b.go", 200), ("base_c.go", 200), ("app_x.go", 850), ("app_y.go", 850),
        ]
        let uses: [(String, String, [String])] = [
            ("base_b.go", "base_a.go", ["a"]), ("base_c.go", "base_b.go", ["Buffer"]), ("base_c.go", "base_a.go", ["a"]),
            ("app_x.go", "base_c.go", ["newPool"]), ("app_y.go", "base_c.go", ["Pool"]),
            ("app_x.go", "app_y.go", ["y"]), ("app_y.go", "app_x.go", ["x"]),
        ]
        let module = PlanModule(
            name: "github.com/acme/app/core", ecosystem: "go", roots: ["core"], manifest: "go.mod",
            files: files.map { PlanFile(path: "core/\($0.0)", codeLines: $0.1, declaredNames: []) },
            dependencies: uses.map { FileDependency(from: "core/\($0.0)", to: "core/\($0.1)", weight: 3, names: $0.2) })
        let input = try sizeInput(module, lines: 2300)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        let steps = moves.flatMap(\.steps)
        let name = try #require(moves.first?.id.split(separator: ":").dropFirst(2).first.map(String.init))
        #expect(steps.first == "Create package `\(name)` in `\(name)/`; github.com/acme/app/core imports \(name) by its import path")
        #expect(steps.contains("Export `a` as `A` from \(name) (Go exports capitalized names), and import \(name) in core/base_c.go"))
        #expect(steps.contains("Import \(name) in core/base_c.go"))
        #expect(!steps.contains { $0.contains("visible outside") })
    }

    @Test func aBazelPackageSpellsItsInterfaceInTheLanguageOfMostOfItsCode() {
        let files = [PlanFile(path: "absl/log/log.cc", codeLines: 300, declaredNames: []),
                     PlanFile(path: "absl/log/log.h", codeLines: 900, declaredNames: []),
                     PlanFile(path: "absl/log/tool.py", codeLines: 100, declaredNames: [])]
        let module = PlanModule(
            name: "//absl/log", ecosystem: "bazel", roots: ["absl/log"], manifest: "absl/log/BUILD.bazel", files: files,
            dependencies: [])

        #expect(ModuleNaming.spelling(of: module) == "cmake")
        #expect(ModuleNaming.interface("LogProviding", ecosystem: ModuleNaming.spelling(of: module)) == "an abstract class `LogProviding`")
    }

    @Test func interestIsSavedOnlyOnceTheModuleIsWithinItsBudget() throws {
        let size = try finding(.module("core"), [.moduleCodeLines: 2600], rule: "module-size")
        let module = cModule([("a.c", 350), ("b.c", 350), ("c.c", 1900)], uses: [("a.c", "b.c")])
        let input = PlanInput(
            findings: [size], interestHoursPerMonth: size.interest.hoursPerMonth, modules: [module], files: [:],
            cycles: [], couplings: [])

        let plan = Planner(settings: PlanSettings()).plan(input)

        #expect(plan.stages.count == 2)
        let saved = plan.stages.reduce(0) { $0 + $1.interestSavedHoursPerMonth }
        #expect(abs(saved - size.interest.hoursPerMonth) < 1e-9)
        #expect(plan.series.last?.interestHoursPerMonth ?? 1 < 1e-9)
    }


    @Test func anOversizedFileMovesItsLargestDeclarationsOutButKeepsItsNamesake() throws {
        let file = PlanFile(
            path: "Sources/A/Parser.swift", codeLines: 700,
            declarations: [
                Declaration(name: "Parser", kind: "struct", startLine: 1, endLine: 400, codeLines: 350),
                Declaration(name: "Token", kind: "enum", startLine: 401, endLine: 560, codeLines: 150),
                Declaration(name: "Parser", kind: "extension", startLine: 561, endLine: 800, codeLines: 200),
            ])

        let plan = try splitPlan(file)

        #expect(plan.stages.map(\.declarations) == [["Token", "Parser"]])
        #expect(plan.stages.first?.steps.first == "Move `Token` (enum, lines 401–560, 150 code lines) to Sources/A/Token.swift")
        #expect(plan.stages.first?.checks.first?.text == "file-size of Sources/A/Parser.swift ≤ 350 code lines")
    }

    @Test func aPythonModuleSplitsIntoSnakeCaseFilesAndKeepsItsLeadingUnderscore() throws {
        let file = PlanFile(
            path: "httpx/_client.py", codeLines: 700,
            declarations: [
                Declaration(name: "Client", kind: "class", startLine: 1, endLine: 400, codeLines: 350),
                Declaration(name: "BaseClient", kind: "class", startLine: 401, endLine: 560, codeLines: 150),
                Declaration(name: "_is_https_redirect", kind: "def", startLine: 561, endLine: 800, codeLines: 200),
            ])

        let plan = try splitPlan(file)
        let steps = plan.stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasSuffix("to httpx/_client_is_https_redirect.py") })
        #expect(!steps.contains { $0.contains("fix visibility") })
        #expect(plan.stages.flatMap(\.declarations).contains("_is_https_redirect"))
        #expect(!steps.contains { $0.contains("BaseClient.py") || $0.contains("__") })
    }

    @Test func functionsMovingOutOfAGoTestFileGoTogetherIntoATestFile() throws {
        let file = PlanFile(
            path: "pkg/context_test.go", codeLines: 700,
            declarations: [
                Declaration(name: "TestBind", kind: "func", startLine: 10, endLine: 219, codeLines: 200),
                Declaration(name: "TestRender", kind: "func", startLine: 220, endLine: 379, codeLines: 150),
                Declaration(name: "helper", kind: "func", startLine: 380, endLine: 409, codeLines: 25),
            ])

        let plan = try splitPlan(file)

        // One new file for the stage, not one per function, still a test file (`_test.go` last), in snake case.
        #expect(plan.stages.first?.steps.first
            == "Move 2 declarations (350 code lines) to pkg/context_test_bind_test.go: `TestBind` (10–219), `TestRender` (220–379)")
        #expect(plan.stages.first?.files == ["pkg/context_test.go", "pkg/context_test_bind_test.go"])
    }

    @Test func aListNamesAGoTypesMethodsAsItsMethodsNotAsTheType() throws {
        let file = PlanFile(
            path: "tea.go", codeLines: 700,
            declarations: [
                Declaration(name: "Program", kind: "type", startLine: 1, endLine: 100, codeLines: 90),
                Declaration(name: "NewProgram", kind: "func", startLine: 101, endLine: 300, codeLines: 190),
                Declaration(name: "Program", kind: "method", startLine: 301, endLine: 500, codeLines: 190),
            ])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasSuffix("`NewProgram` (101–300), `Program`'s methods (301–500)") })
    }

    @Test func aStageMovingManyDeclarationsNamesTwelveAndWhereTheRestEnd() throws {
        // A generated-looking file of tiny functions: a stage moves 66 of them at once.
        let declarations = (0..<200).map { index in
            Declaration(name: "fn\(index)", kind: "def", startLine: index * 4 + 1, endLine: index * 4 + 4, codeLines: 4)
        }
        let file = PlanFile(path: "src/big.py", codeLines: 800, declarations: declarations)

        let step = try #require(try splitPlan(file).stages.first?.steps.first)

        #expect(step.contains("`fn11` (45–48)") && !step.contains("`fn12`"))
        #expect(step.hasSuffix(" and \(Int(step.split(separator: " ")[1])! - 12) more up to line \(Int(step.split(separator: " ")[1])! * 4)"))
    }

    @Test func eachStageOfASplitKnowsWhatTheWholeSplitSaves() throws {
        let file = PlanFile(
            path: "src/big.c", codeLines: 1200,
            declarations: [
                Declaration(name: "parse", kind: "function", startLine: 1, endLine: 320, codeLines: 300),
                Declaration(name: "emit", kind: "function", startLine: 321, endLine: 640, codeLines: 300),
                Declaration(name: "check", kind: "function", startLine: 641, endLine: 910, codeLines: 250),
            ])

        let plan = try splitPlan(file)

        let saved = plan.stages.reduce(0) { $0 + $1.interestSavedHoursPerMonth }
        #expect(plan.stages.count == 3)
        #expect(plan.stages.allSatisfy { $0.groupStages == 3 && abs($0.groupInterestSavedHoursPerMonth - saved) < 1e-9 })
    }

    @Test func aRepositoryWithoutFindingsIsDebtFree() {
        let plan = Planner(settings: PlanSettings()).plan(
            PlanInput(findings: [], interestHoursPerMonth: 0, modules: [], files: [:], cycles: [], couplings: []))

        #expect(plan.isDebtFree)
        #expect(plan.stages.isEmpty)
    }

    @Test func theStageLimitKeepsTheBestStagesAndCountsTheRest() throws {
        let functions = try (1...3).map { index in
            try finding(
                .function(path: "f\(index).c", name: "run", line: 1), [.cyclomaticComplexity: Double(10 + 3 * index)],  // 13, 16, 19: below the error, where friction is capped
                rule: "cyclomatic-complexity")
        }
        let input = PlanInput(
            findings: functions, interestHoursPerMonth: functions.reduce(0) { $0 + $1.interest.hoursPerMonth },
            modules: [], files: [:], cycles: [], couplings: [])

        let plan = Planner(settings: PlanSettings(stageLimit: 2)).plan(input)

        #expect(plan.totalStages == 3)
        #expect(plan.stages.map { $0.files } == [["f3.c"], ["f2.c"]])
        #expect(plan.series.count == 3)
    }
}
