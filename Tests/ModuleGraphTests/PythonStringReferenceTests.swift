import ImportScan
import ModuleGraph
import Testing

/// Python strings naming the repository's code (`ImportResolver+PythonStrings.swift`): resolved as an absolute import,
/// to a module file, a package, or a name one binds; anything else names nothing.
@Suite struct PythonStringReferenceTests {
    /// A Django project beside a library distribution: `mysite` (manage.py, the settings) and `polls` are two modules.
    private let modules = [
        ModuleDeclaration(
            name: "mysite", ecosystem: "python", roots: ["mysite"], importNames: ["mysite"],
            manifest: "mysite/pyproject.toml", line: 1),
        ModuleDeclaration(
            name: "polls", ecosystem: "python", roots: ["polls"], importNames: ["polls"], manifest: "polls/pyproject.toml",
            line: 1),
        ModuleDeclaration(
            name: "scrapy", ecosystem: "python", roots: ["src"], importNames: ["scrapy", "setup"],
            manifest: "pyproject.toml", line: 1),
    ]
    private let paths = [
        "mysite/mysite/settings.py", "mysite/mysite/urls.py", "mysite/manage.py", "polls/polls/__init__.py",
        "polls/polls/apps.py", "polls/polls/urls.py", "polls/polls/views.py", "src/scrapy/__init__.py",
        "src/scrapy/downloadermiddlewares/__init__.py", "src/scrapy/downloadermiddlewares/cookies.py",
        "src/scrapy/settings/default_settings.py", "src/setup.py",
    ]
    private let bound: [String: Set<String>] = [
        "polls/polls/apps.py": ["AppConfig", "PollsConfig"], "polls/polls/views.py": ["index"],
        "src/scrapy/downloadermiddlewares/cookies.py": ["CookiesMiddleware", "logger"],
        "src/scrapy/__init__.py": ["Spider", "__version__"],
    ]

    private var resolver: ImportResolver {
        let bound = self.bound
        return ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths,
            ecosystemLanguages: ["python": ["Python"]], pythonTopLevelNames: { bound[$0] ?? [] })
    }

    /// The module a string import in `file` adds to the module graph.
    private func module(_ string: String, in file: String = "mysite/mysite/settings.py") -> String? {
        resolver.resolve(ImportFacts(path: string, kind: .path, line: 1), in: file, style: "python", language: "Python")
            .map { modules[$0].name }
    }

    /// The file and name a string names, wherever it is.
    private func reference(_ string: String, in file: String = "mysite/mysite/settings.py") -> String? {
        resolver.pythonReference(ImportFacts(path: string, kind: .path, line: 1), in: file, language: "Python").map {
            "\($0.file) \($0.modulePath)" + ($0.name.map { " " + $0 } ?? "") + ($0.attribute.map { " :" + $0 } ?? "")
        }
    }

    @Test func aStringNamingAModuleFileAPackageOrABoundNameIsAnImportOfItsModule() {
        #expect(module("polls.apps.PollsConfig") == "polls")
        #expect(module("polls.urls") == "polls")
        // One word: a Django app list's (ImportScan notes no other), a top-level package or module.
        #expect(module("polls") == "polls")
        #expect(reference("polls") == "polls/polls/__init__.py polls")
        #expect(module("polls.views.index") == "polls")
        #expect(reference("polls.apps.PollsConfig") == "polls/polls/apps.py polls.apps PollsConfig")
        #expect(reference("polls.urls") == "polls/polls/urls.py polls.urls")
        // Below a source root: `src/scrapy/…` is the package `scrapy`.
        #expect(reference("scrapy.downloadermiddlewares.cookies.CookiesMiddleware")
            == "src/scrapy/downloadermiddlewares/cookies.py scrapy.downloadermiddlewares.cookies CookiesMiddleware")
        #expect(reference("scrapy.downloadermiddlewares") == "src/scrapy/downloadermiddlewares/__init__.py scrapy.downloadermiddlewares")
        #expect(reference("scrapy.Spider") == "src/scrapy/__init__.py scrapy Spider")
    }

    @Test func aStringNamingNothingOfTheRepositoryIsNoImport() {
        // A name its module file does not bind, a file name, a module that is not there.
        #expect(reference("polls.apps.MissingConfig") == nil)
        #expect(reference("polls.views.py") == nil)
        #expect(reference("setup.py") == nil)  // `setup` answers, setup.py is there, but binds no `py`
        #expect(reference("scrapy.cfg") == nil)
        #expect(reference("scrapy.org") == nil)
        #expect(reference("polls.models.Question") == nil)
        // Another distribution's code, a version, a log message.
        #expect(reference("django.contrib.auth.backends.ModelBackend") == nil)
        #expect(module("django.contrib.auth.backends.ModelBackend") == nil)
        #expect(reference("v1.Thing") == nil)
        // More than one name after the module: no attribute path is read.
        #expect(reference("polls.apps.PollsConfig.name") == nil)
    }

    /// uvicorn's `"app.main:app"`: the module file or package before the colon; one word there only where that file
    /// binds the attribute (`"user:password"` and Django's URL names `"polls:index"` have that shape too).
    @Test func anObjectReferenceNamesTheModuleBeforeItsColon() {
        #expect(module("polls.views:index") == "polls")
        #expect(reference("polls.views:index") == "polls/polls/views.py polls.views index :index")
        #expect(reference("polls.apps:PollsConfig.name") == "polls/polls/apps.py polls.apps PollsConfig :PollsConfig.name")
        #expect(reference("polls.views:removed") == "polls/polls/views.py polls.views removed :removed")
        #expect(reference("scrapy.downloadermiddlewares:x")
            == "src/scrapy/downloadermiddlewares/__init__.py scrapy.downloadermiddlewares x :x")
        #expect(reference("scrapy:Spider") == "src/scrapy/__init__.py scrapy Spider :Spider")
        #expect(reference("scrapy:Missing") == nil)
        #expect(reference("polls:index") == nil)
        #expect(reference("user:password") == nil)
        #expect(reference("polls.missing:index") == nil)
        #expect(reference("polls.views.index:x") == nil)  // the part before the colon is a module, not a name in one
    }

    @Test func aStringNamingItsOwnModulesCodeIsNoModuleImportButStillAReference() {
        #expect(module("polls.views.index", in: "polls/polls/urls.py") == nil)
        #expect(reference("polls.views.index", in: "polls/polls/urls.py") == "polls/polls/views.py polls.views index")
    }

    /// A string is resolved as the importer's language imports: only modules of an ecosystem building Python.
    @Test func onlyAnEcosystemBuildingPythonAnswers() {
        let modules = [
            ModuleDeclaration(
                name: "app", ecosystem: "python", roots: ["app"], importNames: ["app"], manifest: "app/pyproject.toml",
                line: 1),
            ModuleDeclaration(
                name: "ui", ecosystem: "npm", roots: ["ui"], importNames: ["ui"], manifest: "ui/package.json", line: 1),
        ]
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: ["app/app/x.py", "ui/ui/widgets.py"],
            ecosystemLanguages: ["python": ["Python"], "npm": ["JavaScript"]])

        #expect(resolver.resolve(
            ImportFacts(path: "ui.widgets", kind: .path, line: 1), in: "app/app/x.py", style: "python", language: "Python")
            == nil)
    }
}
