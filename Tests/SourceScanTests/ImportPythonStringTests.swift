import ImportScan
import SourceScan
import Testing

/// Python strings whose whole content is a dotted name (`PythonDottedStrings`), and the names a Python file binds at
/// top level, which such a string may end in (`PythonTopLevelNames`).
@Suite struct ImportPythonStringTests {
    /// scrapy's default_settings.py and Django's settings name the code a framework imports at run time.
    @Test func stringsHoldingADottedNameArePathImportsNotedOncePerFile() throws {
        let text = """
            import importlib
            from scrapy.utils.misc import load_object

            DOWNLOADER_MIDDLEWARES_BASE = {
                "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": 700,
                'scrapy.downloadermiddlewares.stats.DownloaderStats': 850,
            }
            ROOT_URLCONF = r"mysite.urls"
            again = "mysite.urls"
            urlpatterns = [path("polls/", include(u"polls.urls"))]
            module = importlib.import_module("pkg.dynamic")
            """

        let found = try imports(in: text, as: "Python")

        #expect(found == [
            ImportFacts(path: "importlib", kind: .module, line: 1),
            ImportFacts(path: "scrapy.utils.misc", kind: .module, line: 2, names: ["load_object"]),
            ImportFacts(path: "scrapy.downloadermiddlewares.cookies.CookiesMiddleware", kind: .path, line: 5),
            ImportFacts(path: "scrapy.downloadermiddlewares.stats.DownloaderStats", kind: .path, line: 6),
            ImportFacts(path: "mysite.urls", kind: .path, line: 8),
            ImportFacts(path: "polls.urls", kind: .path, line: 10),
            // The dynamic import's argument is read as that, once.
            ImportFacts(path: "pkg.dynamic", kind: .dynamic, line: 11),
        ])
    }

    @Test func proseVersionsFileNamesTemplatesAndDocstringsAreNoNames() throws {
        let text = #"""
            """scrapy.settings"""
            logger.info("Crawled %(count)d pages")
            version = "1.2"
            other = "1.2.3a"
            encoding = "utf-8"
            path = "scrapy/settings/default_settings.py"
            spaced = "scrapy. settings"
            edges = [".scrapy", "scrapy.", "scrapy..settings", "", "a"]
            single = "scrapy"
            formatted = f"scrapy.settings"
            data = b"scrapy.settings"
            long = "a.\#(String(repeating: "b", count: 200))"
            import os.path
            again = "os.path"
            """#

        let found = try imports(in: text, as: "Python")

        // A string the file also imports is still a string to rewrite when the module moves.
        #expect(found.map(\.path) == ["os.path", "os.path"])
        #expect(found.map(\.kind) == [.module, .path])
    }

    /// uvicorn's, gunicorn's and setuptools' `module:attr`: the string as written, its module before the colon.
    @Test func objectReferencesArePathImportsAsWritten() throws {
        let text = #"""
            uvicorn.run("app.main:app", reload=True)
            config = Config(app="main:app")
            worker = "pkg.tasks:Worker.run"
            spaced = "app.main : app"
            others = ["a:b:c", "a:", ":a", "http://x", "a.b:c d", "12:30", "a.b:1x", "a..b:c", "a:b.", f"a.b:c"]
            """#

        let found = try imports(in: text, as: "Python")

        #expect(found.map(\.path) == ["app.main:app", "main:app", "pkg.tasks:Worker.run"])
        #expect(found.map(\.line) == [1, 2, 3])
        #expect(found.allSatisfy { $0.kind == .path })
    }

    /// Django's app lists name packages by one word; a one-word string anywhere else is no import.
    @Test func oneWordStringsOfADjangoAppListArePathImports() throws {
        let text = """
            DJANGO_APPS = ["django.contrib.admin", "django.contrib.auth"]
            LOCAL_APPS = (
                "polls",
                'blog',  # the blog
            )
            INSTALLED_APPS = DJANGO_APPS + LOCAL_APPS + ["unlisted"]
            INSTALLED_APPS += ["debug_toolbar", "polls"]
            INSTALLED_APPS.insert(0, "spooky")
            LOGGING = {"loggers": {"polls": {}}}
            MY_APPS_COUNT = ["counted"]
            def f():
                local_apps = ["lowercase"]
            ROOT = "polls"
            """

        let found = try imports(in: text, as: "Python")

        #expect(found.map(\.path) == [
            "django.contrib.admin", "django.contrib.auth", "polls", "blog", "debug_toolbar",
        ])
        #expect(found.map(\.line) == [1, 1, 3, 4, 7])
        #expect(found.allSatisfy { $0.kind == .path })
    }

    /// Without `INSTALLED_APPS` a file is no Django settings module, and its `*_APPS` lists name no apps.
    @Test func appListsOutsideASettingsModuleAreNoImports() throws {
        let text = """
            SUPPORTED_APPS = ["slack", "teams"]
            """

        #expect(try imports(in: text, as: "Python").isEmpty)
    }

    @Test func topLevelNamesAreDefinitionsAssignmentsAndImports() {
        let text = #"""
            """Module docstring.

            class NotAClass:
            """
            from __future__ import annotations
            import os.path, json as _json
            from .cookies import (
                CookiesMiddleware,  # the default
                DownloaderStats as Stats,
            )
            from .misc import load_object, \
                arg_to_iter
            from .star import *

            LOG_LEVEL = "DEBUG"
            TIMEOUT: int = 180
            if LOG_LEVEL == "DEBUG":
                pass

            class ItemPipelineManager(MiddlewareManager):
                component_name = "item pipeline"

                def process_item(self, item):
                    inner = 1

            async def fetch(url):
                pass

            def _private():
                return 1

            try:
                from brotli import decompress
            except ImportError:
                decompress = None
                if True:
                    nested = 1
            """#

        let names = PythonTopLevelNames.names(in: Array(text.utf8))

        #expect(names == [
            "annotations", "os", "_json", "CookiesMiddleware", "Stats", "load_object", "arg_to_iter", "LOG_LEVEL",
            "TIMEOUT", "ItemPipelineManager", "fetch", "_private", "decompress",
        ])
    }
}
