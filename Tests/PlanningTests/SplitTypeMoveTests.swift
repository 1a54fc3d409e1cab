import PlanAssembly
@testable import Planning
import SymbolScan
import Testing

/// A split whose moving files use names of the module they leave: types move down with them, functions and values
/// stay behind the interface (bubbletea's keymod used `Cmd` and `Msg`, two types, as "members" of an interface).
@Suite struct SplitTypeMoveTests {
    /// A Go package of 2,900 lines: odt/a.go and odt/b.go (the new lower module) use `used` of db_a.go and db_b.go,
    /// which use them back; the db files, too large to move in a stage, stay. `declared` are db_a.go's and db_b.go's
    /// declarations besides those of `used`.
    private func plan(
        usesA: [String], usesB: [String], declarations: [String: [Declaration]], uses: [String: [[Int]]] = [:]
    ) throws -> [PlanStage] {
        func file(_ path: String, _ lines: Int) -> PlanFile {
            let declared = declarations[path] ?? []
            return PlanFile(
                path: path, codeLines: lines, declarations: declared, declaredNames: declared.map(\.name).sorted(),
                declarationUses: uses[path] ?? declared.map { _ in [] })
        }
        let module = PlanModule(
            name: "tea", ecosystem: "go", roots: ["src"], manifest: "src/go.mod",
            files: [file("src/odt/a.go", 300), file("src/odt/b.go", 300), file("src/db_a.go", 800),
                    file("src/db_b.go", 700), file("src/db_c.go", 800)],
            dependencies: [
                FileDependency(from: "src/odt/a.go", to: "src/db_a.go", weight: 3, names: usesA),
                FileDependency(from: "src/db_a.go", to: "src/odt/a.go", weight: 3, names: ["A"]),
                FileDependency(from: "src/odt/b.go", to: "src/db_b.go", weight: 3, names: usesB),
                FileDependency(from: "src/db_b.go", to: "src/odt/b.go", weight: 3, names: ["B"]),
                FileDependency(from: "src/db_a.go", to: "src/db_b.go", weight: 3, names: ["run"]),
                FileDependency(from: "src/db_b.go", to: "src/db_c.go", weight: 3, names: ["loop"]),
                FileDependency(from: "src/db_c.go", to: "src/db_a.go", weight: 3, names: ["Msg"]),
            ])
        return Planner(settings: PlanSettings()).plan(try sizeInput(module)).stages
    }

    private static func declaration(_ name: String, _ kind: String, _ start: Int, _ lines: Int) -> Declaration {
        Declaration(name: name, kind: kind, startLine: start, endLine: start + lines - 1, codeLines: lines)
    }

    @Test func typesOnlyMoveDownWithTheFilesAndNeedNoInterface() throws {
        let stages = try plan(
            usesA: ["Msg"], usesB: ["Cmd"],
            declarations: [
                "src/db_a.go": [Self.declaration("Msg", "type", 1, 3), Self.declaration("run", "func", 4, 797)],
                "src/db_b.go": [Self.declaration("Cmd", "type", 1, 2), Self.declaration("loop", "func", 3, 698)],
            ],
            uses: ["src/db_a.go": [[], [0]], "src/db_b.go": [[], []]])

        #expect(!stages.contains { $0.id.contains(":interface:") })
        let move = try #require(stages.first { $0.id.hasSuffix(":move:1") })
        #expect(move.steps.contains(
            "Move the declarations of `Msg` (type, in src/db_a.go) and `Cmd` (type, in src/db_b.go) to odt with the "
                + "files: what stays in tea uses them through odt"))
        #expect(Set(move.declarations).isSuperset(of: ["Cmd", "Msg"]))
        // db_a.go keeps `run`, which uses `Msg`; db_c.go uses `Msg`: both import odt. Go's capitalised names need no
        // export.
        #expect(move.files.contains("src/db_a.go") && move.files.contains("src/db_b.go"))
        #expect(move.steps.contains { $0.hasPrefix("Import odt in ") && $0.contains("src/db_a.go") && $0.contains("src/db_c.go") })
        #expect(!move.steps.contains { $0.contains("Export") })
        // tea loses the 5 lines of the two types besides the 600 of the files: 2,900 − 605.
        #expect(stages.last { $0.id.contains(":move:") }?.checks.first?.value == 2295)
    }

    @Test func functionsOnlyStayBehindTheInterface() throws {
        let stages = try plan(
            usesA: ["send"], usesB: ["batch"],
            declarations: [
                "src/db_a.go": [Self.declaration("send", "func", 1, 3), Self.declaration("run", "func", 4, 797)],
                "src/db_b.go": [Self.declaration("batch", "func", 1, 2), Self.declaration("loop", "func", 3, 698)],
            ])

        let interface = try #require(stages.first { $0.id.contains(":interface:") })
        #expect(interface.steps.first
            == "Declare `type OdtDependencies interface` next to the files moving to odt with the members they need: `batch`, `send`")
        #expect(interface.declarations == ["batch", "send"])
        #expect(!stages.flatMap(\.steps).contains { $0.hasPrefix("Move the declarations of") })
        #expect(stages.last { $0.id.contains(":move:") }?.checks.first?.value == 2300)
    }

    @Test func mixedNamesSplitIntoATypeMoveAndAnInterfaceOfTheFunctions() throws {
        let stages = try plan(
            usesA: ["Msg", "send"], usesB: ["batch"],
            declarations: [
                "src/db_a.go": [Self.declaration("Msg", "type", 1, 3), Self.declaration("send", "func", 4, 5),
                                Self.declaration("run", "func", 9, 792)],
                "src/db_b.go": [Self.declaration("batch", "func", 1, 2), Self.declaration("loop", "func", 3, 698)],
            ])

        let interface = try #require(stages.first { $0.id.contains(":interface:") })
        #expect(interface.steps.first?.hasSuffix("with the members they need: `batch`, `send`") == true)
        #expect(interface.declarations == ["batch", "send"])
        let move = try #require(stages.first { $0.id.hasSuffix(":move:1") })
        #expect(move.steps.contains { $0.hasPrefix("Move the declarations of `Msg` (type, in src/db_a.go) to odt") })
        #expect(move.declarations.contains("Msg"))
    }

    @Test func aTypeThatCannotMoveIsNamedAsATypeInTheInterface() throws {
        // `Program` has methods in db_c.go, which stays: a Go type's methods live in its package, so it stays too and
        // the interface carries the methods the files call on it.
        var declarations: [String: [Declaration]] = [
            "src/db_a.go": [Self.declaration("Program", "type", 1, 3), Self.declaration("send", "func", 4, 797)],
            "src/db_b.go": [Self.declaration("loop", "func", 1, 700)],
        ]
        declarations["src/db_c.go"] = [Self.declaration("Program", "method", 1, 800)]
        let stages = try plan(usesA: ["Program", "send"], usesB: ["loop"], declarations: declarations)

        let interface = try #require(stages.first { $0.id.contains(":interface:") })
        #expect(interface.steps.first?.hasSuffix(
            "with the members they need: `loop`, `send`, and the methods they call on the type `Program`") == true)
        #expect(!stages.flatMap(\.steps).contains { $0.hasPrefix("Move the declarations of") })
    }

    /// A module is no member, its functions are what the interface carries: crossbeam's trait had been asked for
    /// members `array`, `list`, `never`, `tick`, `zero` (`mod array;`), ex_doc's behaviour for callbacks `Config` and
    /// `HTML` (`defmodule`).
    @Test func aModuleIsNoMemberOfTheInterface() throws {
        let stages = try plan(
            usesA: ["Config", "array", "send"], usesB: ["loop"],
            declarations: [
                "src/db_a.go": [Self.declaration("array", "mod", 1, 1), Self.declaration("Config", "defmodule", 2, 3),
                                Self.declaration("send", "func", 5, 3), Self.declaration("run", "func", 8, 793)],
                "src/db_b.go": [Self.declaration("loop", "func", 1, 700)],
            ])

        let interface = try #require(stages.first { $0.id.contains(":interface:") })
        #expect(interface.steps.first?.hasSuffix(
            "with the members they need: `loop`, `send`, and the functions they call from the modules "
                + "`Config`, `array`") == true)
        #expect(interface.declarations == ["Config", "array", "loop", "send"])
    }
}
