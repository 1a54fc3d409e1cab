@testable import AccruePlan
import ModuleGraph
import Testing

@Suite struct PlanWorkspacesTests {
    @Test func aPubMemberIsInItsWorkspaceAndACabalPackageInItsProject() {
        let modules = [
            ModuleDeclaration(name: "_", ecosystem: "pub", kind: .other, roots: [""], manifest: "pubspec.yaml", line: 1),
            ModuleDeclaration(name: "bloc", ecosystem: "pub", roots: ["packages/bloc"], manifest: "packages/bloc/pubspec.yaml", line: 1),
            ModuleDeclaration(name: "example", ecosystem: "pub", roots: ["x/example"], manifest: "x/example/pubspec.yaml", line: 1),
            ModuleDeclaration(name: "aeson", ecosystem: "cabal", roots: [""], manifest: "aeson.cabal", line: 1),
            ModuleDeclaration(name: "attoparsec-aeson", ecosystem: "cabal", roots: ["attoparsec-aeson"],
                manifest: "attoparsec-aeson/attoparsec-aeson.cabal", line: 1),
            ModuleDeclaration(name: "stack", ecosystem: "cabal", roots: ["tool"], manifest: "tool/package.yaml", line: 1),
            ModuleDeclaration(name: "core", ecosystem: "cargo", roots: ["core"], manifest: "core/Cargo.toml", line: 1),
        ]
        // The example app is no member: it resolves on its own.
        let manifests = [
            "packages/bloc/pubspec.yaml": "name: bloc\nresolution: workspace # shared\n",
            "x/example/pubspec.yaml": "name: example\n",
        ]
        let paths = ["cabal.project", "stack.yaml", "tool/cabal.project", "attoparsec-aeson/README.md"]

        let workspaces = PlanWorkspaces.files(of: modules, paths: { paths }, read: { manifests[$0].map { Array($0.utf8) } })

        #expect(workspaces == [
            "bloc": "pubspec.yaml", "aeson": "cabal.project",
            "attoparsec-aeson": "cabal.project", "stack": "stack.yaml",
        ])
    }
}
