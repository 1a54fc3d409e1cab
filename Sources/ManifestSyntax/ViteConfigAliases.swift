import Foundation
import SourceScan

/// The `resolve.alias` (and vitest's `test.alias`) of each tracked `vite.config.*` and `vitest.config.*`, read as
/// text, never run: `'@foo': path.resolve(__dirname, 'src/foo')` in the object form, `{ find: '@foo', replacement:
/// … }` in the array form. Vite apps and their tests import their own code through them (vite's playground
/// `js-sourcemap` imports `@vitejs/test-dep-class-field-sourcemap-oxc` through one), so without them the import
/// named a package nobody declared.
///
/// Only literal forms are read; an alias whose key or replacement is anything else (a RegExp `find`, a variable, a
/// call of another function, a package name) is ignored. A replacement is a folder of the repository when it is
/// `path.resolve(…)` or `path.join(…)` (any object's, or imported bare) of `__dirname`, `import.meta.dirname` and string
/// literals (`resolve` without them starts at the config's folder, where vite runs), `fileURLToPath(new URL('./x',
/// import.meta.url))` or `new URL('./x', import.meta.url).pathname`, `` `${__dirname}/x` ``, or a literal `/x` (vite
/// reads it from its root, the config's folder). A relative literal (`'./src'`) is used by vite as written, relative to
/// each importer, and is ignored.
///
/// Output: per config folder (`""` for the repository root), (pattern, target) pairs in the written order, each
/// key as itself and as `key/*` (@rollup/plugin-alias: the key, or the key then `/`), ready for ImportResolver,
/// which takes the first pattern that matches.
public enum ViteConfigAliases {
    public static func read(paths: [String], read: (String) -> [UInt8]?) -> [String: [(pattern: String, target: String)]] {
        var result: [String: [(pattern: String, target: String)]] = [:]
        for path in paths where isConfig(path) {
            guard let bytes = read(path) else { continue }
            let folder = ScriptPathAliases.folder(of: path)
            let aliases = Self.aliases(in: ManifestTokens(bytes, grammar: ManifestTokens.javascript).items, folder: folder)
            if !aliases.isEmpty { result[folder, default: []] += aliases }
        }
        return result
    }

    /// Whether `path` names a vite or vitest config (`vite.config.ts`, `vitest.config.mjs`).
    static func isConfig(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        guard name.hasPrefix("vite.config.") || name.hasPrefix("vitest.config.") else { return false }
        return ["js", "mjs", "cjs", "ts", "mts", "cts"].contains { name.hasSuffix("." + $0) }
    }

    /// The aliases of every `alias: {…}` and `alias: […]` in a config's tokens.
    static func aliases(in tokens: [ManifestTokens.Item], folder: String) -> [(pattern: String, target: String)] {
        var found: [(pattern: String, target: String)] = []
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].unquoted == "alias", tokens[index].kind != .punct, tokens[index + 1].text == ":",
                let end = closing(tokens, from: index + 2)
            else { continue }
            let body = tokens[(index + 3)..<end]
            let entries = tokens[index + 2].text == "{" ? objectEntries(body) : arrayEntries(body)
            for (key, value) in entries {
                guard !key.isEmpty, !key.contains("*"), let target = replacement(value, folder: folder) else { continue }
                found += [(key, target), (key + "/*", target + "/*")]
            }
            index = end
        }
        return found
    }

    /// `'@foo': value, bar: value`: each key (a string or a name) with its value's tokens.
    private static func objectEntries(_ body: ArraySlice<ManifestTokens.Item>) -> [(String, ArraySlice<ManifestTokens.Item>)] {
        split(body).compactMap { entry in
            guard let key = entry.first, key.kind == .string || key.kind == .word, isLiteral(key),
                entry.dropFirst().first?.text == ":"
            else { return nil }
            return (key.kind == .string ? String(key.text.dropFirst().dropLast()) : key.text, entry.dropFirst(2))
        }
    }

    /// `{ find: '@foo', replacement: value }, …`: each string `find` with its replacement's tokens.
    private static func arrayEntries(_ body: ArraySlice<ManifestTokens.Item>) -> [(String, ArraySlice<ManifestTokens.Item>)] {
        split(body).compactMap { element in
            guard element.first?.text == "{", let end = closing(Array(element), from: 0), end == element.count - 1 else {
                return nil
            }
            let fields = objectEntries(element.dropFirst().dropLast())
            guard let find = fields.first(where: { $0.0 == "find" })?.1, find.count == 1, let key = find.first,
                key.kind == .string, isLiteral(key), let value = fields.first(where: { $0.0 == "replacement" })?.1
            else { return nil }
            return (String(key.text.dropFirst().dropLast()), value)
        }
    }

    /// The folder a replacement's tokens name, or nil when they are not one of the literal forms.
    static func replacement(_ value: ArraySlice<ManifestTokens.Item>, folder: String) -> String? {
        // A trailing comma before `)` (Prettier's, in a call split over lines) says nothing.
        let value = value.indices.filter { index in
            !(value[index].text == "," && value.indices.contains(index + 1) && value[index + 1].text == ")")
        }.map { value[$0] }
        let words = value.map { $0.kind == .string ? "'" : $0.text }
        let strings = value.filter { $0.kind == .string }
        guard strings.allSatisfy(isLiteral) else { return nil }
        let texts = strings.map { String($0.text.dropFirst().dropLast()) }
        switch words.joined(separator: " ") {
        case "'":
            return texts.first.flatMap { literal($0, folder: folder) }
        case "fileURLToPath ( new URL ( ' , import . meta . url ) )",
            "url . fileURLToPath ( new URL ( ' , import . meta . url ) )", "new URL ( ' , import . meta . url ) . pathname":
            return texts[0].hasPrefix("/") ? nil : ScriptPathAliases.join(folder, texts[0])
        default:
            return resolved(words, texts, folder: folder)
        }
    }

    /// `'/src'`, from vite's root; `` `${__dirname}/src` ``; nil for anything else (`'./src'`, a package's name).
    private static func literal(_ text: String, folder: String) -> String? {
        if text.hasPrefix("${__dirname}") { return ScriptPathAliases.join(folder, String(text.dropFirst(12))) }
        guard text.hasPrefix("/") && !text.hasPrefix("//") else { return nil }
        return ScriptPathAliases.join(folder, String(text.dropFirst()))
    }

    /// `path.resolve(__dirname, 'a', 'b')`, `join(import.meta.dirname, 'a')`, `resolve('a')`: the folder, or nil.
    private static func resolved(_ words: [String], _ texts: [String], folder: String) -> String? {
        var rest = words[...]
        if rest.count > 2, rest[rest.startIndex + 1] == "." { rest = rest.dropFirst(2) }  // `path.`, `nodePath.`
        guard let call = rest.first, call == "resolve" || call == "join", rest.dropFirst().first == "(", rest.last == ")"
        else { return nil }
        var arguments = Array(rest.dropFirst(2).dropLast()).split(separator: ",").map { $0.joined(separator: " ") }
        let isAnchored = arguments.first == "__dirname" || arguments.first == "import . meta . dirname"
        if isAnchored { arguments.removeFirst() }
        guard isAnchored || call == "resolve", !arguments.isEmpty || isAnchored, arguments.allSatisfy({ $0 == "'" }),
            texts.allSatisfy({ !$0.hasPrefix("/") })
        else { return nil }
        return texts.reduce(folder) { ScriptPathAliases.join($0, $1) }
    }

    /// A string without interpolation (`${__dirname}` apart) and not a RegExp; names are literal too.
    private static func isLiteral(_ token: ManifestTokens.Item) -> Bool {
        guard token.kind == .string else { return token.kind == .word }
        guard let quote = token.text.first, quote == "'" || quote == "\"" || quote == "`", token.text.count >= 2,
            token.text.last == quote
        else { return false }
        return !token.text.replacingOccurrences(of: "${__dirname}", with: "").contains("${")
    }

    /// The tokens between commas at the top level of `body` (brackets nest).
    private static func split(_ body: ArraySlice<ManifestTokens.Item>) -> [ArraySlice<ManifestTokens.Item>] {
        var parts: [ArraySlice<ManifestTokens.Item>] = []
        var (depth, start) = (0, body.startIndex)
        for index in body.indices where body[index].kind == .punct {
            switch body[index].text {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                parts.append(body[start..<index])
                start = index + 1
            default: break
            }
        }
        parts.append(body[start..<body.endIndex])
        return parts.filter { !$0.isEmpty }
    }

    /// The index of the bracket closing the `{` or `[` at `open`, or nil (another token, or never closed).
    private static func closing(_ tokens: [ManifestTokens.Item], from open: Int) -> Int? {
        guard tokens[open].text == "{" || tokens[open].text == "[" else { return nil }
        var depth = 0
        for index in open..<tokens.count where tokens[index].kind == .punct {
            switch tokens[index].text {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }
}
