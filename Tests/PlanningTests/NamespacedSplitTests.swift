import DebtLedger
import DebtModel
@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// PHP, the JVM's languages and C# name their code by a namespace or package the file spells, not by the module
/// holding it: a file moved below a new module's source root keeps its callers' `use` and `import` lines, and the
/// build passes the new module on to the modules using the old one. guzzle's plan told `src/Middleware.php` to
/// "import SetCookie" and to make its classes "visible"; gson's told `Gson.java` to import a Gradle module.
@Suite struct NamespacedSplitTests {
    /// core (3,100 lines): Low/ and Mid/ are lower layers the rest uses (App, Main); ext/Use uses one of Low's names.
    private func plan(
        ecosystem: String, manifest: String, extension ext: String, roots: [String] = [""], staying: [String] = []
    ) throws -> RemediationPlan {
        // Reader is kept to its module (package-private, `internal`); the other names are public already.
        let file = { (path: String, lines: Int) in
            var file = PlanFile(path: "src/\(path).\(ext)", codeLines: lines, declaredNames: [path.split(separator: "/").last.map(String.init)!])
            file.moduleInternalNames = file.declaredNames.filter { $0 == "Reader" }
            return file
        }
        let use = { (from: String, to: String, weight: Int) in
            FileDependency(from: "src/\(from).\(ext)", to: "src/\(to).\(ext)", weight: weight, names: [String(to.split(separator: "/").last!)])
        }
        let module = PlanModule(
            name: "core", ecosystem: ecosystem, roots: roots, manifest: manifest,
            files: [file("Low/Reader", 250), file("Low/Writer", 250), file("Mid/Parser", 250), file("Mid/Lexer", 250),
                    file("App", 1100), file("Main", 1000)] + staying.map { file($0, 10) },
            dependencies: [
                use("Low/Reader", "Low/Writer", 100), use("Low/Writer", "Low/Reader", 100), use("Mid/Parser", "Mid/Lexer", 100),
                use("Mid/Lexer", "Mid/Parser", 100), use("App", "Main", 100), use("Main", "App", 100),
                use("App", "Low/Reader", 30), use("Main", "Low/Writer", 30), use("App", "Mid/Parser", 10),
            ],
            callers: [Caller(path: "ext/Use.\(ext)", names: ["Reader"])])
        var input = try sizeInput(module, lines: 3100)
        input.imports = PlanImports(edges: ["ext": ["core"]], byFile: ["ext/Use.\(ext)": ["core"]], owners: ["ext/Use.\(ext)": "ext"])
        return Planner(settings: PlanSettings()).plan(input)
    }

    private func moveSteps(_ plan: RemediationPlan) -> [String] {
        plan.stages.filter { $0.id.hasPrefix("split-module:") && $0.id.contains(":move:") }.flatMap(\.steps)
    }

    @Test func aComposerSplitLeavesCallersAsTheyAre() throws {
        let plan = try plan(ecosystem: "composer", manifest: "composer.json", extension: "php")
        let steps = moveSteps(plan)
        #expect(steps.contains("Move src/Low/Reader.php to Low/src/Low/Reader.php"))

        #expect(!steps.isEmpty)
        #expect(steps.allSatisfy { !$0.contains("import") && !$0.contains("visible") && !$0.contains("Re-export") })
        #expect(!plan.stages.contains { $0.id.contains(":callers") || $0.id.hasSuffix(":forwarding") })
    }

    /// A Composer package mapping its namespace to the repository's root holds its root's files and folders as its
    /// roots (symfony/console's `Application.php`, `Command`…): a name taken already is qualified by the package's
    /// name, not by its first root (`Application.phpDescriptor`).
    @Test func aComposerPackageAtTheRootQualifiesByItsName() throws {
        let plan = try plan(
            ecosystem: "composer", manifest: "composer.json", extension: "php", roots: ["App.php", "Low", "Main.php", "Mid"],
            staying: ["Low/Config", "Mid/Config"])
        let titles = plan.stages.map(\.title)

        #expect(titles.contains { $0.hasSuffix(" to CoreLow (1/2)") })
        #expect(!titles.contains { $0.contains(".php") })
    }

    @Test func aGradleSplitMakesNamesPublicAndPassesTheModuleOnThroughApi() throws {
        let plan = try plan(ecosystem: "gradle", manifest: "build.gradle.kts", extension: "kt")
        let steps = moveSteps(plan)

        #expect(steps.contains { $0.hasPrefix("Declare core's dependency on ") && $0.contains("as `api` rather than `implementation`") })
        #expect(steps.contains { $0.hasPrefix("Make `Reader` public if it is not") })
        // Public names need no step.
        #expect(!steps.contains { $0.contains("`Writer`") || $0.contains("`Parser`") })
        #expect(!steps.contains { $0.contains(", and import ") || $0.hasPrefix("Import ") })
        #expect(!plan.stages.contains { $0.id.contains(":callers") })
    }

    @Test func eachNamespacedEcosystemSpellsItsVisibility() {
        #expect(ModuleNaming.visibility(of: ["CookieJar"], outside: "SetCookie", ecosystem: "composer") == nil)
        #expect(ModuleNaming.visibility(of: ["JsonScope"], outside: "json-scope", ecosystem: "maven")
            == "Make `JsonScope` public if it is not: package-private and `internal` names stop at json-scope's edge")
        #expect(ModuleNaming.visibility(of: ["Options", "Parser"], outside: "Core", ecosystem: "dotnet")
            == "Make `Options`, `Parser` `public` where they are not: `internal`, a top-level type's default, stops at Core's edge")
        #expect(ModuleNaming.usersStep(names: ["Options"], files: ["src/A.cs"], module: "Core", ecosystem: "dotnet")?
            .contains("import") == false)
        #expect(ModuleNaming.usersStep(names: ["Options"], files: ["Sources/A.swift"], module: "Core", ecosystem: "swiftpm")
            == "Make `Options` visible outside Core, and import Core in Sources/A.swift")
        let guzzle = PlanModule(name: "guzzlehttp/guzzle", ecosystem: "composer", roots: [""], manifest: "composer.json", files: [])
        #expect(ModuleNaming.forwarding(of: "guzzlehttp/set-cookie", from: guzzle) == nil)
        #expect(ModuleNaming.forwardingRemoval(of: "guzzlehttp/set-cookie", from: guzzle) == nil)
    }

    /// phoenix: an Elixir module keeps its name when its file moves and is seen once its application is loaded, so
    /// a Mix split told 45 files to "import phx", its mix tasks to be made "visible", and 17 callers to switch.
    @Test func aMixSplitLeavesCallersAsTheyAre() {
        #expect(ModuleNaming.usersStep(names: ["Digest", "Gen"], files: ["lib/phoenix.ex"], module: "phx", ecosystem: "mix") == nil)
        let phoenix = PlanModule(name: "phoenix", ecosystem: "mix", roots: ["lib"], manifest: "mix.exs", files: [])
        #expect(ModuleNaming.forwarding(of: "phx", from: phoenix) == nil)
        #expect(ModuleNaming.forwardingRemoval(of: "phx", from: phoenix) == nil)
    }

    /// A stabilized module's dependents switch in their builds when their files keep their imports.
    @Test func aNamespacedStabilizeSwitchesDependentsInTheirBuilds() throws {
        let module = PlanModule(
            name: "core", ecosystem: "maven", roots: ["src"], manifest: "pom.xml",
            files: [
                PlanFile(path: "src/Api.java", codeLines: 80, declaredNames: ["Api"]),
                PlanFile(path: "src/Impl.java", codeLines: 900, declaredNames: ["Impl"]),
            ],
            dependencies: [FileDependency(from: "src/Impl.java", to: "src/Api.java", weight: 1, names: ["Api"])],
            callers: [Caller(path: "app/Main.java", names: ["Api"])])
        let outgoing = ["net", "log", "db", "io", "os", "fmt"].map { to in
            PlanCycle.Cut(
                from: "core", to: to, sites: [ImportSite(path: "src/Impl.java", line: 1, imports: "\(to).Thing")],
                usedNames: ["\(to)Thing"])
        }
        let stability = PlanStability(
            module: "core", dependents: ["app", "cli", "web"], callers: [Caller(path: "app/Main.java", names: ["Api"])],
            outgoing: outgoing, floor: 0.4)
        let instability = try finding(
            .module("core"), [.instabilityGap: 6.0 / 9 - 0.4, .instability: 6.0 / 9, .afferentCoupling: 3, .stableDependents: 1],
            rule: "instability")
        let input = PlanInput(
            findings: [instability], interestHoursPerMonth: instability.interest.hoursPerMonth, modules: [module],
            files: [:], cycles: [], couplings: [], stabilities: [stability],
            imports: PlanImports(edges: ["app": ["core"]], byFile: ["app/Main.java": ["core"]], owners: ["app/Main.java": "app"]))

        let plan = Planner(settings: PlanSettings()).plan(input)

        let callers = try #require(plan.stages.first { $0.id == "stabilize-module:core:callers" })
        #expect(callers.title == "Switch core's dependents to core_core")
        #expect(callers.steps.count == 1)
        #expect(callers.steps[0].hasPrefix("app's build: depend on "))
        #expect(callers.steps[0].hasSuffix(" instead of core (its files keep their imports)"))
        #expect(!plan.stages.flatMap(\.steps).contains { $0.contains("re-export") || $0.contains("Re-export") })
    }
}
