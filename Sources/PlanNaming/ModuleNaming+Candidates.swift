import Foundation

extension ModuleNaming {
    /// A name a split's files could take, and where it comes from: a folder holding them (a seam a person named,
    /// kept even when its word is generic: vapor's `Utilities/`), a file's stem (a name a person gave, valid in its
    /// language), or a declaration in their code (a name that may be anything: the macro `INLINE`).
    package enum Candidate: Hashable, Sendable {
        case folder(String)
        case file(String)
        case declaration(String)

        var text: String {
            switch self {
            case .folder(let text), .file(let text), .declaration(let text): text
            }
        }

        var isFile: Bool {
            if case .file = self { return true }
            return false
        }

        /// A folder's name; nil for a file's stem or a declaration.
        var folderName: String? {
            if case .folder(let name) = self { return name }
            return nil
        }
    }

    /// The names to try, in order, and whether a folder gave each: the files' common stem, then `listed` (the
    /// folder they fill, their most used declaration, the further candidates). A folder named as the module
    /// (black's `src/black/`, langgraph-sdk's `langgraph_sdk/`) or a source root (`src`) names nothing; a name
    /// shorter than three letters says little; a declaration whose name the module's languages reserve is none
    /// (dune's `INLINE` macro as `inline`; a file's stem is valid where it is, hono's `export.ts`). A Go file's stem
    /// loses the package's name it starts with (`labels_dedupelabels.go` in `labels` is `dedupelabels`); a name
    /// loses any character no module name has (`Binding+Observation.swift` is `Binding_Observation`). The module's
    /// own name is its name's words, and its stem's before a dotted suffix (`telescope` of `telescope.nvim`). Names
    /// come in three tiers, each in order: those that say something, then a macro's or constant's (`GENERICNODES`),
    /// then the generic ones (`isGeneric`); empty when none is left. A file's stem loses the underscores around it
    /// (`unmarked`), a declaration of C or C++ files `prefix` (`stripped`).
    static func bases(
        files: [String], listed: [Candidate], module: String, owner: String, ecosystem: String, prefix: String? = nil
    ) -> [(String, isFolder: Bool)] {
        let ownerWords = words(of: lastPart(owner)).map { $0.lowercased() }
        var own = [ownerWords, words(of: lastPart(module)).map { $0.lowercased() }]
        // A name with a dotted suffix restates its stem too: telescope.nvim's split was to make a `telescope`.
        if let stem = lastPart(module).split(separator: ".").first, stem.count < lastPart(module).count {
            own.append(words(of: String(stem)).map { $0.lowercased() })
        }
        let prefix = files.allSatisfy(isCFamily) ? prefix : nil
        var seen = Set<String>()
        let candidates = ([Candidate.file(commonStem(files.map(fileStem)))] + listed)
            .map { cleaned($0, ownerWords: ownerWords, ecosystem: ecosystem, prefix: prefix) }
            .filter { isUsable($0, files: files, own: own, ecosystem: ecosystem) && seen.insert($0.text).inserted }
        return (0...2).flatMap { level in candidates.filter { tier(of: $0, own: own) == level } }.map { candidate in
            if case .folder(let text) = candidate { return (text, isFolder: true) }
            return (candidate.text, isFolder: false)
        }
    }

    /// `candidate` with no character a module name has not, a Go file's stem without its package's name (the
    /// package would repeat it: `labels_dedupelabels.go` in `labels`), a declaration without `prefix`.
    private static func cleaned(_ candidate: Candidate, ownerWords: [String], ecosystem: String, prefix: String?) -> Candidate {
        switch candidate {
        case .folder: candidate
        case .file(let text): .file(ecosystem == "go" ? withoutLeading(ownerWords, in: identifier(text)) : unmarked(identifier(text)))
        case .declaration(let text): .declaration(stripped(identifier(text), prefix: prefix))
        }
    }

    /// Whether `candidate` may name a module at all: three letters at least, a folder neither the module's own
    /// name nor a source root, a declaration no reserved word.
    private static func isUsable(_ candidate: Candidate, files: [String], own: [[String]], ecosystem: String) -> Bool {
        let text = candidate.text
        // Two letters name a module only as the stem several files share (jq's `jv.c`, `jv_aux.c`, `jv_print.c`: `jv`).
        let isSharedStem = candidate.isFile && files.count > 1 && files.allSatisfy { fileStem($0).hasPrefix(text) }
        guard text.count >= (isSharedStem ? 2 : 3) else { return false }
        switch candidate {
        case .folder: return !own.contains(words(of: text).map { $0.lowercased() }) && !sourceRoots.contains(text.lowercased())
        case .file: return true
        case .declaration: return !ReservedWords.contains(text, files: files, ecosystem: ecosystem)
        }
    }

    /// 0 for a name that says something (a folder always), 1 for a macro's or constant's (all capitals, with an
    /// underscore or longer than an acronym: `GENERICNODES`, not `HTTP`), 2 for a generic one.
    private static func tier(of candidate: Candidate, own: [[String]]) -> Int {
        if case .folder = candidate { return 0 }
        let text = candidate.text
        if isGeneric(text, own: own) { return 2 }
        let letters = text.filter(\.isLetter)
        return letters.allSatisfy(\.isUppercase) && (text.contains("_") || letters.count > 4) ? 1 : 0
    }

    /// Whether a name says nothing of its own: all its words are fillers (`of_string`'s `of`) or numbers but one
    /// generic word (`return`, `stdune_map`, `of_string_exn`), or none (`to_all`), or it restates a name of the
    /// module (`own`: tinyxml2's `tinyxml2.cpp`). Two generic words say something together (ripgrep's
    /// `default_types`).
    static func isGeneric(_ name: String, own: [[String]]) -> Bool {
        let words = words(of: name).map { $0.lowercased() }.filter { !fillerWords.contains($0) && !$0.allSatisfy(\.isNumber) }
        if words.isEmpty || own.contains(where: { !$0.isEmpty && Set($0) == Set(words) }) { return true }
        let rest = words.filter { word in !own.contains { $0.contains(word) } }
        return rest.count == 1 && genericWords.contains(rest[0])
    }

    /// A file's stem without the underscores around it that mark it private or special (telescope.nvim's
    /// `__internal.lua` names a module `internal`, not `__internal`); as it is when nothing else is left.
    private static func unmarked(_ stem: String) -> String {
        let trimmed = stem.drop { $0 == "_" }.reversed().drop { $0 == "_" }.reversed()
        return trimmed.isEmpty ? stem : String(trimmed)
    }

    /// `text` with any character but letters, digits, `_` and `-` as `_` (a file's `+`, a declaration's `::`).
    private static func identifier(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
    }

    /// `text` without the words `leading` it starts with, when words are left, joined as they were.
    private static func withoutLeading(_ leading: [String], in text: String) -> String {
        let all = words(of: text)
        guard !leading.isEmpty, all.count > leading.count,
            zip(all, leading).allSatisfy({ $0.lowercased() == $1 })
        else { return text }
        let rest = Array(all.dropFirst(leading.count))
        if text.contains("_") { return rest.joined(separator: "_") }
        if text.contains("-") { return rest.joined(separator: "-") }
        return rest.joined()
    }

    /// The last part of a path or a Gradle project path (`:okio` → `okio`: a colon is no part of a word).
    private static func lastPart(_ name: String) -> String {
        name.split { $0 == "/" || $0 == ":" }.last.map(String.init) ?? name
    }

    /// Folder names that hold a module's sources rather than say what they are.
    static let sourceRoots: Set<String> = ["src", "lib", "source", "sources"]

    /// Words that say what any code is, not what this code is for: the words of placeholders (`impl`, `util`,
    /// `helper`, `misc`, `common`), of the type system (`type`, `value`, `data`, `int`, `string`, `unit`, `t`),
    /// and the operations every library's most used declaration tends to be (`return`, `map`, `get`, `make`,
    /// `find`: dune's clusters were to be named `stdune_return`, `map`, `get`), and the stems of entry files
    /// (`index.ts`, `main.rs`, `mod.rs`, `lib.rs`, `__init__.py`).
    static let genericWords: Set<String> = [
        "return", "value", "values", "type", "types", "data", "impl", "util", "utils", "utility", "utilities",
        "helper", "helpers", "misc", "common", "generic", "get", "set", "make", "create", "new", "init", "find",
        "map", "list", "run", "apply", "int", "string", "bool", "unit", "option", "result", "error", "t", "key",
        "name", "kind", "default", "both", "part", "index", "main", "mod", "lib",
    ]

    /// Words that only join others in a name: `of_string`, `to_list`, `all_unit`, `parse_exn`.
    static let fillerWords: Set<String> = ["of", "to", "all", "exn", "opt"]
}
