import ManifestSyntax
import ModuleGraph

/// The files a Bazel package's rules list as sources, read as text: what the repository-root package owns.
///
/// The values of `srcs`, `hdrs` and `textual_hdrs` count: file labels (`a.cc`, `:a.cc`, `//:a.cc`) and `glob`
/// patterns (`src/**/*.cpp`), less the matches of the `exclude` patterns of the file's `glob` calls (read apart from
/// the call they sit in: a file excluded from one glob and listed by name elsewhere stays listed). Only tracked files
/// of the package itself count: a glob stops at a subfolder holding a BUILD file, as in Bazel. A rule's other
/// attributes (`data`, `includes`) and its label names (`:catch2_generated`, no file) list none. A value naming a
/// variable (`srcs = SRCS`, `glob(PATTERNS)`) is not read: a warning names it (`unreadWarnings`).
enum BazelSources {
    private static let fileKeywords = ["srcs", "hdrs", "textual_hdrs"]
    /// Python's words that name no value.
    private static let keywords: Set<String> = ["for", "in", "if", "else", "not", "and", "or", "True", "False", "None", "lambda"]

    /// One warning per rule whose file list names a variable (`srcs = SRCS`): the files it stands for are no package's.
    static func unreadWarnings(_ calls: [StarlarkCalls.Call], path: String) -> [ManifestWarning] {
        calls.filter(\.isRule).compactMap { rule in
            for keyword in fileKeywords {
                guard let word = rule.words[keyword].flatMap(variable) else { continue }
                let name = rule.strings("name").first?.text ?? rule.name
                return ManifestWarning(
                    path: path, line: rule.line,
                    message: "rule '\(name)': \(keyword) names \(word.prefix(60)), which cannot be read as text; "
                        + "the root package owns only the files it lists")
            }
            return nil
        }
    }

    /// The variable a value's words name: the iterable of a comprehension (`[f for f in FILES]`), else the first.
    private static func variable(in words: [String]) -> String? {
        let isName = { (word: String) in !keywords.contains(word) && word.first.map { $0.isLetter || $0 == "_" } == true }
        if let index = words.lastIndex(of: "in"), let word = words[(index + 1)...].first(where: isName) { return word }
        return words.first(where: isName)
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
