import SourceScan
import Testing

@Suite struct PathGlobTests {
    @Test func folderStarsMatchWholeFoldersOnly() {
        let tests = PathGlob("**/test/**")
        #expect(tests.matches("test/a.rs"))
        #expect(tests.matches("tokio/test/a.rs"))
        #expect(tests.matches("a/b/test/c/d.rs"))
        // A folder whose name ends in "test" is not a test folder.
        #expect(!tests.matches("tokio-test/src/io.rs"))
        #expect(!tests.matches("a/latest/b.rs"))
        #expect(!PathGlob("**/vendor/**").matches("src/notvendor/x.c"))
        #expect(PathGlob("src/**/impl.c").matches("src/impl.c"))
        #expect(PathGlob("src/**/impl.c").matches("src/a/b/impl.c"))
        #expect(!PathGlob("src/**/impl.c").matches("src/a/bimpl.c"))
        // A `*` after a `**/`: when the `*` cannot cross a folder, the `**/` takes one more.
        #expect(PathGlob("src/**/*.java").matches("src/a/b/C.java"))
        #expect(PathGlob("src/**/*.java").matches("src/C.java"))
        #expect(!PathGlob("src/**/*.java").matches("src/a/C.kt"))
        #expect(PathGlob("**/src/*Test/**/*.kt").matches("m/src/jvmTest/kotlin/deep/A.kt"))
    }

    @Test func singleStarsStayInOneFolderAndNamePatternsMatchTheFileName() {
        #expect(PathGlob("**/src/*Test/**").matches("okhttp/src/jvmTest/kotlin/A.kt"))
        #expect(!PathGlob("**/src/*Test/**").matches("okhttp/src/jvmMain/kotlin/A.kt"))
        #expect(PathGlob("*_test.go").matches("a/b/x_test.go"))
        #expect(!PathGlob("src/*.c").matches("src/a/b.c"))
        #expect(PathGlob("src/**").matches("src/a/b.c"))
        #expect(PathGlob("docs/").matches("docs/a/b.md"))
        #expect(PathGlob("a?c").matches("x/abc"))
    }
}
