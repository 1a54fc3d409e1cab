import DebtLedger
import DebtModel
import PlanBalance
@testable import PlanAssembly
import Planning
import RuleCatalog
import SymbolScan
import Testing

@Suite struct AbstractionStagesTests {
    /// Core's finding, priced on 10 changes that cross its boundary (the rule's activity), imported by every other
    /// module (its dependent share 1, so its friction is the rule's whole).
    private func distant(_ abstraction: PlanAbstraction) throws -> Finding {
        let catalog = try RuleCatalog.bundled()
        let crossing = Activity(commits: (0..<10).map { "c\($0)" }, ageDays: Array(repeating: 0, count: 10))
        let values: [MetricID: Double] = [
            .mainSequenceDistance: abstraction.distance(adding: 0), .afferentCoupling: Double(abstraction.callers.count),
            .dependentShare: 1,
        ]
        let found = DebtAccountant(rules: catalog.rules, model: catalog.model).findings(for: [
            Observation(subject: .module("Core"), values: values, activity: crossing, crossing: crossing)
        ])
        let distance = try #require(found.first { $0.rule == "main-sequence-distance" })
        #expect(distance.interest.hoursPerMonth > 0)
        return distance
    }

    private func declaration(_ name: String, _ kind: String, lines: Int = 20) -> Declaration {
        Declaration(name: name, kind: kind, startLine: 1, endLine: lines, codeLines: lines)
    }

    /// Core (Swift): Graph.swift declares `Graph` (a struct), `Kind` (an enum) and `Resolver`, `Cache` (classes).
    private func core(ecosystem: String = "swiftpm", kind: String = "struct") -> PlanModule {
        PlanModule(
            name: "Core", ecosystem: ecosystem, roots: ["Sources/Core"], manifest: "Package.swift",
            files: [
                PlanFile(
                    path: "Sources/Core/Graph.swift", codeLines: 120,
                    declarations: [declaration("Graph", kind), declaration("Kind", "enum")],
                    declaredNames: ["Graph", "Kind"]),
                PlanFile(
                    path: "Sources/Core/Resolver.swift", codeLines: 80,
                    declarations: [declaration("Resolver", "class"), declaration("Cache", "class"),
                                   declaration("Unused", "protocol", lines: 3), declaration("Spare", "protocol", lines: 2)],
                    declaredNames: ["Cache", "Resolver", "Spare", "Unused"]),
            ])
    }

    /// The concrete types an interface can stand in front of (not the enum `Kind`).
    private let concrete: Set<String> = ["Cache", "Graph", "Lone", "Resolver"]

    /// The methods of each the dependents call: all have behaviour.
    private let methods: [String: [String]] = [
        "Cache": ["evict"], "Graph": ["edges", "resolve"], "Lone": ["run"], "Resolver": ["resolve"],
    ]

    /// A, B and C use Graph and Kind; A and B use Resolver; A uses Cache.
    private let callers: [String: [Caller]] = [
        "A": [Caller(path: "Sources/A/A.swift", names: ["Cache", "Graph", "Kind", "Resolver"])],
        "B": [Caller(path: "Sources/B/B.swift", names: ["Graph", "Kind", "Resolver"])],
        "C": [Caller(path: "Sources/C/C.swift", names: ["Graph", "Kind"]),
              Caller(path: "Sources/C/D.swift", names: ["Graph"])],
    ]

    private func plan(_ module: PlanModule, _ abstraction: PlanAbstraction) throws -> (RemediationPlan, Finding) {
        let distance = try distant(abstraction)
        let input = PlanInput(
            findings: [distance], interestHoursPerMonth: distance.interest.hoursPerMonth, modules: [module], files: [:],
            cycles: [], couplings: [], abstractions: [abstraction])
        return (Planner(settings: PlanSettings()).plan(input), distance)
    }

    @Test func aStableConcreteModulePutsTheTypesMostDependentsUseBehindInterfaces() throws {
        // A 0 of 6 types, I 0.25: D 0.75; A must reach 0.25, so 2 interfaces (2 of 8 types).
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.25, abstractTypes: 0, concreteTypes: 6, callers: callers, concreteNames: concrete, methods: methods)

        let (plan, distance) = try plan(core(), abstraction)

        #expect(plan.stages.map(\.id) == ["balance-abstractness:Core:1"])
        let stage = try #require(plan.stages.first)
        #expect(stage.kind == .balanceAbstractness)
        #expect(stage.title == "Put `Graph`, `Resolver` behind interfaces in Core")
        #expect(stage.declarations == ["GraphProtocol", "Graph", "ResolverProtocol", "Resolver"])
        #expect(stage.steps.first?.hasPrefix(
            "In Sources/Core/Graph.swift, declare `protocol GraphProtocol` with the members of `Graph` that A, B, C use (its "
                + "methods `edges`, `resolve`; name it for the role they use it in), make `Graph` conform") == true)
        #expect(stage.steps.first?.hasSuffix(
            "have Sources/A/A.swift, Sources/B/B.swift, Sources/C/C.swift and 1 more files take `GraphProtocol` where they take `Graph`") == true)
        #expect(stage.why.contains("A 0.00 (0 of 6 types abstract), I 0.25, D 0.75"))
        #expect(stage.why.contains("After this stage: A 0.25 (2 of 8 types abstract), I 0.25, D 0.50."))
        #expect(stage.checks.map(\.text) == ["main-sequence-distance of Core ≤ 0.50"])
        #expect(abs(stage.interestSavedHoursPerMonth - distance.interest.hoursPerMonth) < 1e-9)
        #expect(abs(stage.principalHours - distance.principal.hours) < 1e-9)
        #expect(plan.unplanned.allSatisfy { $0.rule != "main-sequence-distance" })
    }

    @Test func theReasonCountsEveryImporterAndSaysHowManyNameTheTypes() throws {
        // Ca 5, as the scan counted it; A, B and C name its types, two more use them through others' values.
        var abstraction = PlanAbstraction(
            module: "Core", instability: 0.25, abstractTypes: 0, concreteTypes: 6, callers: callers,
            concreteNames: concrete, methods: methods, afferent: 5)
        #expect(try plan(core(), abstraction).0.stages.first?.why.hasPrefix(
            "Core is imported by 5 modules (3 of them name its types) and is stable but concrete") == true)
        abstraction.afferent = 3
        #expect(try plan(core(), abstraction).0.stages.first?.why.hasPrefix(
            "Core is imported by 3 modules and is stable but concrete") == true)
    }

    @Test func aTypeNamedPrivateGetsNoInterface() throws {
        // `_Graph` (langgraph's `_DeltaSnapshot`): the most used, but private by its name; Resolver and Cache instead.
        var module = core()
        module.files[0].declarations[0] = declaration("_Graph", "struct")
        let renamed = callers.mapValues { $0.map { Caller(path: $0.path, names: $0.names.map { $0 == "Graph" ? "_Graph" : $0 }) } }
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.25, abstractTypes: 0, concreteTypes: 6, callers: renamed,
            concreteNames: concrete.union(["_Graph"]), methods: methods.merging(["_Graph": ["edges"]]) { a, _ in a })

        let (plan, _) = try plan(module, abstraction)

        #expect(plan.stages.first?.title == "Put `Resolver`, `Cache` behind interfaces in Core")
    }

    @Test func moreInterfacesThanFitAStageAreSpreadOverStagesThatTogetherSaveTheInterest() throws {
        // A 0 of 4, I 0: 4 interfaces, and E uses `Lone` too: 4 used types, 3 a stage.
        let four = PlanAbstraction(
            module: "Core", instability: 0, abstractTypes: 0, concreteTypes: 4,
            callers: callers.merging(["E": [Caller(path: "Sources/E/E.swift", names: ["Kind", "Lone"])]]) { a, _ in a },
            concreteNames: concrete, methods: methods)
        var module = core()
        module.files[0].declarations.append(declaration("Lone", "class"))

        let (plan, distance) = try plan(module, four)

        #expect(plan.stages.map(\.title) == [
            "Put `Graph`, `Resolver`, `Cache` behind interfaces in Core (1/2)",
            "Put `Lone` behind an interface in Core (2/2)",
        ])
        #expect(plan.stages.map(\.needs) == [[], ["balance-abstractness:Core:1"]])
        #expect(plan.stages.map { $0.checks[0].text } == [
            "main-sequence-distance of Core ≤ 0.58", "main-sequence-distance of Core ≤ 0.50",
        ])
        let saved = plan.stages.reduce(0) { $0 + $1.interestSavedHoursPerMonth }
        #expect(abs(saved - distance.interest.hoursPerMonth) < 1e-9)
        // Each stage saves what the distance it leaves no longer charges; together, all of it.
        #expect(plan.stages.allSatisfy { $0.interestSavedHoursPerMonth >= 0 })
    }

    @Test func whenTheDependentsUseFewerTypesThanNeededEachGetsItsInterfaceAndThePlanSaysHowFarDStaysOver() throws {
        // A 0 of 6, I 0: D 1; A must reach 0.5, so 6 interfaces; only 3 types are used: D stays at 0.67.
        let few = PlanAbstraction(
            module: "Core", instability: 0, abstractTypes: 0, concreteTypes: 6, callers: callers, concreteNames: concrete, methods: methods)

        let (plan, distance) = try plan(core(), few)

        #expect(plan.stages.map(\.title) == ["Put `Graph`, `Resolver`, `Cache` behind interfaces in Core"])
        #expect(plan.stages.first?.why.hasSuffix(
            "After this stage: A 0.33 (3 of 9 types abstract), I 0.00, D 0.67. Its dependents call methods of no other concrete type "
                + "of Core, so D stays over 0.50: 3 more abstract types would bring it within.") == true)
        #expect(plan.stages.first?.checks.map(\.text) == ["main-sequence-distance of Core ≤ 0.67"])
        #expect((plan.stages.first?.interestSavedHoursPerMonth ?? 0) < distance.interest.hoursPerMonth)
        #expect(plan.unplanned.allSatisfy { $0.rule != "main-sequence-distance" })
    }

    @Test func interfacesForTheFewTypesTheDependentsUseThatSaveNothingAreNoRepair() throws {
        // A 0 of 27, I 0.2: 12 interfaces needed, 3 used; D 0.80 → 0.70, friction still at its cap.
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.2, abstractTypes: 0, concreteTypes: 27, callers: callers, concreteNames: concrete, methods: methods)

        let (plan, distance) = try plan(core(), abstraction)

        #expect(distance.interestSaved(from: 0.8, to: abstraction.distance(adding: 3)) == 0)
        #expect(plan.stages.isEmpty)
        #expect(plan.unplanned.first { $0.rule == "main-sequence-distance" }?.reasons.first?.hasSuffix(
            "but its dependents call methods of 3 of its concrete types; 3 interfaces would leave D at 0.70, which saves nothing") == true)
    }

    @Test func whenTheDependentsUseTooFewTypesThePlanSaysWhyInsteadOfAStage() throws {
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0, abstractTypes: 0, concreteTypes: 29, callers: callers, concreteNames: concrete, methods: methods)

        let (plan, _) = try plan(core(), abstraction)

        #expect(plan.stages.isEmpty)
        let unplanned = try #require(plan.unplanned.first { $0.rule == "main-sequence-distance" })
        #expect(unplanned.findings == 1)
        #expect(unplanned.reasons == [
            "Core: A 0.00 (0 of 29 types abstract), I 0.00, D 1.00 needs 29 new abstract types to come within 0.50 "
                + "(more than 12 is a redesign, not a few pull requests), but its dependents call methods of 3 of its "
                + "concrete types; 3 interfaces would leave D at 0.91",
        ])
    }

    @Test func interfacesAreSpelledInTheModulesLanguage() throws {
        // A 0 of 3, I 0.25: one interface brings D to 0.5.
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.25, abstractTypes: 0, concreteTypes: 3, callers: callers, concreteNames: concrete, methods: methods)

        let go = try plan(core(ecosystem: "go", kind: "type"), abstraction).0.stages.first?.steps.first
        let dotnet = try plan(core(ecosystem: "dotnet", kind: "class"), abstraction).0.stages.first?.steps.first
        let rust = try plan(core(ecosystem: "cargo"), abstraction).0.stages.first?.steps.first

        #expect(go?.contains("declare `type GraphProtocol interface` with the members of `Graph`") == true)
        #expect(dotnet?.contains("declare `interface IGraph` with the members of `Graph`") == true)
        #expect(dotnet?.hasSuffix("take `IGraph` where they take `Graph`") == true)
        #expect(rust?.contains("declare `trait GraphProtocol`") == true)
    }

    @Test func anUnexportedGoTypeGetsNoInterfaceWhateverTheDependentsNameLikeIt() throws {
        // `graph` is unexported: a dependent's `graph` is its own variable. A 0 of 3, I 0.25: 1 interface needed.
        var module = core(ecosystem: "go", kind: "type")
        module.files[0].declarations[0].name = "graph"
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.25, abstractTypes: 0, concreteTypes: 3,
            callers: ["A": [Caller(path: "a/a.go", names: ["graph", "Resolver"])], "B": [Caller(path: "b/b.go", names: ["graph"])],
                      "C": [Caller(path: "c/c.go", names: ["graph"])]],
            concreteNames: ["graph", "Resolver"],
            methods: ["graph": ["walk"], "Resolver": ["resolve"]])

        let (plan, _) = try plan(module, abstraction)

        #expect(plan.stages.map(\.title) == ["Put `Resolver` behind an interface in Core"])
    }

    @Test func aTypeTheDependentsOnlyReadGetsNoInterfaceTheTypesWithBehaviourDo() throws {
        // `Graph`, which all three use, is data to them (no method of it called): Resolver and Cache take its place.
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.25, abstractTypes: 0, concreteTypes: 6, callers: callers,
            concreteNames: concrete, methods: methods.filter { $0.key != "Graph" })

        let (plan, _) = try plan(core(), abstraction)

        #expect(plan.stages.map(\.title) == ["Put `Resolver`, `Cache` behind interfaces in Core"])
        #expect(plan.stages.first?.steps.last?.contains("with the members of `Cache` that A use (its methods `evict`;") == true)
    }

    @Test func whenTheDependentsOnlyReadItsTypesThePlanSaysSoInsteadOfProposingDataInterfaces() throws {
        // A 0 of 6, I 0.25: 2 interfaces needed, but the dependents call no method of Graph, Resolver nor Cache.
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.25, abstractTypes: 0, concreteTypes: 6, callers: callers, concreteNames: concrete)

        let (plan, _) = try plan(core(), abstraction)

        #expect(plan.stages.isEmpty)
        #expect(plan.unplanned.first { $0.rule == "main-sequence-distance" }?.reasons == [
            "Core: A 0.00 (0 of 6 types abstract), I 0.25, D 0.75 needs 2 new abstract types to come within 0.50, but "
                + "its dependents call no method of its concrete types and use 3 more only as data they read, which an "
                + "interface would not shield them from",
        ])
    }

    @Test func anAbstractUnstableModuleFoldsBackTheAbstractionsNoDependentUses() throws {
        // A 4 of 5, I 0.8: D 0.6; A must fall to 0.7, so 2 abstract types fold back in (2 of 3).
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.8, abstractTypes: 4, concreteTypes: 1, callers: callers,
            abstractNames: ["Spare", "Unused", "Graph"], concreteNames: concrete, methods: methods)

        let (plan, distance) = try plan(core(), abstraction)

        #expect(plan.stages.map(\.title) == ["Fold `Spare`, `Unused` back into Core"])
        #expect(plan.stages.first?.steps.first == "In Sources/Core/Resolver.swift, fold `Spare` back in (no dependent "
            + "uses it): where Core uses it, use its conforming type, then delete it")
        #expect(plan.stages.first?.why.contains("abstract but unstable (A 0.80 (4 of 5 types abstract), I 0.80, D 0.60") == true)
        #expect(abs((plan.stages.first?.interestSavedHoursPerMonth ?? 0) - distance.interest.hoursPerMonth) < 1e-9)
    }

    @Test func anAbstractModuleWhoseUnusedAbstractionsAreUnknownSaysWhatToLookFor() throws {
        let abstraction = PlanAbstraction(
            module: "Core", instability: 0.8, abstractTypes: 4, concreteTypes: 1, callers: callers, concreteNames: concrete, methods: methods)

        let (plan, _) = try plan(core(), abstraction)

        #expect(plan.stages.isEmpty)
        #expect(plan.unplanned.first { $0.rule == "main-sequence-distance" }?.reasons == [
            "Core: A 0.80 (4 of 5 types abstract), I 0.80, D 0.60 is abstract and unstable: fold 2 of its 4 abstract "
                + "types back in, but accrue knows none that no dependent uses: look for those with a single conformer, or used only by its tests",
        ])
    }
}
