import DebtLedger
import DebtModel
@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// A file's tests go with it when it leaves its module: commons-lang's split moved `concurrent/Memoizer.java` and left
/// `MemoizerTest.java` testing it from the module it left, which Maven's reactor cannot build (a cycle).
@Suite struct TestCompanionsTests {
    @Test func eachLanguageNamesItsTestsAfterTheFile() {
        let tests: Set<String> = [
            "internal/cache/cache_test.go", "src/test/java/org/lang3/MemoizerTest.java", "src/jvmTest/kotlin/a/CartTests.kt",
            "src/server/__tests__/hmr.test.ts", "src/server/hmr.spec.ts", "test/ecto/changeset_test.exs",
            "spec/rubocop/cop/base_spec.rb", "tests/Cookie/CookieJarTest.php", "pkg/test_models.py",
            "src/test/java/org/lang3/MemoizerCacheTest.java",
        ]

        #expect(TestCompanions.of("internal/cache/cache.go", among: tests) == ["internal/cache/cache_test.go"])
        #expect(TestCompanions.of("src/main/java/org/lang3/Memoizer.java", among: tests) == ["src/test/java/org/lang3/MemoizerTest.java"])
        #expect(TestCompanions.of("src/jvmMain/kotlin/a/Cart.kt", among: tests) == ["src/jvmTest/kotlin/a/CartTests.kt"])
        #expect(TestCompanions.of("src/server/hmr.ts", among: tests) == ["src/server/__tests__/hmr.test.ts", "src/server/hmr.spec.ts"])
        #expect(TestCompanions.of("lib/ecto/changeset.ex", among: tests) == ["test/ecto/changeset_test.exs"])
        #expect(TestCompanions.of("lib/rubocop/cop/base.rb", among: tests) == ["spec/rubocop/cop/base_spec.rb"])
        #expect(TestCompanions.of("src/Cookie/CookieJar.php", among: tests) == ["tests/Cookie/CookieJarTest.php"])
        #expect(TestCompanions.of("pkg/models.py", among: tests) == ["pkg/test_models.py"])
        // Only the file's own name: a test named after more than it is not its.
        #expect(TestCompanions.of("src/main/java/org/lang3/Cache.java", among: tests).isEmpty)
        #expect(TestCompanions.of("Makefile", among: tests).isEmpty)
    }

    @Test func aTestGoesWhereItsFilesMoveMirrorsIt() {
        #expect(TestCompanions.destination(
            of: "src/test/java/org/lang3/MemoizerTest.java", testing: "src/main/java/org/lang3/Memoizer.java",
            movedTo: "concurrent/src/main/java/org/lang3/Memoizer.java") == "concurrent/src/test/java/org/lang3/MemoizerTest.java")
        // Beside it, and beside it in `__tests__`, wherever the file goes (a Go package's folder is dropped).
        #expect(TestCompanions.destination(
            of: "internal/cache/cache_test.go", testing: "internal/cache/cache.go", movedTo: "cache/cache.go") == "cache/cache_test.go")
        #expect(TestCompanions.destination(
            of: "src/server/__tests__/hmr.test.ts", testing: "src/server/hmr.ts", movedTo: "packages/hmr/src/hmr.ts")
            == "packages/hmr/src/__tests__/hmr.test.ts")
        #expect(TestCompanions.destination(
            of: "tests/Cookie/CookieJarTest.php", testing: "src/Cookie/CookieJar.php", movedTo: "SetCookie/src/Cookie/CookieJar.php")
            == "SetCookie/tests/Cookie/CookieJarTest.php")
        // The swapped folder was dropped by the move: no place mirrors it.
        #expect(TestCompanions.destination(
            of: "test/ecto/changeset_test.exs", testing: "lib/ecto/changeset.ex", movedTo: "changeset/changeset.ex") == nil)
    }

    /// flask's tests/test_cli.py tests src/flask/cli.py, rich's tests/test_cells.py rich/cells.py: a flat test folder at
    /// the top of the distribution, matched where the file's name is the module's only one of its kind.
    @Test func aFlatPythonTestFolderIsMatchedByAFilesUniqueName() {
        let tests: Set<String> = ["tests/test_cells.py", "tests/test_utils.py", "packages/a/test/test_x.py"]
        let sources = ["rich/cells.py", "rich/_utils/utils.py", "rich/utils.py", "rich/__init__.py", "packages/a/a/x.py"]

        #expect(TestCompanions.flatPythonTest(of: "rich/cells.py", distribution: "", among: tests, sources: sources)
            == "tests/test_cells.py")
        #expect(TestCompanions.flatPythonDestination(of: "tests/test_cells.py", distribution: "", newDistribution: "cell_table")
            == "cell_table/tests/test_cells.py")
        // Two files named utils.py: the test is neither's.
        #expect(TestCompanions.flatPythonTest(of: "rich/utils.py", distribution: "", among: tests, sources: sources) == nil)
        // A nested distribution's own `test/`.
        #expect(TestCompanions.flatPythonTest(
            of: "packages/a/a/x.py", distribution: "packages/a", among: tests, sources: sources) == "packages/a/test/test_x.py")
        #expect(TestCompanions.flatPythonDestination(
            of: "packages/a/test/test_x.py", distribution: "packages/a", newDistribution: "packages/b") == "packages/b/test/test_x.py")
        #expect(TestCompanions.flatPythonTest(of: "rich/__init__.py", distribution: "", among: tests, sources: sources) == nil)
    }

    /// The planner moves a moved file's tests in its stage, and later stages find them where they went.
    @Test func aSplitMovesTheTestsOfTheFilesItMoves() throws {
        let file = { (path: String, lines: Int) in
            PlanFile(path: "src/main/java/p/\(path).java", codeLines: lines, declaredNames: [path])
        }
        let use = { (from: String, to: String, weight: Int) in
            FileDependency(from: "src/main/java/p/\(from).java", to: "src/main/java/p/\(to).java", weight: weight, names: [to])
        }
        let module = PlanModule(
            name: "lang", ecosystem: "maven", roots: [""], manifest: "pom.xml",
            files: [file("low/Reader", 250), file("low/Writer", 250), file("App", 1300), file("Main", 1300)],
            dependencies: [
                use("low/Reader", "low/Writer", 100), use("low/Writer", "low/Reader", 100), use("App", "Main", 100),
                use("Main", "App", 100), use("App", "low/Reader", 30), use("Main", "low/Writer", 30),
            ])
        var input = try sizeInput(module, lines: 3100)
        input.testFiles = ["src/test/java/p/low/ReaderTest.java", "src/test/java/p/AppTest.java"]

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moving = try #require(plan.stages.first { $0.files.contains("src/main/java/p/low/Reader.java") })
        #expect(moving.steps.contains(
            "Move src/test/java/p/low/ReaderTest.java to low/src/test/java/p/low/ReaderTest.java, with the code it tests"))
        #expect(moving.files.contains("src/test/java/p/low/ReaderTest.java"))
        #expect(!plan.stages.flatMap(\.steps).contains { $0.contains("AppTest.java") })
    }

    /// A moving test over its size is split after it moved, where it is by then: split before, the file split off it
    /// would stay behind.
    @Test func aMovingTestIsSplitAfterItMoves() throws {
        let path = "src/test/java/p/low/ReaderTest.java"
        let test = PlanFile(path: path, codeLines: 500, declarations: [
            Declaration(name: "ReaderTest", kind: "class", startLine: 1, endLine: 300, codeLines: 300),
            Declaration(name: "ReaderFixtures", kind: "class", startLine: 301, endLine: 520, codeLines: 200),
        ])
        let size = try finding(.file(path), [.fileCodeLines: 500], rule: "file-size")
        let file = { (path: String, lines: Int) in
            PlanFile(path: "src/main/java/p/\(path).java", codeLines: lines, declaredNames: [path])
        }
        let use = { (from: String, to: String) in
            FileDependency(from: "src/main/java/p/\(from).java", to: "src/main/java/p/\(to).java", weight: 100, names: [to])
        }
        let module = PlanModule(
            name: "lang", ecosystem: "maven", roots: [""], manifest: "pom.xml",
            files: [file("low/Reader", 250), file("low/Writer", 250), file("App", 1300), file("Main", 1300)],
            dependencies: [use("low/Reader", "low/Writer"), use("low/Writer", "low/Reader"), use("App", "Main"),
                           use("Main", "App"), use("App", "low/Reader")])
        var input = try sizeInput(module, lines: 3100)
        input.findings.append(size)
        input.files[path] = test
        input.testFiles = [path]

        let plan = Planner(settings: PlanSettings()).plan(input)

        let move = try #require(plan.stages.first { $0.steps.contains { $0.hasPrefix("Move \(path) to ") } })
        let split = try #require(plan.stages.first { $0.kind == .splitFile })
        #expect(split.needs.contains(move.id))
        #expect(split.number > move.number)
        // The split stands without the module's: the move only places it, and opens no way for it.
        #expect(split.placedAfter == [move.id])
        #expect(!move.enabledStages.contains(split.number))
        #expect(split.title.hasPrefix("Split low/src/test/java/p/low/ReaderTest.java"))
        #expect(split.steps.first?.hasSuffix(" to low/src/test/java/p/low/ReaderFixtures.java") == true)
    }

    /// With a budget of 1,000 lines a 600-line file moves whole: its file-size finding is split after the move (it
    /// had been dropped from the plan, neither staged nor listed).
    @Test func aFileMovingWholeIsSplitAfterItMoves() throws {
        let path = "src/main/java/p/low/Reader.java"
        let reader = PlanFile(path: path, codeLines: 600, declarations: [
            Declaration(name: "Reader", kind: "class", startLine: 1, endLine: 350, codeLines: 350),
            Declaration(name: "ReaderState", kind: "class", startLine: 351, endLine: 620, codeLines: 250),
        ], declaredNames: ["Reader", "ReaderState"])
        let module = PlanModule(
            name: "lang", ecosystem: "maven", roots: [""], manifest: "pom.xml",
            files: [reader, PlanFile(path: "src/main/java/p/App.java", codeLines: 1300, declaredNames: ["App"]),
                    PlanFile(path: "src/main/java/p/Main.java", codeLines: 1300, declaredNames: ["Main"])],
            dependencies: [
                FileDependency(from: "src/main/java/p/App.java", to: "src/main/java/p/Main.java", weight: 100, names: ["Main"]),
                FileDependency(from: "src/main/java/p/Main.java", to: "src/main/java/p/App.java", weight: 100, names: ["App"]),
                FileDependency(from: "src/main/java/p/App.java", to: path, weight: 30, names: ["Reader"]),
            ])
        var input = try sizeInput(module, lines: 3200)
        input.findings.append(try finding(.file(path), [.fileCodeLines: 600], rule: "file-size"))
        input.files[path] = reader

        let plan = Planner(settings: PlanSettings(budget: 1000)).plan(input)

        let move = try #require(plan.stages.first { $0.moves[path] != nil })
        let split = try #require(plan.stages.first { $0.kind == .splitFile })
        #expect(split.needs.contains(move.id) && split.number > move.number)
        #expect(split.title.hasPrefix("Split reader/src/main/java/p/low/Reader.java"))
    }
}
