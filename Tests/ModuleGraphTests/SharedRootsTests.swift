@testable import Manifests
import ModuleGraph
import Testing

@Suite struct SharedRootsTests {
    private let languages = ["gem": ["Ruby"], "npm": ["JavaScript", "TypeScript", "CSS"]]

    private func file(_ path: String, _ language: String, _ lines: Int) -> ModuleCoverage.File {
        ModuleCoverage.File(path: path, language: language, codeLines: lines)
    }

    @Test func aGemAndAnNpmPackageInOneFolderEachKeepTheirLanguages() {
        // rails/rails' actiontext/: the `@rails/actiontext` package took the folder, Ruby and all.
        let modules = [
            ModuleDeclaration(
                name: "@rails/actiontext", ecosystem: "npm", roots: ["actiontext"], manifest: "actiontext/package.json", line: 1),
            ModuleDeclaration(
                name: "actiontext", ecosystem: "gem", roots: ["actiontext"], manifest: "actiontext/actiontext.gemspec", line: 1),
            ModuleDeclaration(name: "other", ecosystem: "npm", roots: ["other"], manifest: "other/package.json", line: 1),
        ]
        let files = [
            file("actiontext/lib/action_text.rb", "Ruby", 900), file("actiontext/app/models/rich_text.rb", "Ruby", 600),
            file("actiontext/app/javascript/actiontext/index.js", "JavaScript", 300), file("other/a.js", "JavaScript", 10),
        ]

        let split = SharedRoots.split(modules, files: files, languages: languages)

        #expect(split.map(\.roots) == [
            ["actiontext/app/javascript/actiontext/index.js", "actiontext/package.json"], ["actiontext"], ["other"],
        ])
        let ownership = ModuleOwnership(modules: split)
        #expect(ownership.owner(of: "actiontext/lib/action_text.rb") == 1)
        #expect(ownership.owner(of: "actiontext/app/javascript/actiontext/index.js") == 0)
    }

    @Test func modulesOfOneEcosystemSharingAFolderAreLeftAsTheyAre() {
        let modules = [
            ModuleDeclaration(name: "a", ecosystem: "npm", roots: ["x"], manifest: "x/package.json", line: 1),
            ModuleDeclaration(name: "b", ecosystem: "npm", roots: ["x"], manifest: "x/other/package.json", line: 1),
        ]

        #expect(SharedRoots.split(modules, files: [file("x/a.js", "JavaScript", 5)], languages: languages) == modules)
    }
}
