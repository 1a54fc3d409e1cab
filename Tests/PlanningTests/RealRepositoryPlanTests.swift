import DebtLedger
import DebtModel
@testable import PlanAssembly
@testable import Planning
import SymbolScan
import Testing

/// What scrapy's plan showed (session 31): a module split that moved HTML pages first, and Python files split one
/// class to a file, test classes named `test_test_…`.
@Suite struct ScrapySplitTests {
    /// Two HTML pages of 500 lines under docs/ (no declarations, no ties: markup) beside a C module's code, the
    /// net_*.c cluster being the seam: the pages, the loosest "cluster" of all, make no module.
    @Test func markupAloneMakesNoModule() throws {
        var module = cModule(
            [("net_io.c", 300), ("net_poll.c", 300), ("net_conn.c", 300), ("db_a.c", 700), ("db_b.c", 700),
             ("db_c.c", 600)],
            uses: [("net_io.c", "net_poll.c"), ("net_conn.c", "net_io.c"), ("net_poll.c", "net_conn.c"),
                   ("net_conn.c", "db_a.c"), ("db_a.c", "db_b.c"), ("db_b.c", "db_c.c"), ("db_c.c", "db_a.c")])
        module.files += [PlanFile(path: "docs/pages/a.html", codeLines: 250), PlanFile(path: "docs/pages/b.html", codeLines: 250)]
        module.roots.append("docs")

        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module, lines: 3400))

        let moved = Set(plan.stages.filter { $0.id.contains(":move:") }.flatMap(\.files))
        #expect(!moved.isEmpty)
        #expect(moved.allSatisfy { $0.hasSuffix(".c") })
    }

    /// pytest finds a test class by its file's `test_` prefix, which the class's name already gives.
    @Test func aTestClassMovesToItsOwnTestFileWithOnePrefix() throws {
        let file = PlanFile(
            path: "tests/test_pipeline_files.py", codeLines: 1000,
            declarations: [
                Declaration(name: "helper", kind: "def", startLine: 1, endLine: 40, codeLines: 30),
                Declaration(name: "TestFilesPipeline", kind: "class", startLine: 41, endLine: 450, codeLines: 380),
                Declaration(name: "TestS3FilesStore", kind: "class", startLine: 451, endLine: 1100, codeLines: 590),
            ])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasSuffix("to tests/test_files_pipeline.py") })
        #expect(!steps.contains { $0.contains("test_test_") })
    }

    /// Small helper classes moving together share one module; a test class still gets its own.
    @Test func smallPythonClassesMovingTogetherShareAModule() throws {
        let helpers = ["DummySpider", "Data", "QueryParams"].enumerated().map { index, name in
            Declaration(name: name, kind: "class", startLine: 10 * index + 1, endLine: 10 * index + 10, codeLines: 9)
        }
        let file = PlanFile(
            path: "tests/test_http2_client_protocol.py", codeLines: 520,
            declarations: helpers + [
                Declaration(name: "TestTimeouts", kind: "class", startLine: 31, endLine: 80, codeLines: 40),
                Declaration(name: "TestHttp2ClientProtocol", kind: "class", startLine: 81, endLine: 600, codeLines: 443),
            ])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.contains("`DummySpider` (1–10), `Data` (11–20), `QueryParams` (21–30)") })
        #expect(steps.contains { $0.hasSuffix("to tests/test_timeouts.py") })
        #expect(!steps.contains { $0.contains("test_dummy_spider.py") })
    }
}

/// A test's assertions pin its behaviour: simplifying a test function asks for no characterization tests first.
@Suite struct TestFunctionStagesTests {
    private func input(testFiles: Set<String>) throws -> PlanInput {
        let long = try finding(
            .function(path: "src/render.spec.ts", name: "(anonymous)", line: 79), [.functionLines: 78],
            rule: "function-length")
        var input = PlanInput(
            findings: [long], interestHoursPerMonth: long.interest.hoursPerMonth, modules: [],
            files: ["src/render.spec.ts": PlanFile(
                path: "src/render.spec.ts", codeLines: 3000,
                functions: [PlanFunction(name: "(anonymous)", line: 79, length: 78, complexity: 1, nesting: 1)])],
            cycles: [], couplings: [])
        input.testFiles = testFiles
        return input
    }

    @Test func aTestFunctionKeepsItsAssertionsInsteadOfGettingCharacterizationTests() throws {
        let test = Planner(settings: PlanSettings()).plan(try input(testFiles: ["src/render.spec.ts"]))
        let code = Planner(settings: PlanSettings()).plan(try input(testFiles: []))

        #expect(test.stages.first?.steps.first?.hasPrefix("Keep every assertion") == true)
        #expect(test.stages.first?.changedLines == 78)
        #expect(code.stages.first?.steps.first == "Pin the behaviour with characterization tests first")
    }
}
