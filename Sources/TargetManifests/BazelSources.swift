import ManifestSyntax
import ModuleGraph

/// The files a Bazel package's rules list as sources, read as text: what the repository-root package owns.
///
/// The values of `srcs`, `hdrs` and `textual_hdrs` count: file labels (`a.cc`, `:a.cc`, `//:a.cc`) and `glob`
/// patterns (`src/**/*.cpp`), less the matches of the `exclude` patterns of the file's `glob` calls (read apart from
/// the call they sit in: a file excluded from one glob and listed by name elsewhere stays listed). Only tracked files
/// of the package itself count: a glob stops at a subfolder holding a BUILD file, as in Bazel. A rule's other
/// attributes (`data`, `includes`) and its label names (`:catch2_generated`, no file) list none. A value naming a
/// top-level assignment of the file (`srcs = SRCS`, `glob(PATTERNS)`, `COMMON + ["x.cc"]`) lists its literals
/// (StarlarkCalls); one naming what cannot be read (a name loaded from a `.bzl` file, a macro's result) is
/// a warning (`unreadWarnings`).
enum BazelSources {
    private static let fileKeywords = ["srcs", "hdrs", "textual_hdrs"]
    /// Python's words that name no value.
    private static let keywords: Set<String> = ["for", "in", "if", "else", "not", "and", "or", "True", "False", "None", "lambda"]

    /// One warning per rule whose file list names a variable the file does not assign as literals (`srcs = SRCS`
    /// with `SRCS` loaded): the files it stands for are no package's.
    static func unreadWarnings(_ file: StarlarkCalls, path: String) -> [ManifestWarning] {
        file.calls.filter(\.isRule).compactMap { rule in
            for keyword in fileKeywords {
                guard let word = rule.words[keyword].flatMap({ variable(in: $0, readable: file.readableNames) }) else {
                    continue
                }
                let name = rule.strings("name").first?.text ?? rule.name
                return ManifestWarning(
                    path: path, line: rule.line,
                    message: "rule '\(name)': \(keyword) names \(word.prefix(60)), which cannot be read as text; "
                        + "the root package owns only the files it lists")
            }
            return nil
        }
    }

    /// The first variable a value's words name that is not `readable`: among the iterable of a comprehension
    /// (`[f for f in FILES]`) when there is one, else among them all.
    private static func variable(in words: [String], readable: Set<String>) -> String? {
        let isName = { (word: String) in !keywords.contains(word) && word.first.map { $0.isLetter || $0 == "_" } == true }
        let iterable = words.lastIndex(of: "in").map { words[($0 + 1)...].filter(isName) }.flatMap { $0.isEmpty ? nil : $0 }
        return (iterable ?? words.filter(isName)).first { !readable.contains($0) }
    }

    /// The tracked files of the package in `folder` that `calls` list, sorted.
    static func files(
        _ calls: [StarlarkCalls.Call], folder: String, workspace: String, context: ManifestContext
    ) -> [String] {
        let literals = calls.filter(\.isRule).flatMap { rule in fileKeywords.flatMap { rule.strings($0) } }.map(\.text)
        let patterns = literals.filter { $0.contains("*") }
        let excluded = Set(calls.filter { $0.name == "glob" }.flatMap { $0.strings("exclude") }.flatMap {
            context.paths(bazelGlob: $0.text, in: folder)
        })
        let globbed = patterns.flatMap { context.paths(bazelGlob: $0, in: folder) }.filter { !excluded.contains($0) }
        let named = literals.compactMap { BazelLabel.file($0, folder: folder, workspace: workspace) }.filter(context.contains)
        var packageFolders: [String: Bool] = [:]
        return Set(globbed + named).filter { path in
            ManifestContext.isInside(path, folder) && !isInSubpackage(path, of: folder, context: context, cache: &packageFolders)
        }.sorted()
    }

    /// Whether a folder between `path` and `folder` (`folder` excluded) holds a BUILD file.
    private static func isInSubpackage(
        _ path: String, of folder: String, context: ManifestContext, cache: inout [String: Bool]
    ) -> Bool {
        var current = ManifestContext.folder(of: path)
        while current != folder && !current.isEmpty {
            let isPackage = cache[current] ?? BazelManifest.isPackage(current, context: context)
            cache[current] = isPackage
            if isPackage { return true }
            current = ManifestContext.folder(of: current)
        }
        return false
    }
}
