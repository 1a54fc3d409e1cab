import ManifestSyntax
import ModuleGraph
import SourceScan

/// Reads Mix's `mix.exs` (Elixir) as text (never run): one module per Mix project, owning its folder.
///
/// The project is named by its `app:` atom (`app: :phoenix`, or `app: @app` with `@app :phoenix` above); its declared dependencies are the atoms that open the
/// tuples of its `deps` function (`{:plug, "~> 1.14"}`, `{:elixir_ls_utils, in_umbrella: true}`). An umbrella root
/// (`apps_path:`) is its tooling (kind `other`, named after its `defmodule`, `ElixirLS.Mixfile` → `ElixirLS`): its
/// apps declare themselves. Elixir aliases resolve through the files defining them, so the module needs no
/// import names. The applications Elixir ships (`elixir`, `logger`, `ex_unit`…) come with the toolchain, never
/// through `deps`: using them is declared (elixir-lang/elixir's own apps had "imports without declaring: elixir").
/// A Hex package's code is what it ships and compiles (`MixPackageFiles`, `loadedPaths`): its other files (oban's
/// `config/config.exs`, which configures its own tests, and `bench/`) are tooling, counted with its tests.
public struct MixManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["mix.exs"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let items = ManifestTokens(bytes, grammar: ManifestTokens.elixir).items
        let isUmbrella = Self.keyword("apps_path", in: items) != nil
        let app = Self.keyword("app", in: items).flatMap { Self.atom(items, at: $0 + 2) ?? Self.attribute(items, at: $0 + 2) }
        let project = Self.projectName(items)
        guard let name = app?.name ?? (isUmbrella ? project?.name : nil) else {
            return ([], [ManifestWarning(path: path, line: 1, message: "mix.exs has no `app:` name; skipped")])
        }
        var module = ModuleDeclaration(
            name: name, ecosystem: "mix", kind: isUmbrella ? .other : .library, roots: [ManifestContext.folder(of: path)],
            dependencies: Self.dependencies(items).filter { $0 != name }, manifest: path,
            line: app?.line ?? project?.line ?? 1)
        module.providedDependencies = Self.elixirApplications.filter { $0 != name }
        if !isUmbrella, let shipped = MixPackageFiles.paths(items) {
            let folder = ManifestContext.folder(of: path)
            module.loadedPaths = shipped.map { folder.isEmpty ? $0 : folder + "/" + $0 }
        }
        return ([module], [])
    }

    /// The applications an Elixir installation ships, which Mix starts from `extra_applications`, not `deps`.
    static let elixirApplications = ["eex", "elixir", "ex_unit", "iex", "logger", "mix"]

    /// The position of `key:` (a keyword list's key: the word, then `:` with no space between).
    static func keyword(_ key: String, in items: [ManifestTokens.Item]) -> Int? {
        items.indices.first { index in
            items[index].kind == .word && items[index].text == key && index + 1 < items.count
                && items[index + 1].text == ":" && !items[index + 1].isSpaced
        }
    }

    /// The atom `:name` starting at `index`, if any.
    private static func atom(_ items: [ManifestTokens.Item], at index: Int) -> (name: String, line: Int)? {
        guard index + 1 < items.count, items[index].text == ":", items[index + 1].kind == .word,
            !items[index + 1].isSpaced
        else { return nil }
        return (items[index + 1].text, items[index + 1].line)
    }

    /// `app: @app` with `@app :nerves_hub` above: the atom the module attribute at `index` is set to.
    private static func attribute(_ items: [ManifestTokens.Item], at index: Int) -> (name: String, line: Int)? {
        guard index + 1 < items.count, items[index].text == "@", items[index + 1].kind == .word else { return nil }
        let name = items[index + 1].text
        let definition = items.indices.first { at in
            at + 2 < items.count && at != index && items[at].text == "@" && items[at + 1].text == name
                && items[at + 2].text == ":"
        }
        return definition.flatMap { atom(items, at: $0 + 2) }
    }

    /// `defmodule ElixirLS.Mixfile`: the alias's first segment.
    private static func projectName(_ items: [ManifestTokens.Item]) -> (name: String, line: Int)? {
        guard let index = items.indices.first(where: { items[$0].text == "defmodule" }), index + 1 < items.count,
            items[index + 1].kind == .word
        else { return nil }
        return (items[index + 1].text, items[index + 1].line)
    }

    /// The atoms opening tuples in the body of `defp deps` (up to the next `def`/`defp`), sorted.
    private static func dependencies(_ items: [ManifestTokens.Item]) -> [String] {
        guard let start = items.indices.first(where: { index in
            ["def", "defp"].contains(items[index].text) && index + 1 < items.count && items[index + 1].text == "deps"
        }) else { return [] }
        var names = Set<String>()
        var index = start + 2
        while index < items.count, !["def", "defp"].contains(items[index].text) {
            if items[index].text == "{", let atom = atom(items, at: index + 1) { names.insert(atom.name) }
            index += 1
        }
        return names.sorted()
    }
}
