import FileClassification
import SourceScan
import Testing

@Suite struct AmalgamationsTests {
    /// `count` distinct lines, each sure to be distinctive (8+ letters and digits), named by `prefix`.
    private func lines(_ prefix: String, _ count: Int) -> [String] {
        (0..<count).map { "    let \(prefix)Value\($0) = compute(\"\(prefix)\", \($0))" }
    }

    private func sample(_ text: String) -> [UInt32] {
        Array(text.utf8).withUnsafeBufferPointer { LineSample.of($0) }
    }

    private func file(_ path: String, _ lines: [String]) -> Amalgamations.File {
        Amalgamations.File(path: path, codeLines: lines.count, sample: sample(lines.joined(separator: "\n") + "\n"))
    }

    private func find(_ files: [Amalgamations.File]) -> [String] {
        Amalgamations.find(files, minimumLines: 1000, coverage: 0.8)
    }

    @Test func aFileMadeOfSeveralSmallerFilesIsAnAmalgamationAndTheyAreNot() {
        let parts = ["a", "b", "c", "d"].map { file("include/\($0).hpp", lines($0, 400)) }
        let whole = file("single_include/all.hpp", parts.indices.flatMap { lines(["a", "b", "c", "d"][$0], 400) })

        #expect(find(parts + [whole]) == ["single_include/all.hpp"])
    }

    /// symfony's AbstractBootstrap3LayoutTestCase.php has two near copies (the Bootstrap 4 and 5 layouts' tests):
    /// both are left out, whichever the dictionary yields first, so the verdict is the same in every run.
    @Test func everyNearCopyIsLeftOutNotTheFirstFound() {
        let whole = file("Bootstrap3Test.php", lines("x", 2000))
        let copyA = file("Bootstrap4Test.php", Array(lines("x", 2000).prefix(1500)))
        let copyB = file("Bootstrap5Test.php", Array(lines("x", 2000).dropFirst(250).prefix(1500)))
        let parts = (0..<3).map { file("part\($0).php", Array(lines("x", 2000).dropFirst(300 * $0).prefix(300))) }

        // The parts alone hold 45 %, under the 80 % asked; the 5 copy taken as a part made 87.5 %, the 4 copy 75 %.
        #expect(find(parts + [whole, copyA, copyB]).isEmpty)
    }

    /// dune's blake3_sse2_x86-64_unix.S and its windows_gnu twin (4,595 code lines) were excluded as generated in
    /// some runs: each has two SSE4.1 near copies, and with either taken as a part the smaller assembly files held
    /// exactly 80 % of its sample. With both left out they hold 43 % and 37 %.
    @Test func assemblyWithTwoNearCopiesIsNoAmalgamationInAnyRun() {
        let x = lines("x", 2000)
        let whole = file("blake3_sse2_x86-64_unix.S", x)
        let copies = [file("blake3_sse41_x86-64_unix.S", Array(x[0..<1200])),
            file("blake3_sse41_x86-64_windows_gnu.S", Array(x[800..<2000]))]
        let parts = [0, 200, 1200, 1400].map { file("part\($0).S", Array(x[$0..<$0 + 200])) }

        // Parts alone: 40 %; with either copy as a part, 80 %: an amalgamation before 4d9024c, when only the first
        // near copy the dictionary yielded was left out.
        #expect(find(parts + [whole] + copies).isEmpty)
        #expect(find(parts + [whole] + copies.reversed()).isEmpty)
    }

    @Test func aNearCopyIsNoPartOfIt() {
        // nlohmann/json keeps an older release's amalgamation for its ABI tests: smaller, and three quarters the same.
        let names = ["a", "b", "c", "d"]
        let parts = names.map { file("include/\($0).hpp", lines($0, 400)) }
        let current = file("single_include/json.hpp", names.flatMap { lines($0, 400) })
        let older = file("tests/json_v1.hpp", names.flatMap { lines($0, 300) } + lines("old", 100))

        // Without the older copy's lines the headers still make the whole; the older copy is made of them too.
        #expect(find(parts + [current, older]) == ["single_include/json.hpp", "tests/json_v1.hpp"])
        #expect(find(Array(parts.prefix(2)) + [current, older]).isEmpty)
    }

    @Test func twoCopiesOfOneFileAndABigFileOfItsOwnAreNone() {
        let original = file("src/big.js", lines("x", 1500))
        let copy = file("templates/big.js", lines("x", 1500) + lines("y", 10))
        let own = file("src/own.js", lines("own", 2000) + lines("x", 100))

        #expect(find([original, copy, own]).isEmpty)
    }

    @Test func aFileOfTwoHalvesIsNoAmalgamation() {
        // Half the whole in each of two files is a merge of two, not a build's amalgamation of many.
        let parts = ["a", "b"].map { file("\($0).c", lines($0, 800)) }
        let whole = file("ab.c", lines("a", 800) + lines("b", 800))

        #expect(find(parts + [whole]).isEmpty)
    }

    @Test func theSampleIgnoresIndentationAndShortLinesAndKeepsAboutOneLineInEight() {
        let text = lines("k", 2000)
        let indented = text.map { "\t\t" + $0.trimmingPrefix(" ") + "  " }
        let kept = sample(text.joined(separator: "\n"))

        #expect(kept == sample(indented.joined(separator: "\n")))
        #expect(kept == kept.sorted() && Set(kept).count == kept.count)
        #expect((150...350).contains(kept.count))
        #expect(sample("}\n  });\nx = 1\n// ----------------\n").isEmpty)
    }
}
