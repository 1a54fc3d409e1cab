import DebtModel
@testable import PlanAssembly
import PlanNaming
@testable import Planning
import Testing
import DebtLedger

/// A module `name` of `ecosystem` rooted in its name, with one file `<name>/<file>`.
private func module(
    _ name: String, ecosystem: String = "swiftpm", manifest: String = "Package.swift", file: String = "Shared.swift"
) -> PlanModule {
    PlanModule(
        name: name, ecosystem: ecosystem, roots: [name], manifest: manifest,
        files: [PlanFile(path: "\(name)/\(file)", codeLines: 40)])
}

/// The plan for a hidden coupling between `first` and `second` at 90 %, over the module imports `edges` and the
/// modules each file imports.
private func couplingPlan(
    _ first: PlanModule, _ second: PlanModule, edges: [String: Set<String>], byFile: [String: Set<String>] = [:]
) throws -> RemediationPlan {
    let found = try finding(.pair(first.name, second.name), [.hiddenCouplingDegree: 90], rule: "hidden-coupling")
    let coupling = PlanCoupling(
        first: first.name, second: second.name, degree: 90, sharedRevisions: 20,
        filePairs: [FilePair(first: first.files[0].path, second: second.files[0].path, count: 5)])
    let input = PlanInput(
        findings: [found], interestHoursPerMonth: found.interest.hoursPerMonth, modules: [first, second], files: [:],
        cycles: [], couplings: [coupling], imports: PlanImports(edges: edges, byFile: byFile))
    return Planner(settings: PlanSettings()).plan(input)
}

@Suite struct CouplingHomeTests {
    @Test func theShortestImportPathIsFoundThroughOtherModules() {
        let imports = PlanImports(edges: ["a": ["b", "x"], "b": ["c"], "x": ["c"], "c": ["d"]])
        #expect(imports.path(from: "a", to: "d") == ["a", "b", "c", "d"])
        #expect(imports.path(from: "d", to: "a") == nil)
        #expect(imports.path(from: "a", to: "a") == ["a"])
    }

    /// opentelemetry-go's bridge/opencensus ↔ sdk: bridge/opencensus reaches sdk (through sdk/metric/metricdata and
    /// sdk/resource), so sdk importing it would close a cycle; bridge/opencensus imports sdk instead.
    @Test func theHomeIsNeverOneThatAlreadyReachesTheImporter() throws {
        let plan = try couplingPlan(
            module("Bridge"), module("SDK"), edges: ["Bridge": ["Metricdata"], "Metricdata": ["Resource"], "Resource": ["SDK"]])

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.hasPrefix("Give that concept one home: move it into SDK and make Bridge import it instead"))
        #expect(step.contains(
            "SDK may not import Bridge: Bridge already reaches SDK through Metricdata → Resource, so the import would "
                + "close a cycle"))
        #expect(plan.unplanned.isEmpty)
    }

    /// Nothing reaches either side: the first stays the home, as before.
    @Test func unrelatedModulesKeepThePlainStep() throws {
        let plan = try couplingPlan(module("A"), module("B"), edges: ["A": ["Core"], "B": ["Core"]])

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.hasPrefix("Give that concept one home: move it into A (or a small module both import) and make B"))
    }

    /// Each reaches the other (they sit in one cycle already): a new module both import, which imports only what the
    /// concept's files import.
    @Test func sidesInOneCycleShareANewModule() throws {
        let plan = try couplingPlan(
            module("A"), module("B"), edges: ["A": ["Mid"], "Mid": ["B"], "B": ["Back"], "Back": ["A"]],
            byFile: ["A/Shared.swift": ["Core"], "B/Shared.swift": ["Core"]])

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.hasPrefix("Give that concept one home both may import: neither may import the other (B may not import A"))
        #expect(step.contains("move it into a new module both import"))
    }

    /// The new module would import what A/Shared.swift imports, Mid, which reaches B: no stage, and why.
    @Test func aSharedModuleThatWouldSitInACycleIsNotPlanned() throws {
        let plan = try couplingPlan(
            module("A"), module("B"), edges: ["A": ["Mid"], "Mid": ["B"], "B": ["Back"], "Back": ["A"]],
            byFile: ["A/Shared.swift": ["Mid"]])

        #expect(plan.stages.isEmpty)
        let unplanned = try #require(plan.unplanned.first { $0.rule == "hidden-coupling" })
        #expect(unplanned.reasons.count == 1)
        #expect(unplanned.reasons[0].hasPrefix("A ↔ B: neither may import the other (B may not import A: A already"))
        #expect(unplanned.reasons[0].contains(
            "a new module both import would import Mid, as A/Shared.swift does, and Mid reaches B, so it would sit in a cycle"))
    }

    /// Go: the internal rule and the imports both count; the one direction left open is taken.
    @Test func goPackagesRespectBothTheInternalRuleAndTheImports() throws {
        let internalSide = module("m/exp/internal", ecosystem: "go", manifest: "go.mod", file: "gen.go")
        let api = module("m/api", ecosystem: "go", manifest: "go.mod", file: "gen.go")
        // api may not import the internal package (rule), and the internal package may not import api (api reaches
        // it): no direct home; a shared internal package below their ancestor imports nothing that reaches them.
        let plan = try couplingPlan(internalSide, api, edges: ["m/api": ["m/exp"], "m/exp": ["m/exp/internal"]])

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.contains("m/exp/internal may not import m/api: m/api already reaches m/exp/internal through m/exp"))
        #expect(step.contains("so move it into a new package m/internal/gen (`m/internal/gen`)"))
    }
}
