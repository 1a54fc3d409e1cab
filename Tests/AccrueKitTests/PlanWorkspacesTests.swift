@testable import AccruePlan
import ModuleGraph
import Testing

@Suite struct PlanWorkspacesTests {
    @Test func eachBuildsMembersAreListedWhereItListsThem() {
        let modules = [
            // riverpod's workspace root holds test code.
            ModuleDeclaration(name: "_", ecosystem: "pub", kind: .test, roots: [""], manifest: "pubspec.yaml", line: 1),
            ModuleDeclaration(name: "bloc", ecosystem: "pub", roots: ["packages/bloc"], manifest: "packages/bloc/pubspec.yaml", line: 1),
            ModuleDeclaration(name: "example", ecosystem: "pub", roots: ["x/example"], manifest: "x/example/pubspec.yaml", line: 1),
            ModuleDeclaration(name: "aeson", ecosystem: "cabal", roots: [""], manifest: "aeson.cabal", line: 1),
            ModuleDeclaration(name: "attoparsec-aeson", ecosystem: "cabal", roots: ["attoparsec-aeson"],
                manifest: "attoparsec-aeson/attoparsec-aeson.cabal", line: 1),
            ModuleDeclaration(name: "stack", ecosystem: "cabal", roots: ["tool"], manifest: "tool/package.yaml", line: 1),
            ModuleDeclaration(name: "core", ecosystem: "cargo", roots: ["core"], manifest: "core/Cargo.toml", line: 1),
            ModuleDeclaration(name: "ring", ecosystem: "clojure", kind: .other, roots: [""], manifest: "project.clj", line: 1),
            ModuleDeclaration(name: "ring-core", ecosystem: "clojure", roots: ["ring-core"], manifest: "ring-core/project.clj", line: 1),
            ModuleDeclaration(name: "util", ecosystem: "clojure", roots: ["poly/components/util"],
                manifest: "poly/components/util/deps.edn", line: 1),
        ]
        // The example app is no member: it resolves on its own.
        let manifests = [
            "pubspec.yaml": "name: _\nworkspace:\n  - packages/bloc\n",
            "packages/bloc/pubspec.yaml": "name: bloc\nresolution: workspace # shared\n",
            "x/example/pubspec.yaml": "name: example\n",
            "project.clj": "(defproject ring \"1.0\"\n  :sub [\"ring-core\"])\n",
        ]
        let paths = ["cabal.project", "stack.yaml", "tool/cabal.project", "attoparsec-aeson/README.md", "poly/workspace.edn"]

        let workspaces = PlanWorkspaces.files(of: modules, paths: { paths }, read: { manifests[$0].map { Array($0.utf8) } })

        #expect(workspaces == [
            "bloc": "pubspec.yaml", "aeson": "cabal.project",
            "attoparsec-aeson": "cabal.project", "stack": "stack.yaml", "ring-core": "project.clj", "util": "poly/workspace.edn",
        ])
    }
}
