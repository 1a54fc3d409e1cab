import DebtLedger
import DebtModel
@testable import PlanAssembly
import PlanNaming
import Planning
import SymbolScan
import Testing

@Suite struct StabilizeStagesTests {
    /// An import of `to` by `core`: `sites` import lines in core's files, `names` used from it.
    private func cut(_ to: String, file: String = "src/impl.c", sites: Int, names: Int) -> PlanCycle.Cut {
        PlanCycle.Cut(
            from: "core", to: to,
            sites: (0..<sites).map { ImportSite(path: file, line: $0 + 1, imports: "\(to).h") },
            usedNames: (0..<names).map { "\(to)_\($0)" })
    }

    /// The most stable dependent's instability in these tests: with the rule's 0.1 warning gap, core may be
    /// as unstable as 0.5.
    private static let floor = 0.4

    private func unstable(afferent: Int, efferent: Int) throws -> Finding {
        let instability = Double(efferent) / Double(afferent + efferent)
        return try finding(
            .module("core"),
            [.instabilityGap: instability - Self.floor, .instability: instability, .afferentCoupling: Double(afferent),
             .stableDependents: 1],
            rule: "instability")
    }

    /// core: api.c (what the dependents use) uses util.c; impl.c (900 lines) uses api.c. `callers` use `api_open`.
    /// The plan for `module` as core: imported by app, cli and web (app/main.c calls `api_open`), importing six
    /// modules once each.
    private func sixImportCorePlan(_ module: PlanModule) throws -> RemediationPlan {
        let stability = PlanStability(
            module: "core", dependents: ["app", "cli", "web"], callers: [Caller(path: "app/main.c", names: ["api_open"])],
            outgoing: ["net", "log", "db", "io", "os", "fmt"].map { cut($0, sites: 1, names: 1) }, floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 6)
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability])
        return Planner(settings: PlanSettings()).plan(input)
    }

    private func apiModule(callers: [String]) -> PlanModule {
        PlanModule(
            name: "core", ecosystem: "folder", roots: ["src"], manifest: "Makefile",
            files: [
                PlanFile(path: "src/api.c", codeLines: 80, declaredNames: ["api_open"]),
                PlanFile(path: "src/util.c", codeLines: 40, declaredNames: ["util_hash"]),
                PlanFile(path: "src/impl.c", codeLines: 900, declaredNames: ["impl_run"]),
            ],
            dependencies: [
                FileDependency(from: "src/api.c", to: "src/util.c", weight: 1, names: ["util_hash"]),
                FileDependency(from: "src/impl.c", to: "src/api.c", weight: 1, names: ["api_open"]),
            ],
            callers: callers.map { Caller(path: $0, names: ["api_open"]) })
    }

    @Test func theCheapestImportsAreInvertedUntilInstabilityIsWithinItsWarning() throws {
        // Ca 3, Ce 6: at the 0.5 warning core may import at most 3 modules, so the 3 cheapest go.
        let module = cModule([("impl.c", 300)], uses: [])
        let outgoing = [
            cut("net", sites: 4, names: 6), cut("log", sites: 1, names: 1), cut("db", sites: 3, names: 5),
            cut("fmt", sites: 1, names: 0), cut("io", sites: 2, names: 2), cut("os", sites: 5, names: 9),
        ]
        let stability = PlanStability(module: "core", dependents: ["a", "b", "c"], callers: [], outgoing: outgoing, floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 6)
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability])

        let plan = Planner(settings: PlanSettings()).plan(input)

        #expect(plan.stages.map(\.id) == [
            "stabilize-module:core:invert:core->fmt", "stabilize-module:core:invert:core->log",
            "stabilize-module:core:invert:core->io",
        ])
        #expect(plan.stages.allSatisfy { $0.kind == .stabilizeModule })
        let saved = plan.stages.reduce(0) { $0 + $1.interestSavedHoursPerMonth }
        #expect(abs(saved - instability.interest.hoursPerMonth) < 1e-9)
        #expect(plan.stages.last?.checks.map(\.text) == ["core does not import io", "instability of core ≤ 0.50"])
        #expect(plan.stages[0].steps.first?.hasPrefix("core uses no name fmt declares at top level: move into core") == true)
        #expect(plan.unplanned.allSatisfy { $0.rule != "instability" })
    }

    /// dune's `(libraries …)` edges in OCaml, whose imports accrue did not read: no import statement is seen, so the
    /// plan neither claims that no name is used nor lists no import to delete; the build's declaration goes.
    @Test func anEdgeOnlyTheBuildDeclaresIsInvertedInTheBuild() throws {
        let module = cModule([("impl.c", 300)], uses: [])
        let declared = PlanCycle.Cut(from: "core", to: "engine", sites: [], usedNames: [], declaredIn: ["src/core/dune"])
        let outgoing = [declared] + ["net", "log", "db", "io", "os"].map { cut($0, sites: 1, names: 1) }
        let stability = PlanStability(module: "core", dependents: ["a", "b", "c"], callers: [], outgoing: outgoing, floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 6)
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability])

        let plan = Planner(settings: PlanSettings()).plan(input)

        let stage = try #require(plan.stages.first { $0.id == "stabilize-module:core:invert:core->engine" })
        #expect(stage.steps == [
            "core depends on engine through its build (src/core/dune), and accrue reads no import statement behind it: "
                + "find what core uses from engine and declare it in core as a struct of function pointers `EngineProviding`",
            "Remove engine from the dependencies declared in src/core/dune",
        ])
    }

    @Test func interfacesAreSpelledAsEachLanguageDeclaresThem() {
        #expect(ModuleNaming.interface("P", ecosystem: "dune") == "`module type P = sig … end`")
        #expect(ModuleNaming.interface("P", ecosystem: "sbt") == "`trait P`")
        #expect(ModuleNaming.interface("P", ecosystem: "cabal") == "a type class `class P m where …`")
        #expect(ModuleNaming.interface("P", ecosystem: "gradle") == "`interface P`")
    }

    @Test func fewerMoreStableDependentsThanImportsToInvertHaveTheirImportsInvertedInstead() throws {
        // Ca 3, Ce 6: stabilizing core would invert 3 of its imports; one dependent, a, is more stable than core,
        // and the finding applies only while one is: inverting a → core ends it in one stage.
        let module = cModule([("impl.c", 300)], uses: [])
        let outgoing = ["net", "log", "db", "io", "os", "fmt"].map { cut($0, sites: 1, names: 1) }
        let incoming = PlanCycle.Cut(
            from: "a", to: "core", sites: [ImportSite(path: "a/main.c", line: 3, imports: "core.h")],
            usedNames: ["core_open", "core_read"])
        let stability = PlanStability(
            module: "core", dependents: ["a", "b", "c"], callers: [], outgoing: outgoing, stableDependents: [incoming], floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 6)
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability])

        let plan = Planner(settings: PlanSettings()).plan(input)

        #expect(plan.stages.map(\.id) == ["stabilize-module:core:invert-dependent:a->core"])
        let stage = try #require(plan.stages.first)
        #expect(stage.title == "Invert a → core: a is more stable than core")
        #expect(stage.files == ["a/main.c"])
        // C folder modules: C spells an interface as a struct of function pointers.
        #expect(stage.steps.first == "In a, declare a struct of function pointers `CoreProviding` with what it uses from core: `core_open`, `core_read`")
        #expect(stage.steps.last == "Delete the imports: a/main.c:3 (imports core.h)")
        #expect(abs(stage.interestSavedHoursPerMonth - instability.interest.hoursPerMonth) < 1e-9)
        #expect(abs(stage.principalHours - instability.principal.hours) < 1e-9)
        #expect(stage.checks.map(\.text) == ["a does not import core", "no module more stable than core by more than 0.10 imports it"])
    }

    @Test func anInvertedDependentsCompositionRootIsAnImporterOfItThatNeitherReaches() throws {
        // a → core is inverted; app and tool import a, but core reaches tool (core → net → tool): tool importing
        // core would close a cycle, app closes none.
        let module = cModule([("impl.c", 300)], uses: [])
        let outgoing = ["net", "log", "db", "io", "os", "fmt"].map { cut($0, sites: 1, names: 1) }
        let incoming = PlanCycle.Cut(
            from: "a", to: "core", sites: [ImportSite(path: "a/main.c", line: 3, imports: "core.h")],
            usedNames: ["core_open"])
        let stability = PlanStability(
            module: "core", dependents: ["a", "b", "c"], callers: [], outgoing: outgoing, stableDependents: [incoming], floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 6)
        let imports = PlanImports(edges: [
            "a": ["core"], "b": ["core"], "c": ["core"], "app": ["a"], "tool": ["a"],
            "core": ["net", "log", "db", "io", "os", "fmt"], "net": ["tool"],
        ])
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability], imports: imports)

        let stage = try #require(Planner(settings: PlanSettings()).plan(input).stages.first)

        #expect(stage.steps[1]
            == "Make core's types conform in a module that imports both (a composition root, such as one of app) and pass them into a")
        #expect(stage.addedImports == [AddedImport("app", "core")])
        #expect(stage.removedImports == [ModuleEdge("a", "core")])
    }

    @Test func aSmallCoreTheDependentsUseMovesOutInsteadOfInvertingMostImports() throws {
        // Dependents use api.c, which uses util.c; impl.c holds every import. The core (api.c, util.c)
        // imports nothing, so moving it out needs no inversion, against 3 for core itself.
        let module = apiModule(callers: ["app/main.c", "tests/api_test.c"])
        let outgoing = ["net", "log", "db", "io", "os", "fmt"].map { cut($0, sites: 1, names: 1) }
        let stability = PlanStability(
            module: "core", dependents: ["app", "cli", "web"], callers: [Caller(path: "app/main.c", names: ["api_open"])],
            outgoing: outgoing, floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 6)
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability])

        let plan = Planner(settings: PlanSettings()).plan(input)

        #expect(plan.stages.map(\.id) == ["stabilize-module:core:move:1", "stabilize-module:core:callers"])
        // util.c first: api.c uses it.
        #expect(plan.stages[0].steps.suffix(2) == ["Move src/util.c to src/core_core/util.c", "Move src/api.c to src/core_core/api.c"])
        #expect(plan.stages[1].files == ["app/main.c", "tests/api_test.c"])
        #expect(plan.stages[0].interestSavedHoursPerMonth == 0)
        #expect(abs(plan.stages[1].interestSavedHoursPerMonth - instability.interest.hoursPerMonth) < 1e-9)
        #expect(abs(plan.stages.reduce(0) { $0 + $1.principalHours } - instability.principal.hours) < 1e-9)
    }

    @Test func importsTheCoreStillMakesAreInvertedFirstAndTheInterestIsSavedOnce() throws {
        // Ca 3, Ce 7: core itself needs 4 inversions. Its core (api.c, util.c) imports 4 modules with 4
        // dependents (the 3 modules and what stays): 0 inversions at the 0.5 warning; with 5 core imports, 1.
        let module = apiModule(callers: ["app/main.c"])
        // db is imported by util.c (in the core) and impl.c (staying): the core's protocol holds util.c's name only.
        let db = PlanCycle.Cut(
            from: "core", to: "db",
            sites: [ImportSite(path: "src/util.c", line: 1, imports: "db.h"), ImportSite(path: "src/impl.c", line: 1, imports: "db.h")],
            usedNames: ["db_get", "db_put"], namesByFile: ["src/util.c": ["db_get"], "src/impl.c": ["db_put"]])
        let outgoing = ["net", "log", "io", "os"].map { cut($0, file: "src/util.c", sites: 1, names: 1) } + [db]
            + ["fmt", "zip"].map { cut($0, sites: 1, names: 1) }
        let stability = PlanStability(
            module: "core", dependents: ["app", "cli", "web"], callers: [Caller(path: "app/main.c", names: ["api_open"])],
            outgoing: outgoing, floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 7)
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability])

        let plan = Planner(settings: PlanSettings()).plan(input)

        #expect(plan.stages.map(\.id) == [
            "stabilize-module:core:invert:core->db", "stabilize-module:core:move:1", "stabilize-module:core:callers",
        ])
        #expect(plan.stages[0].interestSavedHoursPerMonth == 0)
        #expect(plan.stages[0].checks.map(\.text) == ["src/util.c does not import db"])
        #expect(plan.stages[0].declarations == ["DbProviding", "db_get"])
        #expect(plan.stages[0].importSites.map(\.path) == ["src/util.c"])
        let saved = plan.stages.reduce(0) { $0 + $1.interestSavedHoursPerMonth }
        #expect(abs(saved - instability.interest.hoursPerMonth) < 1e-9)
    }

    @Test func theExtractedCoreIsDeclaredWithTheModulesItsFilesStillImport() throws {
        // util.c (in the core) imports net, log, io, os and db; db is inverted first, so the core builds against
        // the other four, and the module it leaves.
        let module = apiModule(callers: ["app/main.c"])
        let db = PlanCycle.Cut(
            from: "core", to: "db",
            sites: [ImportSite(path: "src/util.c", line: 1, imports: "db.h"), ImportSite(path: "src/impl.c", line: 1, imports: "db.h")],
            usedNames: ["db_get", "db_put"], namesByFile: ["src/util.c": ["db_get"], "src/impl.c": ["db_put"]])
        let outgoing = ["net", "log", "io", "os"].map { cut($0, file: "src/util.c", sites: 1, names: 1) } + [db]
            + ["fmt", "zip"].map { cut($0, sites: 1, names: 1) }
        let stability = PlanStability(
            module: "core", dependents: ["app", "cli", "web"], callers: [Caller(path: "app/main.c", names: ["api_open"])],
            outgoing: outgoing, floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 7)
        let imports = PlanImports(
            edges: ["core": ["net", "log", "io", "os", "db", "fmt", "zip"]],
            byFile: ["src/util.c": ["net", "log", "io", "os", "db"], "src/impl.c": ["db", "fmt", "zip"]],
            owners: ["src/util.c": "core", "src/impl.c": "core"])
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability], imports: imports)

        let move = try #require(Planner(settings: PlanSettings()).plan(input).stages.first { $0.id == "stabilize-module:core:move:1" })

        #expect(move.steps[0] == "Create the folder `src/core_core/` and add it to the build (Makefile) so that core builds "
            + "against core_core and core_core against io, log, net, os")
    }

    @Test func aFileExtendingACoreTypeMovesWithTheCore() throws {
        // api+Extra.swift extends the type api.c declares (an extension edge): it joins the core.
        var module = apiModule(callers: ["app/main.c"])
        module.files.append(PlanFile(path: "src/api+Extra.swift", codeLines: 30, declaredNames: []))
        module.dependencies.append(FileDependency(
            from: "src/api+Extra.swift", to: "src/api.c", weight: 1 + SymbolGraph.extensionWeight, names: ["api_open"]))
        let plan = try sixImportCorePlan(module)

        #expect(plan.stages.first?.files == ["src/api+Extra.swift", "src/api.c", "src/util.c"])
    }

    @Test func aFileBoundToACoreFileMovesWithTheCoreInOneStage() throws {
        // api.c and Api.Logging.cs hold the parts of one `partial class Api` (`BoundFiles`): they leave core together.
        var module = apiModule(callers: ["app/main.c"])
        let part = { (lines: Int) in
            Declaration(name: "Api", kind: "class", startLine: 1, endLine: lines, codeLines: lines, boundName: "Core.Api")
        }
        module.files[0].declarations = [part(80)]
        module.files.append(PlanFile(path: "src/Api.Logging.cs", codeLines: 30, declarations: [part(30)]))
        let plan = try sixImportCorePlan(module)

        #expect(plan.stages.first?.files == ["src/Api.Logging.cs", "src/api.c", "src/util.c"])
    }

    @Test func anUnstableModuleWithNothingToInvertIsListedAsUnplanned() throws {
        // Ca 3, Ce 6 but no import edges known (nothing to invert, no core): the finding is not dropped.
        let module = cModule([("impl.c", 300)], uses: [])
        let stability = PlanStability(module: "core", dependents: ["a", "b", "c"], callers: [], outgoing: [], floor: Self.floor)
        let instability = try unstable(afferent: 3, efferent: 6)
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability])

        let plan = Planner(settings: PlanSettings()).plan(input)

        #expect(plan.stages.isEmpty)
        #expect(plan.unplanned.map(\.rule) == ["instability"])
        #expect(plan.unplanned.first?.findings == 1)
    }
}
