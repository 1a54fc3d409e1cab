import FileClassification
import SourceScan
import Testing

@Suite struct GeneratedSitesTests {
    @Test func aFolderOfMostlyGeneratedPagesIsASiteAndItsAssetsGoWithIt() {
        // Alamofire's jazzy docs/: pages in docs/ and docs/Classes/, scripts in docs/js/.
        let sites = GeneratedSites([
            ("docs/index.html", true), ("docs/Classes/Session.html", true), ("docs/Classes/Request.html", true),
            ("docs/js/typeahead.jquery.js", false), ("docs/css/highlight.css", false), ("README.html", false),
        ])

        #expect(sites.contains("docs/js/typeahead.jquery.js"))
        #expect(sites.contains("docs/css/highlight.css"))
        #expect(!sites.contains("docs/search.json"))
        #expect(!sites.contains("README.html"))
    }

    @Test func oneGeneratedPageAmongAnAppsScriptsMakesNoSite() {
        let sites = GeneratedSites([("src/coverage.html", true), ("src/a.js", false), ("src/b.js", false)])

        #expect(!sites.contains("src/a.js"))
    }

    @Test func generatedPagesAtTheRepositoryRootMakeNoSite() {
        let sites = GeneratedSites([("index.html", true), ("app.js", false), ("web/ui.js", false)])

        #expect(!sites.contains("app.js"))
        #expect(!sites.contains("web/ui.js"))
    }
}
