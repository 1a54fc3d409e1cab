import DebtLedger
import DebtModel
@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// Stabilize and split stages check the imports they add against the module graph the stages before them leave,
/// as coupling stages do: they pick a proposal that closes no cycle, or state the cycle.
@Suite struct StageCycleTests {
    /// core (Ca 3: a, b and c) imports net, log, db and io; at the 0.5 limit it may import 3, so its cheapest
    /// import, net (one line, one name), is inverted; net's types conform in a composition root that imports core and net.
    private func stabilizePlan(netImports: Set<String>) throws -> RemediationPlan {
        let cut = { (to: String, lines: Int) in
            PlanCycle.Cut(
                from: "core", to: to, sites: (0..<lines).map { ImportSite(path: "src/impl.c", line: $0 + 1, imports: "\(to).h") },
                usedNames: (0..<lines).map { "\(to)_\($0)" })
        }
        let stability = PlanStability(
            module: "core", dependents: ["a", "b", "c"], callers: [],
            outgoing: [cut("net", 1), cut("log", 2), cut("db", 2), cut("io", 2)],
            floor: 0.4)
        let instability = try finding(
            .module("core"), [.instabilityGap: 4.0 / 7 - 0.4, .instability: 4.0 / 7, .afferentCoupling: 3, .stableDependents: 1],
            rule: "instability")
        let imports = PlanImports(edges: [
            "a": ["core"], "b": ["core"], "c": ["core"], "core": ["net", "log", "db", "io"], "net": netImports,
        ])
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth,
            modules: [cModule([("impl.c", 300)], uses: [])], files: [:], cycles: [], couplings: [],
            stabilities: [stability], imports: imports)
        return Planner(settings: PlanSettings()).plan(input)
    }

    @Test func aCompositionRootIsADependentTheInvertedModuleDoesNotReach() throws {
        // net imports a: a importing net as the root would close a → net → a (the plan named "a, b, c" before).
        let plan = try stabilizePlan(netImports: ["a"])

        let stage = try #require(plan.stages.first)
        #expect(stage.id == "stabilize-module:core:invert:core->net")
        #expect(stage.steps[1]
            == "Make net's types conform in a module that imports both (a composition root, such as one of b, c) and pass them into core")
        #expect(stage.addedImports == [AddedImport("b", "net")])
        #expect(stage.removedImports == [ModuleEdge("core", "net")])
        #expect(!stage.steps.contains { $0.hasPrefix("Mind the module cycle") })
    }

    @Test func whenTheInvertedModuleReachesEveryDependentTheRootIsANewModuleAndTheStageSaysWhy() throws {
        let plan = try stabilizePlan(netImports: ["a", "b", "c"])

        let stage = try #require(plan.stages.first)
        #expect(stage.steps[1]
            == "Make net's types conform in a module that imports both (a composition root, a new one: net reaches "
                + "every module importing core, so making one of them import net would close a cycle (a → net → a)) "
                + "and pass them into core")
        #expect(stage.addedImports.isEmpty)
    }

    /// core (2,900 lines) splits twice. low/ is a lower layer the rest uses (app.c, main.c), using one name of
    /// mid/x.c through the interface its split introduces; mid/ is a lower layer the rest and ext/use.c use, and
    /// x.c uses low/a.c directly, so mid imports low.
    private func twoLayers() throws -> PlanInput {
        let file = { (path: String, lines: Int) in PlanFile(path: "src/\(path)", codeLines: lines, declaredNames: [path]) }
        let use = { (from: String, to: String, weight: Int) in
            FileDependency(from: "src/\(from)", to: "src/\(to)", weight: weight, names: [to])
        }
        let module = PlanModule(
            name: "core", ecosystem: "folder", roots: ["src"], manifest: "Makefile",
            files: [file("low/a.c", 250), file("low/b.c", 250), file("mid/x.c", 250), file("mid/y.c", 250),
                    file("app.c", 1100), file("main.c", 1000)],
            dependencies: [
                use("low/a.c", "low/b.c", 100), use("low/b.c", "low/a.c", 100), use("mid/x.c", "mid/y.c", 100),
                use("mid/y.c", "mid/x.c", 100), use("app.c", "main.c", 100), use("main.c", "app.c", 100),
                use("app.c", "low/a.c", 30), use("main.c", "low/b.c", 30), use("app.c", "mid/x.c", 10),
                use("low/a.c", "mid/x.c", 1), use("mid/x.c", "low/a.c", 5),
            ],
            callers: [Caller(path: "ext/use.c", names: ["mid/x.c"])])
        var input = try sizeInput(module, lines: 3100)
        input.imports = PlanImports(edges: ["ext": ["core"]], byFile: ["ext/use.c": ["core"]], owners: ["ext/use.c": "ext"])
        return input
    }

    @Test func aLaterSplitDoesNotMakeAnEarlierLowerLayerImportItBack() throws {
        let plan = Planner(settings: PlanSettings()).plan(try twoLayers())

        let interface = try #require(plan.stages.first { $0.id == "split-module:core:low:interface:1" })
        #expect(interface.declarations == ["mid/x.c"])
        // low's use of x.c went through its interface: before, the callers stage also told low/a.c to import mid,
        // which imports low (x.c uses a.c): low → mid → low.
        let callers = try #require(plan.stages.first { $0.id == "split-module:core:mid:callers:1" })
        #expect(callers.steps == ["ext/use.c: import mid (uses mid/x.c)"])
        #expect(callers.title == "Switch 1 caller to import mid")
        #expect(callers.addedImports == [AddedImport("ext", "mid", .carries(ModuleEdge("ext", "core")))])
        let moves = plan.stages.filter { $0.id.hasPrefix("split-module:core:mid:move:") }
        #expect(Set(moves.flatMap(\.addedImports)) == [AddedImport("core", "mid", .seam), AddedImport("mid", "low")])
        #expect(!plan.stages.flatMap(\.steps).contains { $0.hasPrefix("Mind the module cycle") })
    }

    @Test func aStageWhoseImportClosesACycleAfterTheStagesBeforeItSaysSo() {
        // The split's shape before the fix: mid imports low, then low's files are switched to import mid.
        let stage = { (id: String, added: [AddedImport]) in
            var stage = PlanStage(
                id: id, kind: .splitModule, title: id, why: "", steps: [], changedLines: 1, principalHours: 0,
                interestSavedHoursPerMonth: 0, checks: [], group: "split-module:core")
            stage.addedImports = added
            return stage
        }
        let stages = [
            stage("low:move:1", [AddedImport("core", "low", .seam)]),
            stage("mid:move:1", [AddedImport("core", "mid", .seam), AddedImport("mid", "low")]),
            stage("mid:callers:1", [AddedImport("low", "mid"), AddedImport("ext", "mid", .carries(ModuleEdge("ext", "core")))]),
        ]

        let stated = ImportGraph(PlanImports(edges: ["ext": ["core"]])).stating(stages)

        #expect(stated[0].steps.isEmpty && stated[1].steps.isEmpty)
        #expect(stated[2].steps == [
            "Mind the module cycle: this stage's import closes low → mid → low once the stages before it are done; "
                + "declare what the importing module uses as an interface in it instead, or break that cycle first",
        ])
    }

    @Test func anImportCarriedOverFromACycleTheRepositoryHasIsNoNewCycleAndOneInvertedEarlierIsGone() {
        // core ↔ y is a cycle of the repository: net, split off core, importing y carries core → y. Once an
        // earlier stage inverted core → z, net's files no longer import z.
        var invert = PlanStage(
            id: "invert", kind: .stabilizeModule, title: "", why: "", steps: [], changedLines: 1, principalHours: 0,
            interestSavedHoursPerMonth: 0, checks: [], group: "stabilize-module:core")
        invert.removedImports = [ModuleEdge("core", "z")]
        var move = invert
        move.id = "move"
        move.removedImports = []
        move.addedImports = [
            AddedImport("net", "y", .carries(ModuleEdge("core", "y"))),
            AddedImport("net", "z", .carries(ModuleEdge("core", "z"))), AddedImport("core", "net", .seam),
        ]
        var back = move
        back.id = "back"
        back.addedImports = [AddedImport("z", "net")]

        let stated = ImportGraph(PlanImports(edges: ["core": ["y", "z"], "y": ["core"]])).stating([invert, move, back])

        #expect(stated.allSatisfy { $0.steps.isEmpty })
    }
}

/// Titles that say what moves: abseil's ring of 15 Bazel packages titled each of its 14 stages with all 15 names;
/// swift-log's split of Logger.swift moved "`Logger`" out twice, each time one of its extensions.
@Suite struct StageTitleTests {
    @Test func anExtensionMovedOutIsTitledAsOne() {
        let declaration = { (kind: String) in Declaration(name: "Logger", kind: kind, startLine: 1, endLine: 9, codeLines: 9) }
        #expect(FileSplitStages.titled(declaration("extension")) == "an extension of `Logger`")
        #expect(FileSplitStages.titled(declaration("struct")) == "`Logger`")
    }

    private func titles(of modules: [String]) -> [String] {
        let cut = PlanCycle.Cut(
            from: modules[0], to: modules[1], sites: [ImportSite(path: "a/x.h", line: 1, imports: "b/y.h")],
            usedNames: ["Y"])
        let stages = CycleStages(cycle: PlanCycle(modules: modules, cuts: [cut]), findings: [:], settings: PlanSettings())
            .stages()
        return stages.map(\.title) + stages.flatMap(\.checks).map(\.text)
    }

    @Test func aLongRingIsCountedInTheTitleAndNamedInTheCheck() {
        #expect(titles(of: ["a", "b", "c"]) == ["Break the cycle among a, b, c at a → b", "a does not import b", "no cycle among a, b, c"])
        #expect(titles(of: ["a", "b", "c", "d"]) == [
            "Break the cycle among 4 modules at a → b", "a does not import b", "no cycle among a, b, c, d",
        ])
    }
}
