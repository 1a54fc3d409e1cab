import FileClassification
import RuleCatalog
import SourceScan
import Testing

/// The project templates a scaffolder (`create-*`, Yeoman's `generator-*`) ships as files are its data.
@Suite struct ScaffoldTemplatesTests {
    private func find(_ manifests: [String: String], _ files: [String]) -> Set<String> {
        let paths = (Array(manifests.keys) + files).sorted()
        return ScaffoldTemplates.find(in: paths) { manifests[$0].map { Array($0.utf8) } }
    }

    @Test func createVitesTemplatesAreShippedAsFiles() {
        // vitejs/vite: packages/create-vite ships "template-*"; each template has its own package.json.
        let manifests = [
            "packages/create-vite/package.json": #"{"name": "create-vite", "files": ["index.js", "template-*", "dist"]}"#,
            "packages/create-vite/template-react/package.json": #"{"name": "vite-react-starter"}"#,
        ]
        let files = [
            "packages/create-vite/src/index.ts", "packages/create-vite/template-react/src/App.jsx",
            "packages/create-vite/template-vue-ts/src/main.ts", "packages/create-vite/__tests__/cli.spec.ts",
        ]

        #expect(find(manifests, files) == ["packages/create-vite/template-react", "packages/create-vite/template-vue-ts"])
    }

    @Test func aYeomanGeneratorsTemplatesAndAScopedCreatePackagesAreToo() {
        let yeoman = ["package.json": #"{"name": "generator-webapp", "files": ["generators"]}"#]
        #expect(find(yeoman, ["generators/app/index.js", "generators/app/templates/gulpfile.js"]) == ["generators/app/templates"])
        let scoped = ["tools/create/package.json": #"{"name": "@acme/create-app", "files": ["./templates/**"]}"#]
        #expect(find(scoped, ["tools/create/templates/basic/index.ts"]) == ["tools/create/templates"])
    }

    @Test func templatesOfAnythingElseStayCode() {
        // A web app's templates: no scaffolder.
        #expect(find(["package.json": #"{"name": "site", "files": ["templates"]}"#], ["templates/page.js"]).isEmpty)
        // A scaffolder that ships only its bundle, or no files list, or excludes the folder.
        #expect(find(["package.json": #"{"name": "create-next-app", "files": ["dist"]}"#], ["templates/app/page.tsx"]).isEmpty)
        #expect(find(["package.json": #"{"name": "create-x"}"#], ["templates/app/page.tsx"]).isEmpty)
        let negated = ["package.json": #"{"name": "create-x", "files": ["template-*", "!template-old"]}"#]
        #expect(find(negated, ["template-old/a.js", "template-new/a.js"]) == ["template-new"])
        // `template-` alone, or `templates` in a file name, is no template folder.
        let loose = ["package.json": #"{"name": "create-x", "files": ["*"]}"#]
        #expect(find(loose, ["template-/a.js", "src/templates.js"]).isEmpty)
    }

    @Test func theClassifierLeavesATemplateOutUnlessIncluded() throws {
        let catalog = try RuleCatalog.bundled()
        var classifier = FileClassifier(settings: catalog.scan, languages: catalog.languages)
        classifier.scaffoldingFolders = ["packages/create-vite/template-react"]

        #expect(classifier.classify(path: "packages/create-vite/template-react/src/App.jsx") == .excluded(.scaffolding))
        #expect(classifier.classify(path: "packages/create-vite/template-react-ts/src/App.tsx") != .excluded(.scaffolding))
        #expect(classifier.classify(path: "packages/create-vite/src/index.ts") != .excluded(.scaffolding))
        classifier.includes = [.scaffolding]
        #expect(classifier.classify(path: "packages/create-vite/template-react/src/App.jsx") != .excluded(.scaffolding))
    }
}
