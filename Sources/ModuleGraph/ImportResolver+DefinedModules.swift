import ImportScan
/// Haskell modules by the file that defines them: `Text.Pandoc.Readers.Markdown` is
/// `…/Text/Pandoc/Readers/Markdown.hs` below some source folder (`src/`, a package's `hs-source-dirs`). A file's
/// module name is the longest tail of its path whose every part starts with a capital letter, which is where the
/// source folder (lower-case by convention) ends. Erlang modules by theirs: `emqx_conf` is `…/emqx_conf.erl`; Clojure
/// namespaces too: `app.common.data` is `…/app/common/data.cljc`.
extension ImportResolver {
    /// The module name a `.hs`, `.lhs` or `.hsc` file defines (`Text.Pandoc.Class`), or nil for another file or a
    /// file whose name is not capitalized (`test-pandoc.hs`, a `Main` by `main-is`).
    package static func haskellModule(of path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), [".hs", ".lhs", ".hsc"].contains(path[dot...]) else { return nil }
        let parts = path[..<dot].split(separator: "/")
        let module = parts.reversed().prefix { $0.first.map { $0 >= "A" && $0 <= "Z" } ?? false }
        return module.isEmpty ? nil : module.reversed().joined(separator: ".")
    }

    /// Erlang module name (`emqx_conf`) → the modules owning a file `…/emqx_conf.erl`.
    static func erlangModules(_ paths: [String], ownership: ModuleOwnership) -> [String: Set<Int>] {
        var modules: [String: Set<Int>] = [:]
        for path in paths where path.hasSuffix(".erl") {
            guard let owner = ownership.owner(of: path), let name = path.split(separator: "/").last else { continue }
            modules[String(name.dropLast(4)), default: []].insert(owner)
        }
        return modules
    }

    /// Clojure namespace (`metabase.driver-api.core`) → the modules owning a file whose path ends in it, `_` for `-`
    /// (`…/metabase/driver_api/core.clj`, `.cljc`, `.cljs`): every dotted tail of the path is a key, as the source
    /// folder it starts below (`src/`, `src/main/clojure/`, a Polylith brick's `src/`) is not marked.
    static func clojureNamespaces(_ paths: [String], ownership: ModuleOwnership) -> [String: Set<Int>] {
        var namespaces: [String: Set<Int>] = [:]
        for path in paths {
            guard let dot = path.lastIndex(of: "."), [".clj", ".cljc", ".cljs"].contains(path[dot...]),
                let owner = ownership.owner(of: path)
            else { continue }
            var key = ""
            for part in path[..<dot].split(separator: "/").reversed() {
                let segment = dashed(part)
                key = key.isEmpty ? segment : segment + "." + key
                namespaces[key, default: []].insert(owner)
            }
        }
        return namespaces
    }

    /// A Clojure name with every `_` a `-`, as namespaces are written (files and Java packages use `_`).
    static func dashed(_ text: Substring) -> String {
        String(decoding: text.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }

    /// Elixir aliases, Haskell module names, Erlang modules and OCaml modules (`resolveOCaml`): the module owning
    /// the file that defines them. An
    /// Erlang include (`-include_lib("emqx/include/emqx.hrl")`) is the file its path ends; a called module
    /// (`emqx_conf:get(…)`) is `emqx_conf.erl`.
    func resolveDefinedModule(_ facts: ImportFacts, in file: String, style: String?, _ importer: Importer) -> Int? {
        let own = importer.module
        return switch style {
        case "elixir": resolveElixir(facts.path, own: own)
        case "haskell": resolveHaskell(facts.path, own: own)
        case "clojure": clojureFiles[Self.dashed(facts.path[...])].flatMap { preferred($0, own: own) }
        case "ocaml": resolveOCaml(facts.path, from: importer)
        default:
            facts.kind == .file ? resolveInclude(facts.path, from: file)
                : erlangFiles[facts.path].flatMap { preferred($0, own: own) }
        }
    }

    /// `import Text.Pandoc.Class`: the module owning the file that defines it; nil outside the repository
    /// (`Data.Map`, a dependency's module).
    func resolveHaskell(_ name: String, own: Int?) -> Int? {
        haskellFiles[name].flatMap { preferred($0, own: own) }
    }
}
