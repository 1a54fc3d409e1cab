import Foundation
import ImportScan
import SymbolScan

/// Which files of a published crate declare nothing its users can name (`PlanFile.unpublishedBecause`), read from
/// their text: a file none of whose items is `pub` (all `pub(crate)`, `pub(super)` or private), or one that a `mod`
/// line without `pub` reaches on its way from the crate root, whose `pub` items no `pub use` of the crate re-exports.
/// A `#[macro_export]` macro is the crate's wherever it is. crossbeam-channel's `mod flavors;` (lib.rs:358) is private
/// and every item below it `pub(crate)`: its split had been told to be released in a major version, breaking users
/// who cannot name those items.
enum PlanRustPublication {
    /// Per file of `files` (a crate's, its roots' `pub use` lines read too; `tree` its module tree), why its users can
    /// name nothing it declares; a file left out may publish names.
    static func unpublished(
        files: [String], tree: RustModuleTree, text: (String) -> [Substring]?, imports: (String) -> [ImportFacts]
    ) -> [String: String] {
        let reexported = reexportedNames(files.flatMap(imports))
        var result: [String: String] = [:]
        var texts: [String: [Substring]?] = [:]  // each parent file (lib.rs) is read once, not once per file below it
        func read(_ path: String) -> [Substring]? {
            if let known = texts[path] { return known }
            let lines = text(path)
            texts[path] = .some(lines)
            return lines
        }
        for path in files where path.hasSuffix(".rs") && !tree.roots.contains(path) {
            guard let lines = read(path), !lines.contains(where: { $0.contains("#[macro_export]") }) else { continue }
            let names = publicNames(lines)
            if names.isDisjoint(with: reexported), let line = privateModuleLine(above: path, tree: tree, text: read) {
                result[path] = line
            } else if names.isEmpty {
                result[path] = "their items are `pub(crate)` or private"
            }
        }
        return result
    }

    /// The last names of the crate's `pub use` paths (`Receiver` of `pub use crate::channel::Receiver;`), with their
    /// aliases, and every name of a glob's path (`pub use self::flavors::*;`: `flavors`).
    static func reexportedNames(_ imports: [ImportFacts]) -> Set<String> {
        var names = Set<String>()
        for facts in imports where facts.reexports {
            let parts = facts.path.split(separator: ":").map(String.init)
            names.formUnion(parts.last == "*" ? Array(parts.dropLast()) : Array(parts.suffix(1)))
            if let alias = facts.alias { names.insert(alias) }
        }
        return names
    }

    private static let itemKeywords: Set<Substring> = [
        "fn", "struct", "enum", "trait", "type", "const", "static", "mod", "union", "macro", "use", "crate",
    ]

    /// The names of the items on lines opening with a plain `pub` (not `pub(crate)`), at any depth: a `pub fn` of an
    /// impl counts, so a file may seem to publish more than it does, never less. A `pub use` line gives every name
    /// on it.
    static func publicNames(_ lines: [Substring]) -> Set<String> {
        var names = Set<String>()
        for line in lines {
            let trimmed = line.trimmingWhitespace
            guard trimmed.hasPrefix("pub ") else { continue }
            let words = trimmed.split { !($0.isLetter || $0.isNumber || $0 == "_") }
            if words.count > 1, words[1] == "use" { names.formUnion(words.dropFirst(2).map(String.init)) }
            let named = words.indices.dropLast().first {
                itemKeywords.contains(words[$0]) && !itemKeywords.contains(words[$0 + 1])
            }
            names.insert(named.map { String(words[$0 + 1]) } ?? String(trimmed))
        }
        return names
    }

    /// The first `mod` line without `pub` on the way from the crate root to the file at `path`, as written and where
    /// (`` `mod flavors;` at crossbeam-channel/src/lib.rs:358 is not `pub` ``); nil when each is `pub`, or a line
    /// cannot be found (declared by a macro: taken as `pub`).
    static func privateModuleLine(above path: String, tree: RustModuleTree, text: (String) -> [Substring]?) -> String? {
        var file = path
        var found: String?
        var seen: Set<String> = []
        while let parent = tree.parents[file], seen.insert(file).inserted {
            guard let lines = text(parent.file), let (number, line) = moduleLine(parent.name, in: lines) else {
                return nil
            }
            if !isPlainPublic(line) { found = "`\(line)` at \(parent.file):\(number) is not `pub`" }
            file = parent.file
        }
        return found
    }

    /// The line declaring the module `name` (`mod name;`, `pub(crate) mod name {`), with its number.
    private static func moduleLine(_ name: String, in lines: [Substring]) -> (Int, Substring)? {
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace
            guard !trimmed.hasPrefix("//"), let range = trimmed.range(of: "mod " + name) else { continue }
            let after = trimmed[range.upperBound...].first
            guard after == ";" || after == " " || after == "{" else { continue }
            let before = trimmed[..<range.lowerBound]
            guard before.isEmpty || before.hasSuffix(" ") else { continue }
            return (index + 1, trimmed)
        }
        return nil
    }

    /// Whether a `mod` line is plain `pub` (`#[cfg(x)] pub mod a;`), not `pub(crate)` nor private.
    private static func isPlainPublic(_ line: Substring) -> Bool {
        guard let range = line.range(of: "mod ") else { return false }
        return line[..<range.lowerBound].hasSuffix("pub ")
    }
}
