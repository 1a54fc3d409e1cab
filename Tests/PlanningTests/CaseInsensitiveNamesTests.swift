@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// A new module's name is its folder's: two names differing only in case are one folder on macOS and Windows.
/// telescope.nvim's plan (its `lua/` a folder module) had proposed a `Telescope` and a `telescope` module, the second
/// in `lua/telescope/`, the folder its files were in already.
@Suite struct CaseInsensitiveNamesTests {
    @Test func aNameTakenInAnotherCaseIsQualifiedNotNumbered() {
        let files = ["lua/telescope/builtin/__files.lua", "lua/telescope/builtin/__git.lua"]

        let named = ModuleNaming.name(
            files: files, folder: "telescope", central: nil, module: "lua", ordinal: 2, lowercase: true,
            taken: ["Telescope"], ecosystem: "folder")

        #expect(named == "lua_telescope")
        // Taken in lower case, the capitalized spelling is no way out either.
        #expect(ModuleNaming.name(
            files: files, folder: "telescope", central: nil, module: "lua", ordinal: 2, lowercase: false,
            taken: ["telescope", "luatelescope"], ecosystem: "folder").lowercased() != "telescope")
        #expect(ModuleNaming.name(
            files: files, central: nil, module: "lua", ordinal: 2, lowercase: true, taken: ["LUAPART2"],
            ecosystem: "folder") == "luapart22")
    }

    /// A module named apart by its build qualifies by its name alone (git's `libgit (cmake)_compat`).
    @Test func aBuildsMarkIsNoPartOfAQualifiedName() {
        let named = ModuleNaming.name(
            files: ["compat/regex/regex.c", "compat/poll/poll.c"], folder: "compat", central: nil, module: "libgit (cmake)",
            ordinal: 1, lowercase: true, taken: ["compat"], ecosystem: "cmake")

        #expect(named == "libgit_compat")
        #expect(ModuleNaming.withoutBuild("phoenix (npm)") == "phoenix")
        #expect(ModuleNaming.withoutBuild("(root)") == "(root)")
    }

    /// Test code names no module when other code moves with it (git's contrib: `T9400-diff-highlight`).
    @Test func theMainFileIsNoTestScript() {
        let files = [("contrib/diff-highlight/DiffHighlight.pm", 234), ("contrib/diff-highlight/t/t9400-diff-highlight.sh", 278)]

        #expect(ModuleNaming.mainFile(files.map { (path: $0.0, codeLines: $0.1) }) == "contrib/diff-highlight/DiffHighlight.pm")
        #expect(ModuleNaming.mainFile([(path: "tests/test_a.py", codeLines: 5)]) == "tests/test_a.py")
        for path in ["t/x.sh", "pkg/x_test.go", "Tests/AppTests.swift", "src/a.spec.ts", "test_b.py", "spec/models/user_spec.rb"] {
            #expect(ModuleNaming.looksLikeTest(path), "\(path)")
        }
        for path in ["src/tester.c", "lib/contest.rb", "latest/x.go", "Sources/Testing.swift"] {
            #expect(!ModuleNaming.looksLikeTest(path), "\(path)")
        }
    }

    /// A folder already where the new module goes takes the name; the folder the files are in, which keeps files that
    /// stay, names nothing (laravel's `Queue/Console/` beside illuminate/console's `Console/` is `QueueConsole`).
    @Test func aFolderHoldingTheFilesNamesNothingAnotherOfItsNameTakesIt() {
        func name(around: Set<String>) -> String {
            ModuleNaming.name(
                files: ["src/Illuminate/Queue/Console/ClearCommand.php", "src/Illuminate/Queue/Console/ListenCommand.php"],
                folder: "Console", central: "ParsesQueue",
                module: "illuminate/queue", root: "src/Illuminate/Queue", ordinal: 1, lowercase: false,
                taken: ["console", "queue"], around: around, ecosystem: "composer")
        }

        #expect(name(around: ["queue"]) == "QueueConsole")
        #expect(name(around: ["console"]) == "ParsesQueue")
    }

    @Test func aFolderAlreadyWhereTheNewModuleGoesIsTakenInAnyCase() {
        let paths = ["lua/Telescope/init.lua", "lua/plenary.lua", "plugin/telescope.lua"]
        let module = PlanModule(
            name: "lua", ecosystem: "folder", roots: ["lua"], manifest: ".accrue.yml",
            files: paths.map { PlanFile(path: $0, codeLines: 10) })
        let present = ModuleNaming.presentEntries(besideNewModulesOf: module, among: paths)

        #expect(present == ["telescope", "plenary.lua"])
    }

    /// A folder module `core` of 2,900 lines: `_conn.c` and `_poll.c` in `src/net/` are a cluster the rest uses
    /// once. Its module was `Net` (its files' names start with `_`, no capital) in `src/Net/`, after the folder it
    /// fills but for the files that stay: that folder is there, so its module is named after what the files declare.
    @Test func aSplitsFolderIsNoFolderThatIsThereAlready() throws {
        let files: [(String, Int)] = [
            ("net/_conn.c", 300), ("net/_poll.c", 300), ("net/socket.c", 1000), ("net/dns.c", 1000), ("other.c", 300),
        ]
        let declared = [
            "net/_conn.c": "conn_open", "net/_poll.c": "poll_wait", "net/socket.c": "socket_new",
            "net/dns.c": "dns_query", "other.c": "other",
        ]
        let uses: [(String, String)] = [
            ("net/_conn.c", "net/_poll.c"), ("net/_poll.c", "net/_conn.c"), ("net/socket.c", "net/dns.c"),
            ("net/dns.c", "net/socket.c"), ("other.c", "net/dns.c"), ("net/socket.c", "net/_conn.c"),
        ]
        let module = PlanModule(
            name: "core", ecosystem: "folder", roots: ["src"], manifest: "Makefile",
            files: files.map { PlanFile(path: "src/\($0.0)", codeLines: $0.1, declaredNames: [declared[$0.0] ?? ""]) },
            dependencies: uses.map {
                FileDependency(from: "src/\($0.0)", to: "src/\($0.1)", weight: 3, names: [declared[$0.1] ?? ""])
            })

        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module))

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        #expect(Set(moves.map { $0.id.split(separator: ":")[2] }) == ["conn_open"])
        #expect(moves.flatMap(\.steps).contains("Move src/net/_conn.c to src/conn_open/_conn.c"))

        // A folder of that name holding no code the plan reads (docs, data, vendored code) is there all the same.
        var input = try sizeInput(module)
        input.otherPaths = ["src/Conn_Open/README.md"]
        let named = Planner(settings: PlanSettings()).plan(input).stages.filter { $0.id.contains(":move:") }
        #expect(!named.isEmpty && !named.contains { $0.id.split(separator: ":")[2].lowercased() == "conn_open" })
    }
}
