import PlainManifests
import Testing

/// The old-style property lists of `project.pbxproj`: read whole when well formed, and as far as they go when not.
@Suite struct OpenStepPlistTests {
    private func plist(_ text: String) -> OpenStepPlist { OpenStepPlist(Array(text.utf8)) }

    @Test func dictionariesArraysAndStringsReadWithCommentsDropped() {
        let text = """
            // !$*UTF8*$!
            {
            \tarchiveVersion = 1;
            \tobjects = {
            /* Begin PBXBuildFile section */
            \t\tAB12 /* a.swift in Sources */ = {isa = PBXBuildFile; fileRef = CD34 /* a.swift */; };
            /* End PBXBuildFile section */
            \t};
            \tlist = (one, "two words", <0fbd 7d3a>, );
            \tpath = Sources/App/Model.swift;
            }
            """

        let read = plist(text)

        #expect(read.problems.isEmpty, "\(read.problems)")
        #expect(read.root?["archiveVersion"]?.text == "1")
        #expect(read.root?["objects"]?["AB12"]?["fileRef"]?.text == "CD34")
        #expect(read.root?["objects"]?["AB12"]?.line == 6)
        #expect(read.root?["list"]?.items.compactMap(\.text) == ["one", "two words", "<0fbd 7d3a>"])
        #expect(read.root?["path"]?.text == "Sources/App/Model.swift")
    }

    @Test func quotedStringsResolveTheirEscapes() {
        let read = plist(#"{ a = "say \"hi\"\n\tnow"; b = "caf\U00e9 \\ \101"; c = 'single'; }"#)

        #expect(read.problems.isEmpty, "\(read.problems)")
        #expect(read.root?["a"]?.text == "say \"hi\"\n\tnow")
        #expect(read.root?["b"]?.text == "café \\ A")
        #expect(read.root?["c"]?.text == "single")
    }

    @Test func aMissingSemicolonIsAProblemAndTheNextKeyStillReads() {
        let read = plist("{\n  a = 1\n  b = 2;\n}\n")

        #expect(read.problems.map(\.line) == [3])
        #expect(read.problems.first?.message == "expected ';' after a value")
        #expect(read.root?["a"]?.text == "1")
        #expect(read.root?["b"]?.text == "2")
    }

    @Test func aTruncatedFileNamesTheBracketLeftOpenAndKeepsWhatItRead() {
        let read = plist("{\n  objects = {\n    T1 = {isa = PBXNativeTarget; name = App; };\n    T2 = {isa = PBXNat")

        #expect(read.problems.map(\.line).contains(4))
        #expect(read.problems.contains { $0.message == "'{' opened here is never closed" })
        #expect(read.root?["objects"]?["T1"]?["name"]?.text == "App")
    }

    @Test func gitConflictMarkersAreProblemsAndTheirLinesSkipped() {
        let text = "{\n<<<<<<< HEAD\n  a = 1;\n=======\n  a = 2;\n>>>>>>> feature\n  b = 3;\n}\n"

        let read = plist(text)

        #expect(read.problems.map(\.line) == [2, 4, 6])
        #expect(read.root?["a"]?.text == "2")
        #expect(read.root?["b"]?.text == "3")
    }

    @Test func aStrayCloserAndAnUnclosedArrayAreProblemsWithTheirLines() {
        let read = plist("{\n  a = (x, y;\n  b = z;\n}\n)\n")

        #expect(read.problems.map(\.line) == [2, 5], "\(read.problems)")
        #expect(read.root?["a"]?.items.compactMap(\.text) == ["x", "y"])
    }

    @Test func anUnclosedStringOrCommentIsAProblemNotACrash() {
        #expect(plist("{ a = \"open; }").problems.map(\.line) == [1, 1])
        #expect(plist("{ a = b; /* open\n }").problems.count == 2)
    }

    @Test func emptyTextHasNoValue() {
        #expect(plist("").root == nil)
        #expect(plist("  // only a comment\n").root == nil)
    }

    @Test func nestingPastTheLimitIsReadButNotKept() {
        let deep = String(repeating: "(", count: 200) + String(repeating: ")", count: 200)

        let read = plist("{ a = \(deep); b = c; }")

        #expect(read.problems.count == 1)
        #expect(read.root?["b"]?.text == "c")
    }
}
