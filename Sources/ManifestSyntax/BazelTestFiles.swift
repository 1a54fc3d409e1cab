extension StarlarkCalls {
    /// The keywords whose values list a rule's source files.
    private static let fileKeywords = ["srcs", "hdrs", "textual_hdrs"]

    /// The files that only test rules of the package in `folder` list, sorted, those `exists` accepts: a rule is
    /// one when its name is a test's (`cc_test`, `*_tests`, `test_suite`) or it is `testonly = True` (or `1`). A
    /// file another rule lists too ships. `workspace` is the folder `//` labels start at.
    package func testFiles(folder: String, workspace: String, exists: (String) -> Bool) -> [String] {
        var tests = Set<String>()
        var shipped = Set<String>()
        for rule in calls where rule.isRule {
            let files = Self.fileKeywords.flatMap { rule.strings($0) }.compactMap {
                BazelLabel.file($0.text, folder: folder, workspace: workspace)
            }.filter(exists)
            if Self.isTestName(rule.name) || rule.isTrue("testonly") { tests.formUnion(files) } else { shipped.formUnion(files) }
        }
        return tests.subtracting(shipped).sorted()
    }

    /// Whether a rule's name is a test's: `*_test`, `*_tests`, `*test_suite`.
    package static func isTestName(_ name: String) -> Bool {
        name.hasSuffix("_test") || name.hasSuffix("_tests") || name.hasSuffix("test_suite")
    }
}

extension BazelLabel {
    /// The repository path of the source file a `srcs` entry names: `internal/a.h` and `:a.cc` in `folder`,
    /// `//pkg:a.h` (or `@//pkg:a.h`) in package `pkg` of `workspace`; nil for another repository's label, a glob
    /// pattern or a package's own-named target (`//pkg`).
    package static func file(_ text: String, folder: String, workspace: String) -> String? {
        guard !text.isEmpty, !text.contains("*") else { return nil }
        var rest = Substring(text)
        if rest.hasPrefix("@") {
            rest = rest.drop { $0 == "@" }
            guard rest.hasPrefix("//") else { return nil }
        }
        var package = folder
        if rest.hasPrefix("//") {
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            package = joined(workspace, rest.dropFirst(2)[..<colon])
            rest = rest[colon...]
        }
        return joined(package, rest.hasPrefix(":") ? rest.dropFirst() : rest)
    }

    /// `name` inside `folder` (`""` is the repository root).
    private static func joined(_ folder: String, _ name: Substring) -> String {
        folder.isEmpty ? String(name) : name.isEmpty ? folder : folder + "/" + name
    }
}
