import FileClassification
import RuleCatalog
import SourceScan
import Testing

/// A folder named `NAME-VERSION` holding its own licence is a copy of another project's release: vendored.
@Suite struct ReleaseCopiesTests {
    @Test func aVersionedFolderWithItsOwnLicenceIsACopy() {
        // jbeder/yaml-cpp's googletest.
        let paths = [
            "LICENSE", "CMakeLists.txt", "src/parse.cpp", "test/parser_test.cpp", "test/googletest-1.16.0/LICENSE",
            "test/googletest-1.16.0/MODULE.bazel", "test/googletest-1.16.0/googletest/src/gtest.cc",
        ]
        #expect(ReleaseCopies.find(in: paths) == ["test/googletest-1.16.0"])
        // At the top, with `_` or a `v`, a licence by another name, a suffix after the version.
        #expect(ReleaseCopies.find(in: ["src/a.c", "lua_5.4/COPYRIGHT", "lua_5.4/COPYING"]) == ["lua_5.4"])
        #expect(ReleaseCopies.find(in: ["src/a.c", "libs/hamcrest-v2.2/License.txt"]) == ["libs/hamcrest-v2.2"])
        #expect(ReleaseCopies.find(in: ["src/a.c", "deps/zlib-1.3.1-rc1/LICENCE"]) == ["deps/zlib-1.3.1-rc1"])
    }

    @Test func aVersionedNameOrALicenceAloneIsTheProjectsOwn() {
        // cats' and spock's version-named source folders; a monorepo package with its own licence.
        #expect(ReleaseCopies.find(in: ["core/src/main/scala-2.12/Cats.scala", "LICENSE"]).isEmpty)
        #expect(ReleaseCopies.find(in: ["spock-specs/src/test-groovy-ge-3.0/Spec.groovy"]).isEmpty)
        #expect(ReleaseCopies.find(in: ["packages/vite/LICENSE.md", "packages/vite/src/index.ts"]).isEmpty)
        // A single number is not a version; the licence must be in the folder itself, not deeper.
        #expect(ReleaseCopies.find(in: ["src/a.c", "python-3/LICENSE"]).isEmpty)
        #expect(ReleaseCopies.find(in: ["src/a.c", "lib-1.2/docs/LICENSE"]).isEmpty)
        #expect(ReleaseCopies.find(in: ["src/a.c", "1.2-lib/LICENSE", "-1.2/LICENSE"]).isEmpty)
    }

    @Test func aRepositoryThatIsAllCopiesKeepsThem() {
        // The project's own code kept under a versioned folder, with nothing beside it but the root's files.
        #expect(ReleaseCopies.find(in: ["README.md", "mylib-2.0/LICENSE", "mylib-2.0/src/a.c"]).isEmpty)
    }

    @Test func theClassifierLeavesACopyOutAsVendoredUnlessVendoredCodeIsIncluded() throws {
        let catalog = try RuleCatalog.bundled()
        var classifier = FileClassifier(settings: catalog.scan, languages: catalog.languages)
        let path = "test/googletest-1.16.0/googletest/src/gtest.cc"
        #expect(classifier.classify(path: path) != .excluded(.vendored))
        classifier.releaseCopies = ["test/googletest-1.16.0"]
        #expect(classifier.classify(path: path) == .excluded(.vendored))
        #expect(classifier.classify(path: "test/googletest-1.16.0") != .excluded(.vendored))
        #expect(classifier.classify(path: "test/parser_test.cpp") != .excluded(.vendored))
        classifier.includes = [.vendored]
        #expect(classifier.classify(path: path) != .excluded(.vendored))
    }

    /// yaml-cpp's history holds `test/googletest-1.13.0/`, the copy `test/googletest-1.16.0/` replaced: another release
    /// of the same project beside the copy is the same project's code.
    @Test func anotherReleaseBesideACopyIsTheSameProjects() throws {
        let copies: Set<String> = ["test/googletest-1.16.0"]
        #expect(ReleaseCopies.holds("test/googletest-1.16.0/src/gtest.cc", copies: copies))
        #expect(ReleaseCopies.holds("test/googletest-1.13.0/googletest/src/gtest.cc", copies: copies))
        #expect(ReleaseCopies.holds("test/googletest_v1.10/CMakeLists.txt", copies: copies) == false)
        #expect(!ReleaseCopies.holds("test/googletest-main/src/gtest.cc", copies: copies))
        #expect(!ReleaseCopies.holds("test/googletest-1.13.0", copies: copies))
        #expect(!ReleaseCopies.holds("other/googletest-1.13.0/src/gtest.cc", copies: copies))
        #expect(!ReleaseCopies.holds("test/googlemock-1.13.0/src/gmock.cc", copies: copies))
        let catalog = try RuleCatalog.bundled()
        var classifier = FileClassifier(settings: catalog.scan, languages: catalog.languages)
        classifier.releaseCopies = copies
        #expect(classifier.classify(path: "test/googletest-1.13.0/googletest/src/gtest.cc") == .excluded(.vendored))
    }
}
