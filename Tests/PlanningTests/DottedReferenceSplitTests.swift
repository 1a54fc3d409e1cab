@testable import PlanAssembly
@testable import Planning
import PlanNaming
import SymbolScan
import Testing

/// A split of files a string names by their dotted module path (`PlanModule.dottedReferences`): scrapy's
/// default_settings.py names its downloader middlewares so, and the split had called them an upper layer nothing uses.
@Suite struct DottedReferenceSplitTests {
    /// `mini`: a core the middlewares use, settings naming the middlewares only in strings, a test patching one.
    private func module() -> PlanModule {
        let files = [
            PlanFile(path: "mini/core.py", codeLines: 1000, declaredNames: ["Request"]),
            PlanFile(path: "mini/settings.py", codeLines: 1000, declaredNames: ["DOWNLOADER_MIDDLEWARES"]),
            PlanFile(path: "mini/middlewares/cookies.py", codeLines: 300, declaredNames: ["CookiesMiddleware"]),
            PlanFile(path: "mini/middlewares/retry.py", codeLines: 300, declaredNames: ["RetryMiddleware", "logger"]),
        ]
        var module = PlanModule(
            name: "mini", ecosystem: "python", roots: ["mini"], manifest: "pyproject.toml", files: files,
            dependencies: [
                FileDependency(from: "mini/middlewares/cookies.py", to: "mini/core.py", weight: 3, names: ["Request"]),
                FileDependency(from: "mini/middlewares/retry.py", to: "mini/core.py", weight: 3, names: ["Request"]),
            ],
            packageFolders: ["mini", "mini/middlewares"])
        module.dottedReferences = [
            DottedReference(
                from: "mini/settings.py", fromModule: "mini", line: 10, to: "mini/middlewares/cookies.py",
                modulePath: "mini.middlewares.cookies", name: "CookiesMiddleware"),
            DottedReference(
                from: "mini/settings.py", fromModule: "mini", line: 11, to: "mini/middlewares/retry.py",
                modulePath: "mini.middlewares.retry", name: "RetryMiddleware"),
            DottedReference(
                from: "tests/test_retry.py", fromModule: "mini", fromTest: true, line: 5, to: "mini/middlewares/retry.py",
                modulePath: "mini.middlewares.retry", name: "logger"),
        ]
        return module
    }

    @Test func theMoveRewritesTheStringsAndTheLayerIsNotCalledUnused() throws {
        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module(), lines: 2600))
        let moves = plan.stages.filter { $0.title.hasPrefix("Move") }
        let stage = try #require(moves.first)
        let steps = moves.flatMap(\.steps)

        // The files a move stage lists are those it moves; the strings' file is named in the step.
        #expect(Set(moves.flatMap(\.files)) == ["mini/middlewares/cookies.py", "mini/middlewares/retry.py"])
        #expect(stage.why.contains(
            "an upper layer: they use the rest of mini, which names them only in strings that Python imports at run time "
                + "(mini/settings.py)"))
        // Each batch rewrites the strings naming its files; the new package, `mini_middlewares`, is the `middlewares`
        // folder they share.
        let rewrite = steps.filter { $0.hasPrefix("Rewrite the strings naming the moved code") }.joined(separator: "\n")
        #expect(rewrite.contains("`mini.middlewares.cookies.CookiesMiddleware` → `mini_middlewares.cookies.CookiesMiddleware` (mini/settings.py:10)"))
        #expect(rewrite.contains("`mini.middlewares.retry.logger` → `mini_middlewares.retry.logger` (tests/test_retry.py:5)"))
        // The strings make mini load the new module, which imports mini: the stage says so, and no check claims
        // there is no cycle between them.
        #expect(steps.contains { $0.hasPrefix("Mind the module cycle") && $0.contains("mini → mini_middlewares → mini") })
        #expect(!moves.flatMap(\.checks).contains { $0.rule == "module-cycle" })
    }

    /// A small file naming the middlewares is tied to them as to a file it imports: it moves with one of them, and
    /// its strings are rewritten in the stage that moves the file they name.
    @Test func aSmallHolderMovesWithTheFileItNames() throws {
        var module = module()
        module.files[0].codeLines = 1900
        module.files[1].codeLines = 100
        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module, lines: 2600))
        let moves = plan.stages.filter { $0.title.hasPrefix("Move") }

        #expect(moves.map(\.files) == [["mini/middlewares/cookies.py"], ["mini/settings.py"]])
        #expect(moves.first?.steps.last == "Rewrite the strings naming the moved code by its dotted path, which Python "
            + "imports at run time: `mini.middlewares.cookies.CookiesMiddleware` → "
            + "`mini_cookies.middlewares.cookies.CookiesMiddleware` (mini/settings.py:10)")
    }

    /// scrapy's feedexport.py moved in two parts: each string goes to the part declaring its name, a name no part
    /// declares and the module itself to the first.
    @Test func aFileMovedInPartsRewritesEachStringToItsPart() throws {
        var module = module()
        module.files[2] = PlanFile(
            path: "mini/middlewares/feeds.py", codeLines: 700,
            declarations: [
                Declaration(name: "FeedExporter", kind: "class", startLine: 1, endLine: 350, codeLines: 340),
                Declaration(name: "FileFeedStorage", kind: "class", startLine: 351, endLine: 700, codeLines: 340),
            ], declaredNames: ["FeedExporter", "FileFeedStorage"])
        module.files.remove(at: 3)
        module.dependencies = [FileDependency(from: "mini/middlewares/feeds.py", to: "mini/core.py", weight: 3, names: ["Request"])]
        let reference = { (line: Int, name: String?) in
            DottedReference(
                from: "mini/settings.py", fromModule: "mini", line: line, to: "mini/middlewares/feeds.py",
                modulePath: "mini.middlewares.feeds", name: name)
        }
        module.dottedReferences = [reference(1, "FeedExporter"), reference(2, "FileFeedStorage"), reference(3, "logger"), reference(4, nil)]
        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module, lines: 2700))
        let rewrites = plan.stages.filter { $0.title.hasPrefix("Move") }.compactMap {
            $0.steps.first { $0.hasPrefix("Rewrite the strings") }?.split(separator: ":", maxSplits: 1).last
        }

        #expect(rewrites == [
            " `mini.middlewares.feeds` → `mini_feeds.feeds_feed_exporter` (mini/settings.py:4); "
                + "`mini.middlewares.feeds.FeedExporter` → `mini_feeds.feeds_feed_exporter.FeedExporter` (mini/settings.py:1); "
                + "`mini.middlewares.feeds.logger` → `mini_feeds.feeds_feed_exporter.logger` (mini/settings.py:3)",
            " `mini.middlewares.feeds.FileFeedStorage` → `mini_feeds.feeds_file_feed_storage.FileFeedStorage` (mini/settings.py:2)",
        ])
    }

    /// Without the strings, the same files are the upper layer nothing uses, and the split says so.
    @Test func withoutStringsTheLayerIsUnused() throws {
        var module = module()
        module.dottedReferences = []
        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module, lines: 2600))
        let stage = try #require(plan.stages.first { $0.title.hasPrefix("Move") })

        #expect(stage.why.contains("an upper layer: they use the rest of mini, nothing there uses them."))
        #expect(!plan.stages.flatMap(\.steps).contains { $0.hasPrefix("Rewrite the strings") })
        #expect(plan.stages.flatMap(\.checks).contains { $0.rule == "module-cycle" })
    }

    @Test func aStringIsRewrittenFromItsFilesNewPath() {
        let reference = DottedReference(
            from: "a.py", fromModule: "m", line: 1, to: "scrapy/downloadermiddlewares/cookies.py",
            modulePath: "scrapy.downloadermiddlewares.cookies", name: "CookiesMiddleware")
        let package = DottedReference(
            from: "a.py", fromModule: "m", line: 1, to: "src/scrapy/downloadermiddlewares/__init__.py",
            modulePath: "scrapy.downloadermiddlewares")

        #expect(reference.text == "scrapy.downloadermiddlewares.cookies.CookiesMiddleware")
        #expect(reference.text(movedTo: "mw/mw/downloadermiddlewares/cookies.py") == "mw.downloadermiddlewares.cookies.CookiesMiddleware")
        #expect(package.text(movedTo: "mw/src/mw/downloadermiddlewares/__init__.py") == "mw.downloadermiddlewares")
    }

    /// uvicorn's `"app.main:app"` keeps its colon and attribute path; a Django app list's `"polls"` is one word.
    @Test func anObjectReferenceAndAnAppNameAreRewrittenAsWritten() {
        let object = DottedReference(
            from: "run.py", fromModule: "m", line: 1, to: "app/main.py", modulePath: "app.main", name: "App",
            attribute: "App.build")
        let app = DottedReference(
            from: "mysite/settings.py", fromModule: "m", line: 1, to: "polls/__init__.py", modulePath: "polls")

        #expect(object.text == "app.main:App.build")
        #expect(object.text(movedTo: "web/web/main.py") == "web.main:App.build")
        #expect(app.text(movedTo: "apps/polls/__init__.py") == "polls")
    }
}
