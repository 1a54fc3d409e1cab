import Planning
import SymbolScan
import Testing

/// Where a file is a module that may not import another both ways, a split moves a lower layer.
@Suite struct LayeredFileSplitTests {
    /// pandoc's Typst.hs: `blockToTypst` calls `escapeTypst`, and `pandocToTypst`, which stays, calls it.
    @Test func eachDeclarationUsesTheDeclarationsOfItsFileByName() throws {
        let facts = try symbols(
            "pandocToTypst :: Int -> Int\npandocToTypst x = blockToTypst x\n\n"
                + "blockToTypst :: Int -> Int\nblockToTypst x = escapeTypst x + 1\n\n"
                + "escapeTypst :: Int -> Int\nescapeTypst x = x\n", as: "Haskell")
        let names = facts.declarations.map(\.name)
        let uses = facts.internalUses.map { $0.map { names[$0] } }

        #expect(names == ["pandocToTypst", "blockToTypst", "escapeTypst"])
        #expect(uses == [["blockToTypst"], ["escapeTypst"], []])
    }

    /// What moves takes what it uses along, the helpers first; what uses something that must stay does not move.
    @Test func aHaskellSplitMovesWhatItUsesAlongAndNothingThatUsesWhatStays() throws {
        let file = typst(uses: [[1], [2], [], [0]])
        let stages = try splitPlan(file).stages
        let moved = stages.flatMap(\.declarations)
        let steps = stages.flatMap(\.steps)

        // `pandocToTypst` would take both helpers along (570 lines, over what a split may move); `render` would take
        // all four. `blockToTypst` goes with `escapeTypst`, which goes first.
        #expect(moved == ["escapeTypst", "blockToTypst"])
        #expect(steps.contains { $0.hasPrefix("Move 2 declarations (370 code lines) to src/Writers/TypstBlockToTypst.hs") })
        #expect(steps.contains { $0.contains("no import cycle forms (GHC rejects one)") })
    }

    @Test func aDeclarationUsingTheFilesNamesakeStays() throws {
        // `Typst` is the namesake: `helper` uses it, so `helper` cannot move without making a cycle.
        let file = PlanFile(
            path: "src/Writers/Typst.hs", codeLines: 700,
            declarations: [
                Declaration(name: "Typst", kind: "data", startLine: 1, endLine: 350, codeLines: 300),
                Declaration(name: "helper", kind: "function", startLine: 351, endLine: 700, codeLines: 390),
                Declaration(name: "small", kind: "function", startLine: 701, endLine: 720, codeLines: 10),
            ],
            declarationUses: [[], [0], []])
        let moved = try splitPlan(file).stages.flatMap(\.declarations)

        #expect(moved == ["small"])
    }

    @Test func aRustModuleFileItemStays() throws {
        // prost-build's code_generator.rs: `mod c_escaping;` names code_generator/c_escaping.rs.
        let file = PlanFile(
            path: "prost-build/src/code_generator.rs", codeLines: 900,
            declarations: [
                Declaration(name: "c_escaping", kind: "mod", startLine: 1, endLine: 1, codeLines: 1),
                Declaration(name: "CodeGenerator", kind: "struct", startLine: 2, endLine: 400, codeLines: 350),
                Declaration(name: "Syntax", kind: "enum", startLine: 401, endLine: 700, codeLines: 250),
                Declaration(name: "escape", kind: "fn", startLine: 701, endLine: 900, codeLines: 180),
            ],
            declarationUses: [[], [], [], []])
        let moved = try splitPlan(file).stages.flatMap(\.declarations)

        #expect(!moved.isEmpty)
        #expect(!moved.contains("c_escaping"))
    }

    @Test func aSwiftFileSplitIsUnchanged() throws {
        var file = typst(uses: [[1], [2], [], [0]])
        file.path = "Sources/Writers/Typst.swift"
        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(!steps.contains { $0.contains("import cycle") })
    }

    /// Four functions of 200 lines: `pandocToTypst` → `blockToTypst` → `escapeTypst`, `render` → `pandocToTypst`.
    private func typst(uses: [[Int]]) -> PlanFile {
        PlanFile(
            path: "src/Writers/Typst.hs", codeLines: 800,
            declarations: [
                Declaration(name: "pandocToTypst", kind: "function", startLine: 1, endLine: 200, codeLines: 200),
                Declaration(name: "blockToTypst", kind: "function", startLine: 201, endLine: 400, codeLines: 190),
                Declaration(name: "escapeTypst", kind: "function", startLine: 401, endLine: 600, codeLines: 180),
                Declaration(name: "render", kind: "function", startLine: 601, endLine: 800, codeLines: 170),
            ],
            declarationUses: uses)
    }
}

/// A new file never lands on a path the repository has.
@Suite struct TakenFileNameTests {
    /// vite's server/index.ts (1,048 lines): `restartServer` would go to restartServer.ts, `Clients` to clients.ts.
    @Test func aNameTheRepositoryHasTakesTheFilesStemOrAnEntryFilesFolder() throws {
        let file = PlanFile(
            path: "src/server/index.ts", codeLines: 750,
            declarations: [
                Declaration(name: "createServer", kind: "function", startLine: 1, endLine: 220, codeLines: 200),
                Declaration(name: "restartServer", kind: "function", startLine: 221, endLine: 480, codeLines: 250),
                Declaration(name: "Clients", kind: "class", startLine: 481, endLine: 800, codeLines: 300),
            ])
        func targets(_ taken: [String]) throws -> [String] {
            try splitPlan(file, otherPaths: taken).stages.flatMap(\.files).filter { $0 != file.path }
        }

        #expect(try targets([]) == ["src/server/restartServer.ts", "src/server/clients.ts"])
        #expect(try targets(["src/server/restartServer.ts", "src/server/clients.ts"])
            == ["src/server/serverRestartServer.ts", "src/server/serverClients.ts"])
        // A folder of that name beside it: restartServer.ts would shadow restartServer/index.ts for `./restartServer`.
        #expect(try targets(["src/server/restartServer/index.ts"])
            == ["src/server/serverRestartServer.ts", "src/server/clients.ts"])
    }
}

/// A finding of a planned rule that gets no stage is listed as not planned, never dropped.
@Suite struct UnplannedFindingTests {
    /// jackson-databind: 74 file-size findings, each file a Java class of its own name, and no stage or mention.
    @Test func aFileWhoseOnlyDeclarationIsItsNamesakeIsListedAsNotPlanned() throws {
        let file = PlanFile(
            path: "src/main/java/com/fasterxml/ObjectMapper.java", codeLines: 900,
            declarations: [Declaration(name: "ObjectMapper", kind: "class", startLine: 1, endLine: 1200, codeLines: 900)])
        let plan = try splitPlan(file)

        #expect(plan.stages.isEmpty)
        #expect(plan.unplanned.map(\.rule) == ["file-size"])
        #expect(plan.unplanned.first?.findings == 1)
    }
}
