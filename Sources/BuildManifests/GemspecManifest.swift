import ManifestSyntax
import ModuleGraph
import SourceScan

/// Reads a RubyGems `.gemspec` as text (never run): one module per gem, owning the gemspec's folder.
///
/// The name is the string assigned to the specification's `name` (`spec.name = "jekyll"`), else the file's stem,
/// which RubyGems' convention makes the gem's name. Its declared dependencies are the gems named by
/// `add_dependency` and `add_runtime_dependency` (`add_development_dependency` builds nothing that ships). Ruby
/// requires resolve to files through the load path, so the module needs no import names: a `require` reaches
/// the gem whose folder holds the file (sinatra's three gems: sinatra, sinatra-contrib, rack-protection).
///
/// The code it ships is what `require` and its commands load (`loadedPaths`): its `require_paths` (RubyGems'
/// default `lib`), its `bindir` (default `bin`) and `ext/`, where native extensions live. Its other Ruby files
/// (jekyll's Rakefile, `rake/`, `script/`, cucumber's `features/` steps, `benchmark/`) are tooling, counted with
/// its tests. Its commands, the files of its `bindir`, are its targets (`targetFiles`): no split moves them
/// (jekyll's had moved `exe/jekyll` into a lower layer).
public struct GemspecManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { [] }
    public var manifestExtensions: Set<String> { ["gemspec"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let fields = Self.fields(ManifestTokens(bytes, grammar: ManifestTokens.ruby).items)
        let file = ManifestText.fileName(of: path)
        let folder = ManifestContext.folder(of: path)
        var module = ModuleDeclaration(
            name: fields.name?.value ?? String(file.dropLast(".gemspec".count)), ecosystem: "gem", roots: [folder],
            dependencies: fields.dependencies.sorted(), manifest: path, line: fields.name?.line ?? 1)
        module.loadedPaths = Set((fields.requirePaths ?? ["lib"]) + [fields.bindir ?? "bin", "ext"]).map { relative in
            let trimmed = relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
            return folder.isEmpty ? trimmed : folder + "/" + trimmed
        }.sorted()
        module.targetFiles = context.paths(under: ManifestContext.join(folder, fields.bindir ?? "bin")).sorted()
        return ([module], [])
    }

    /// What a gemspec assigns: the gem's name, its runtime dependencies, its `require_paths` (nil when not a literal
    /// list) and its `bindir`.
    private static func fields(_ items: [ManifestTokens.Item]) -> (
        name: (value: String, line: Int)?, dependencies: Set<String>, requirePaths: [String]?, bindir: String?
    ) {
        var name: (value: String, line: Int)?
        var dependencies = Set<String>()
        var (requirePaths, bindir): ([String]?, String?) = (nil, nil)
        for (index, item) in items.enumerated() where item.kind == .word {
            let isField = index > 0 && items[index - 1].text == "."
            if isField, item.text == "require_paths" {
                requirePaths = strings(items, after: index)
            } else if isField, item.text == "bindir" {
                bindir = string(items, after: index, skipping: ["="])?.text
            } else if isField, name == nil, item.text == "name",
                let value = string(items, after: index, skipping: ["="]), !value.text.isEmpty
            {
                name = (value.text, value.line)
            } else if item.text == "add_dependency" || item.text == "add_runtime_dependency",
                let value = string(items, after: index, skipping: ["("])
            {
                dependencies.insert(value.text)
            }
        }
        return (name, dependencies, requirePaths, bindir)
    }

    /// The string literals of `= [ … ]` (or the one of `= "…"`) right after `index`; nil for anything else (a
    /// computed list).
    private static func strings(_ items: [ManifestTokens.Item], after index: Int) -> [String]? {
        if let single = string(items, after: index, skipping: ["="]) { return [single.text] }
        guard index + 2 < items.count, items[index + 1].text == "=", items[index + 2].text == "[" else { return nil }
        var result: [String] = []
        for item in items[(index + 3)...] {
            if item.text == "]" { return result }
            if item.kind == .string { result.append(item.unquoted) } else if item.text != "," { return nil }
        }
        return nil
    }

    /// The string literal right after `index`, past one optional `skipping` token (`=`, `(`).
    private static func string(
        _ items: [ManifestTokens.Item], after index: Int, skipping: Set<String>
    ) -> (text: String, line: Int)? {
        var next = index + 1
        if next < items.count, skipping.contains(items[next].text) { next += 1 }
        guard next < items.count, items[next].kind == .string else { return nil }
        return (items[next].unquoted, items[next].line)
    }
}
