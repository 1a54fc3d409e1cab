import FileClassification
import RuleCatalog
import SourceScan
import Testing

/// erlang.mk's `deps/` applications tracked beside the project's `erlang.mk` are its own code; other `deps/` folders
/// stay vendored.
@Suite struct FirstPartyFoldersTests {
    @Test func erlangMkApplicationsBesideTheProjectsErlangMkAreFirstParty() {
        // rabbitmq/rabbitmq-server's layout: deps/NAME/Makefile including ../../erlang.mk.
        let paths = [
            "Makefile", "erlang.mk", "deps/rabbit/Makefile", "deps/rabbit/src/rabbit.erl",
            "deps/rabbit_common/Makefile", "deps/rabbit/test/my_plugin/Makefile", "deps/notes.txt",
        ]
        #expect(FirstPartyFolders.find(in: paths) == ["deps/rabbit", "deps/rabbit_common"])
        // Below a folder too, when that folder tracks its own erlang.mk.
        #expect(FirstPartyFolders.find(in: ["server/erlang.mk", "server/deps/app/Makefile"]) == ["server/deps/app"])
    }

    @Test func depsWithoutAnErlangMkBesideThemStayVendored() {
        // redis/redis: deps/jemalloc, deps/lua and deps/hiredis have Makefiles, but no erlang.mk builds them.
        #expect(FirstPartyFolders.find(in: ["Makefile", "deps/Makefile", "deps/lua/Makefile", "deps/hiredis/Makefile"]).isEmpty)
        // An erlang.mk elsewhere says nothing about this deps/.
        #expect(FirstPartyFolders.find(in: ["tools/erlang.mk", "deps/lua/Makefile"]).isEmpty)
    }

    @Test func theClassifierScansAFirstPartyApplicationButNotWhatItVendors() throws {
        let catalog = try RuleCatalog.bundled()
        var classifier = FileClassifier(settings: catalog.scan, languages: catalog.languages)
        #expect(classifier.classify(path: "deps/rabbit/src/rabbit.erl") == .excluded(.vendored))
        classifier.firstPartyFolders = ["deps/rabbit"]
        #expect(classifier.classify(path: "deps/rabbit/src/rabbit.erl") != .excluded(.vendored))
        #expect(classifier.classify(path: "deps/rabbit/deps/x/src/x.erl") == .excluded(.vendored))
        #expect(classifier.classify(path: "deps/rabbit/node_modules/x/index.js") == .excluded(.vendored))
        #expect(classifier.classify(path: "deps/other/src/other.erl") == .excluded(.vendored))
    }

    /// spdlog copies fmt's headers into include/spdlog/fmt/bundled/ (with fmt.license.rst), pip its dependencies into
    /// src/pip/_vendor/: 12,031 of spdlog's 23,451 code lines were fmt's.
    @Test func bundledAndUnderscoreVendorFoldersAreVendored() throws {
        let catalog = try RuleCatalog.bundled()
        var classifier = FileClassifier(settings: catalog.scan, languages: catalog.languages)
        #expect(classifier.classify(path: "include/spdlog/fmt/bundled/format.h") == .excluded(.vendored))
        #expect(classifier.classify(path: "src/pip/_vendor/rich/console.py") == .excluded(.vendored))
        #expect(classifier.classify(path: "include/spdlog/fmt/bin_to_hex.h") != .excluded(.vendored))
    }
}
