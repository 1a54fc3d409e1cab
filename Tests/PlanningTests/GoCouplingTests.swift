import DebtModel
@testable import PlanAssembly
import PlanNaming
@testable import Planning
import Testing
import DebtLedger

/// A Go package `path` (import path `example.com/m/<path>`) in the go.mod at `manifest`, with one file `gen.go`.
private func goPackage(_ path: String, manifest: String = "go.mod", file: String = "gen.go") -> PlanModule {
    PlanModule(
        name: "example.com/m/\(path)", ecosystem: "go", roots: [path], manifest: manifest,
        files: [PlanFile(path: "\(path)/\(file)", codeLines: 40)])
}

/// The plan for a hidden coupling between `first` and `second` at 90 %.
private func couplingPlan(_ first: PlanModule, _ second: PlanModule) throws -> RemediationPlan {
    let found = try finding(
        .pair(first.name, second.name), [.hiddenCouplingDegree: 90], rule: "hidden-coupling")
    let coupling = PlanCoupling(
        first: first.name, second: second.name, degree: 90, sharedRevisions: 20,
        filePairs: [FilePair(first: first.files[0].path, second: second.files[0].path, count: 5)])
    let input = PlanInput(
        findings: [found], interestHoursPerMonth: found.interest.hoursPerMonth, modules: [first, second], files: [:],
        cycles: [], couplings: [coupling])
    return Planner(settings: PlanSettings()).plan(input)
}

@Suite struct GoCouplingTests {
    @Test func theInternalRuleScopesByTheLastInternalElement() {
        #expect(GoInternalRule.scope(of: "a/b/internal/c") == "a/b")
        #expect(GoInternalRule.scope(of: "a/internal/b/internal/c") == "a/internal/b")
        #expect(GoInternalRule.scope(of: "internal/c") == "")
        #expect(GoInternalRule.scope(of: "a/internals/c") == nil)
        #expect(GoInternalRule.mayImport("a/b/x", "a/b/internal/c", sameModule: true))
        #expect(GoInternalRule.mayImport("a/b", "a/b/internal/c", sameModule: true))
        #expect(!GoInternalRule.mayImport("a/bc", "a/b/internal/c", sameModule: true))
        #expect(!GoInternalRule.mayImport("a/x/internal", "a/b/internal", sameModule: true))
        // The toolchain allows it by path; the plan does not cross go.mod modules into an internal package.
        #expect(!GoInternalRule.mayImport("a/b/x", "a/b/internal/c", sameModule: false))
        #expect(GoInternalRule.mayImport("z/y", "a/b/c", sameModule: false))
    }

    @Test func theSharedHomeIsTheCommonAncestorsInternalFolder() {
        let home = GoInternalRule.sharedHome(
            name: "version", folders: ("exp/grpc/internal", "exp/http/internal"),
            paths: ("m/exp/grpc/internal", "m/exp/http/internal"))
        #expect(home.folder == "exp/internal/version")
        #expect(home.importPath == "m/exp/internal/version")
        // Below an internal folder already: no second `internal`.
        let nested = GoInternalRule.sharedHome(
            name: "s", folders: ("internal/a", "internal/b"), paths: ("m/internal/a", "m/internal/b"))
        #expect(nested.folder == "internal/s")
        #expect(nested.importPath == "m/internal/s")
    }

    /// opentelemetry-go's otlpmetricgrpc/internal ↔ otlpmetrichttp/internal in one go.mod: a shared internal package.
    @Test func twoInternalPackagesOfOneModuleShareAnInternalPackageBelowTheirAncestor() throws {
        let plan = try couplingPlan(
            goPackage("exp/grpc/internal", file: "version.go"), goPackage("exp/http/internal", file: "version.go"))

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.contains("new package exp/internal/version (`example.com/m/exp/internal/version`)"))
        #expect(!step.contains("make example.com/m/exp/http/internal import"))
        #expect(plan.unplanned.isEmpty)
    }

    /// The same pair in separate go.mod modules (as opentelemetry-go has them): no stage, and the reason.
    @Test func internalPackagesOfSeparateModulesGetNoStageAndSayWhy() throws {
        let plan = try couplingPlan(
            goPackage("exp/grpc/internal", manifest: "exp/grpc/go.mod"),
            goPackage("exp/http/internal", manifest: "exp/http/go.mod"))

        #expect(plan.stages.isEmpty)
        let unplanned = try #require(plan.unplanned.first { $0.rule == "hidden-coupling" })
        #expect(unplanned.findings == 1)
        #expect(unplanned.reasons.count == 1)
        #expect(unplanned.reasons[0].contains("separate go.mod modules (exp/grpc/go.mod, exp/http/go.mod)"))
    }

    /// The first side is internal to its tree, the second is not: the second becomes the home.
    @Test func theHomeIsTheSideTheOtherMayImport() throws {
        let plan = try couplingPlan(goPackage("exp/grpc/internal"), goPackage("api"))

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.hasPrefix(
            "Give that concept one home: move it into example.com/m/api and make example.com/m/exp/grpc/internal import it"))
        #expect(step.contains("Go lets only packages below example.com/m/exp/grpc import"))
    }

    /// Public packages in one go.mod keep the plain step.
    @Test func publicPackagesKeepThePlainStep() throws {
        let plan = try couplingPlan(goPackage("a"), goPackage("b"))

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.hasPrefix("Give that concept one home: move it into example.com/m/a (or a small module both import)"))
    }

    /// A public package of another go.mod may be imported, with a require.
    @Test func aPublicPackageOfAnotherModuleIsImportedWithARequire() throws {
        let plan = try couplingPlan(goPackage("a"), goPackage("b/x", manifest: "b/go.mod"))

        let step = try #require(plan.stages.first?.steps.last)
        #expect(step.contains("make example.com/m/b/x import it instead of repeating it (b/go.mod then requires the module of go.mod)"))
    }
}
