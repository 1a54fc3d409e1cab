@testable import AccruePlan
import ModuleGraph
import Testing

@Suite struct PlanExternalNamesTests {
    /// The names no new module takes: the external packages the modules declare, not the modules they depend on.
    @Test func theDependenciesThatAreNoModulesAreExternalNames() {
        let modules = [
            ModuleDeclaration(
                name: "riverpod_devtool", ecosystem: "pub", roots: ["packages/riverpod_devtool"],
                dependencies: ["riverpod", "vm_service"], manifest: "packages/riverpod_devtool/pubspec.yaml", line: 1),
            ModuleDeclaration(
                name: "riverpod (pub)", ecosystem: "pub", roots: ["packages/riverpod"], dependencies: ["meta"],
                manifest: "packages/riverpod/pubspec.yaml", line: 1),
            ModuleDeclaration(
                name: "lint", ecosystem: "cargo", roots: ["lint"], dependencies: ["serde_json"], manifest: "lint/Cargo.toml", line: 1),
        ]

        #expect(PlanInputBuilder.externalNames(of: modules) == ["vm_service", "meta", "serde_json", "serde-json"])
    }
}
