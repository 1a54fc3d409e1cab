/// The test files that test a source file by its language's conventions, which go with it when it leaves its module:
/// left behind, they test code their module no longer holds (a Go `x_test.go` reaches into its package; a Maven module's
/// tests using the new module would need it, which needs the old one: a cycle Maven's reactor refuses).
///
/// A test is named after the file (`x_test.go`, `test_x.py`, `x.test.ts`, `x.spec.ts`, `XTest.java`, `XTests.kt`,
/// `TestX.java`, `x_spec.rb`, Elixir's `x_test.exs`) and lies beside it, in a `__tests__` folder beside it, or in the
/// test tree mirroring its source tree, one folder swapped: `src/main/java/p/` ↔ `src/test/java/p/`, Kotlin
/// Multiplatform's `src/jvmMain/` ↔ `src/jvmTest/`, `lib/` ↔ `test/` or `spec/`, `src/` ↔ `tests/` or `test/`.
/// Only files the scan judged tests are candidates.
package enum TestCompanions {
    /// The tests of the file at `path` among `tests`, sorted.
    package static func of(_ path: String, among tests: Set<String>) -> [String] {
        guard !tests.isEmpty else { return [] }
        let (folder, name) = split(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return [] }
        let stem = name[..<dot]
        let ext = name[name.index(after: dot)...]
        let names = [
            "\(stem)_test.\(ext)", "test_\(stem).\(ext)", "\(stem).test.\(ext)", "\(stem).spec.\(ext)", "\(stem)Test.\(ext)",
            "\(stem)Tests.\(ext)", "Test\(stem).\(ext)", "\(stem)_spec.\(ext)", "\(stem)_test.\(ext)s",
        ]
        let folders = [folder, joined(folder, "__tests__")] + mirrors(of: folder)
        var found = Set<String>()
        for candidateFolder in folders {
            for candidate in names where tests.contains(joined(candidateFolder, candidate)) {
                found.insert(joined(candidateFolder, candidate))
            }
        }
        return found.sorted()
    }

    /// The tests of the files `moves` moves (path → destination) out of `module` into `newFolder`, each with where it
    /// goes: the place its file's move mirrors, or a flat Python test's in the new distribution.
    package static func moves(
        of moves: [String: String], among tests: Set<String>, module: some ModuleLayout, newFolder: String
    ) -> [(from: String, to: String)] {
        let python = module.ecosystem == "python"
        let (distribution, sources) = python ? (ModuleNaming.pythonDistributionFolder(module), module.files.map(\.path)) : ("", [])
        return moves.sorted { $0.key < $1.key }.flatMap { source, destination in
            let found = of(source, among: tests)
            guard found.isEmpty, python else {
                return found.compactMap { test in
                    self.destination(of: test, testing: source, movedTo: destination).map { (test, $0) }
                }
            }
            let flat = flatPythonTest(of: source, distribution: distribution, among: tests, sources: sources)
            return flat.map { [($0, flatPythonDestination(of: $0, distribution: distribution, newDistribution: newFolder))] } ?? []
        }
    }

    /// Python's flat test folder: the `tests/test_x.py` (or `test/`) at the top of the file's distribution
    /// (`distribution`, "" for the repository's), for a file `x.py` no other of `sources` is named after (flask's
    /// tests/test_cli.py of src/flask/cli.py; a second `cli.py` in the package would leave it unclaimed). It goes to the
    /// same folder of the new distribution, `newDistribution`.
    package static func flatPythonTest(
        of path: String, distribution: String, among tests: Set<String>, sources: [String]
    ) -> String? {
        let name = split(path).name
        guard name.hasSuffix(".py"), name != "__init__.py", !tests.isEmpty,
            distribution.isEmpty || path.hasPrefix(distribution + "/"),
            !sources.contains(where: { $0 != path && split($0).name == name })
        else { return nil }
        return ["tests", "test"].lazy.map { joined(distribution, $0 + "/test_" + name) }.first(where: tests.contains)
    }

    /// Where a flat Python test (`flatPythonTest`) goes: the same place below the new distribution's folder.
    package static func flatPythonDestination(of test: String, distribution: String, newDistribution: String) -> String {
        let below = distribution.isEmpty ? test : String(test.dropFirst(distribution.count + 1))
        return joined(newDistribution, below)
    }

    /// Where `test` goes when `source`, the file it tests, goes to `destination`: beside it, or into the test tree
    /// mirroring its new folder, the same folder swapped. Nil when the swapped folder is not among those kept.
    package static func destination(of test: String, testing source: String, movedTo destination: String) -> String? {
        let from = split(source).folder.split(separator: "/", omittingEmptySubsequences: true)
        let (testFolder, name) = split(test)
        let testParts = testFolder.split(separator: "/", omittingEmptySubsequences: true)
        var to = split(destination).folder.split(separator: "/", omittingEmptySubsequences: true)
        if testParts == from { return (to + [Substring(name)]).joined(separator: "/") }
        if testParts == from + ["__tests__"] { return (to + ["__tests__", Substring(name)]).joined(separator: "/") }
        let differing = testParts.count == from.count ? from.indices.filter { from[$0] != testParts[$0] } : []
        guard differing.count == 1, let swapped = differing.first else { return nil }
        // The folders the move keeps are the source's last ones, which end the destination's folder too.
        let kept = zip(from.reversed(), to.reversed()).prefix { $0 == $1 }.count
        guard swapped >= from.count - kept else { return nil }
        to[swapped + to.count - from.count] = testParts[swapped]
        return (to + [Substring(name)]).joined(separator: "/")
    }

    /// The test folders mirroring `folder`, one of its folders swapped for its tests' name.
    private static func mirrors(of folder: String) -> [String] {
        let parts = folder.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var result: [String] = []
        for (index, part) in parts.enumerated() {
            let swaps: [String] =
                switch part {
                case "main": ["test"]
                case "lib": ["test", "spec"]
                case "src": ["tests", "test"]
                default: part.count > 4 && part.hasSuffix("Main") ? [String(part.dropLast(4)) + "Test"] : []
                }
            for swap in swaps {
                var copy = parts
                copy[index] = swap
                result.append(copy.joined(separator: "/"))
            }
        }
        return result
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    private static func joined(_ folder: String, _ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }
}
