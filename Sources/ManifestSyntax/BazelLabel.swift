/// What a Bazel label (`//absl/strings:str_format`, `:impl`, `@googletest//:gtest_main`) names, as written.
///
/// Only the package part matters to module discovery: `//a/b:c` and `//a/b` (short for `//a/b:b`) are in package
/// `a/b`, `//:c` in the root package `""`; `:c` and `c` (a target of the same package, `c` may hold a `/`) are the
/// package's own; `@repo//…` and `@repo` are another repository's, `@//…` and `@@//…` the main repository's.
/// Text that is no label (empty, spaces, a `$(make variable)`, `..`) is `nil`.
package enum BazelLabel: Hashable, Sendable {
    /// A package of this repository (workspace), by its path from the workspace root.
    case package(String)
    /// A target of the package that wrote the label.
    case samePackage
    /// Another repository, by its name without `@` (`googletest`).
    case external(String)

    package init?(_ text: String) {
        guard !text.isEmpty, !text.contains(where: { " \t\n$\\{}".contains($0) }) else { return nil }
        var rest = Substring(text)
        if rest.hasPrefix("@") {
            rest = rest.drop { $0 == "@" }
            let repository = rest.prefix { $0 != "/" && $0 != ":" }
            rest = rest.dropFirst(repository.count)
            if !repository.isEmpty {
                self = .external(String(repository))
                return
            }
            guard rest.hasPrefix("//") else { return nil }
        }
        guard rest.hasPrefix("//") else {
            self = .samePackage
            return
        }
        var path = rest.dropFirst(2).prefix { $0 != ":" }
        while path.hasSuffix("/") { path = path.dropLast() }
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            return nil
        }
        self = .package(String(path))
    }
}
