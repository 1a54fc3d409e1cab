@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

@Suite struct SplitNameTests {
    /// swift-syntax's SwiftRefactor: its lower layer was to become `RefactoringNotApplicableError`, the error its
    /// files throw, rather than be named after the provider they are for.
    @Test func aClusterIsNotNamedAfterTheErrorItsFilesThrow() throws {
        let files: [(String, Int)] = [
            ("Alpha.swift", 200), ("Beta.swift", 200), ("Gamma.swift", 200), ("AppX.swift", 850), ("AppY.swift", 850),
        ]
        let uses: [(String, String, [String])] = [
            ("Beta.swift", "Alpha.swift", ["AlphaError", "Provider"]), ("Gamma.swift", "Beta.swift", ["Provider"]),
            ("Gamma.swift", "Alpha.swift", ["AlphaError"]), ("AppX.swift", "Gamma.swift", ["gamma"]),
            ("AppY.swift", "Gamma.swift", ["gamma"]), ("AppX.swift", "AppY.swift", ["y"]), ("AppY.swift", "AppX.swift", ["x"]),
        ]
        let module = PlanModule(
            name: "App", ecosystem: "swiftpm", roots: ["Sources/App"], manifest: "Package.swift",
            files: files.map { PlanFile(path: "Sources/App/\($0.0)", codeLines: $0.1, declaredNames: []) },
            dependencies: uses.map { FileDependency(from: "Sources/App/\($0.0)", to: "Sources/App/\($0.1)", weight: 3, names: $0.2) })
        let input = try sizeInput(module, lines: 2300)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let move = try #require(plan.stages.first { $0.id.contains(":move:") })
        #expect(move.id.hasPrefix("split-module:App:Provider:"))
    }

    /// gin's router tree: path.go and tree.go were to become a package `stackbufsize`, after the constant both
    /// use most, rather than after a type they declare; nor after `root`, a later member of a `const ( … )`.
    @Test func aClusterIsNamedAfterATypeBeforeAValueItsFilesShare() throws {
        let files: [(String, Int, [Declaration], [String])] = [
            ("path.go", 500, [Declaration(name: "bufSize", kind: "const", startLine: 1, endLine: 1, codeLines: 1)], ["bufSize"]),
            ("tree.go", 500, [
                Declaration(name: "Param", kind: "type", startLine: 1, endLine: 5, codeLines: 5),
                Declaration(name: "static", kind: "const", startLine: 7, endLine: 11, codeLines: 5),
            ], ["Param", "root", "static"]),
            ("a.go", 900, [], ["a"]), ("b.go", 900, [], ["b"]),
        ]
        let uses: [(String, String, [String])] = [
            ("tree.go", "path.go", ["bufSize"]), ("path.go", "tree.go", ["root"]), ("a.go", "tree.go", ["Param"]),
            ("a.go", "b.go", ["b"]), ("b.go", "a.go", ["a"]),
        ]
        let module = PlanModule(
            name: "github.com/x/app", ecosystem: "go", roots: [""], manifest: "go.mod",
            files: files.map { PlanFile(path: $0.0, codeLines: $0.1, declarations: $0.2, declaredNames: $0.3) },
            dependencies: uses.map { FileDependency(from: $0.0, to: $0.1, weight: $0.0 == "a.go" && $0.1 == "tree.go" ? 1 : 9, names: $0.2) })
        let input = try sizeInput(module, lines: 2800)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let move = try #require(plan.stages.first { $0.id.contains(":move:") })
        #expect(move.id.hasPrefix("split-module:github.com/x/app:param:"), "\(move.id)")
    }

    /// riverpod's devtool: its `vm_service` folder was to become a workspace package `vm_service`, the name of the
    /// published pub package it depends on.
    @Test func aNewModuleTakesNoNameOfAnExternalPackageTheRepositoryDependsOn() throws {
        let files: [(String, Int)] = [
            ("vm_service/byte.dart", 300), ("vm_service/eval.dart", 300), ("vm_service/restart.dart", 300),
            ("app/a.dart", 700), ("app/b.dart", 700), ("app/c.dart", 600),
        ]
        let uses: [(String, String)] = [
            ("vm_service/byte.dart", "vm_service/eval.dart"), ("vm_service/eval.dart", "vm_service/restart.dart"),
            ("vm_service/restart.dart", "vm_service/byte.dart"), ("app/a.dart", "vm_service/eval.dart"),
            ("app/a.dart", "app/b.dart"), ("app/b.dart", "app/c.dart"), ("app/c.dart", "app/a.dart"),
        ]
        let root = "packages/riverpod_devtool/lib/src/"
        let module = PlanModule(
            name: "riverpod_devtool", ecosystem: "pub", roots: ["packages/riverpod_devtool"],
            manifest: "packages/riverpod_devtool/pubspec.yaml",
            files: files.map { PlanFile(path: root + $0.0, codeLines: $0.1, declaredNames: [$0.0]) },
            dependencies: uses.map { FileDependency(from: root + $0.0, to: root + $0.1, weight: 3, names: [$0.1]) })
        var input = try sizeInput(module)
        // pub.dev has one flat namespace: a package split off another takes its name first (since session 39).
        let alone = Set(Planner(settings: PlanSettings()).plan(input).stages.map(\.group))
        #expect(alone.contains("split-module:riverpod_devtool:riverpod_devtool_vm_service"))

        input.externalNames = PlanInput.externalNames(of: "vm_service", ecosystem: "pub")
        let groups = Set(Planner(settings: PlanSettings()).plan(input).stages.map(\.group))

        #expect(groups.contains("split-module:riverpod_devtool:riverpod_devtool_vm_service"))
        #expect(!groups.contains("split-module:riverpod_devtool:vm_service"))
    }

    /// Registries compare names in their own spellings: crates.io takes `-` for `_`, Python's PEP 503 any run of `-`,
    /// `_` and `.` for one separator, in any case; pub and npm names are as written.
    @Test func anExternalPackagesNameIsTakenAsItsRegistrySpellsIt() {
        #expect(PlanInput.externalNames(of: "vm_service", ecosystem: "pub") == ["vm_service"])
        #expect(PlanInput.externalNames(of: "@trpc/client", ecosystem: "npm") == ["@trpc/client"])
        #expect(PlanInput.externalNames(of: "tokio_util", ecosystem: "cargo") == ["tokio_util", "tokio-util"])
        #expect(PlanInput.externalNames(of: "Zope.Interface", ecosystem: "python")
            == ["Zope.Interface", "zope.interface", "zope-interface", "zope_interface"])
        #expect(PlanInput.externalNames(of: "typing--extensions", ecosystem: "python")
            .isSuperset(of: ["typing-extensions", "typing_extensions"]))
    }
}
