import Foundation
import SourceScan

/// The `resolve.alias` (and vitest's `test.alias`) of each tracked `vite.config.*`, `vitest.config.*` and webpack
/// config (`webpack.config.js`, `webpack.common.js`, `build/webpack.base.conf.js`; craco's, Vue CLI's and next.js's
/// configs, which hand theirs to webpack, `config.resolve.alias = {…}` included), read as text, never run:
/// `'@foo': path.resolve(__dirname, 'src/foo')` in the object form, `{ find: '@foo', replacement: … }` in vite's
/// array form. Apps and their tests import their own code through them (vite's playground `js-sourcemap` imports
/// `@vitejs/test-dep-class-field-sourcemap-oxc` through one), so without them the import named a package nobody
/// declared.
///
/// Only literal forms are read; an alias whose key or replacement is anything else (a RegExp `find`, a variable, a
/// call of another function, a package name) is ignored. A replacement is a folder of the repository when it is
/// `path.resolve(…)` or `path.join(…)` (any object's, or imported bare) of `__dirname`, `import.meta.dirname` and string
/// literals (`resolve` without them starts at the config's folder, where vite runs), `fileURLToPath(new URL('./x',
/// import.meta.url))` or `new URL('./x', import.meta.url).pathname`, `` `${__dirname}/x` ``, or a literal `/x` (vite
/// reads it from its root, the config's folder). A relative literal (`'./src'`) is used by vite as written, relative to
/// each importer, and is ignored.
///
/// Output: per folder whose files the aliases serve (`""` for the repository root), (pattern, target) pairs in the
/// written order, each key as itself and as `key/*` (@rollup/plugin-alias and webpack: the key, or the key then `/`;
/// webpack's `vue$` is `vue` alone), ready for ImportResolver, which takes the first pattern that matches. A vite
/// config serves its own folder, vite's root; a webpack config the project it builds, the nearest folder at or
/// above it with a `package.json` (webpack runs there: a Vue 2 template's `build/webpack.base.conf.js` serves `src/`).
public enum BundlerAliases {
    public static func read(paths: [String], read: (String) -> [UInt8]?) -> [String: [(pattern: String, target: String)]] {
        var result: [String: [(pattern: String, target: String)]] = [:]
        var packages: Set<String>?
        for path in paths {
            let isWebpack = isWebpackConfig(path)
            guard isWebpack || isConfig(path), let bytes = read(path) else { continue }
            let folder = ScriptPathAliases.folder(of: path)
            let aliases = Self.aliases(in: ManifestTokens(bytes, grammar: ManifestTokens.javascript).items, folder: folder)
            guard !aliases.isEmpty else { continue }
            if isWebpack { packages = packages ?? packageFolders(paths) }
            result[isWebpack ? project(of: folder, packages: packages ?? []) : folder, default: []] += aliases
        }
        return result
    }

    /// Whether `path` names a vite or vitest config (`vite.config.ts`, `vitest.config.mjs`).
    static func isConfig(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        guard name.hasPrefix("vite.config.") || name.hasPrefix("vitest.config.") else { return false }
        return isScript(name)
    }

    /// Whether `path` names a webpack config (`webpack.config.js`, `webpack.prod.js`, `webpack.base.conf.js`) or
    /// the config of a tool that hands its aliases to webpack (`craco.config.js`, `vue.config.js`, `next.config.mjs`).
    static func isWebpackConfig(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        let tools = ["webpack.", "craco.config.", "vue.config.", "next.config."]
        return tools.contains { name.hasPrefix($0) } && isScript(name)
    }

    private static func isScript(_ name: Substring) -> Bool {
        ["js", "mjs", "cjs", "ts", "mts", "cts"].contains { name.hasSuffix("." + $0) }
    }

    /// The folders holding a `package.json`.
    private static func packageFolders(_ paths: [String]) -> Set<String> {
        Set(paths.filter { $0 == "package.json" || $0.hasSuffix("/package.json") }.map(ScriptPathAliases.folder(of:)))
    }

    /// The nearest folder at or above `folder` holding a `package.json`; `folder` itself when none does.
    private static func project(of folder: String, packages: Set<String>) -> String {
        var candidate = folder
        while !packages.contains(candidate) {
            if candidate.isEmpty { return folder }
            candidate = ScriptPathAliases.folder(of: candidate)
        }
        return candidate
    }

    /// The aliases of every `alias: {…}` and `alias: […]` in a config's tokens.
    static func aliases(in tokens: [ManifestTokens.Item], folder: String) -> [(pattern: String, target: String)] {
        var found: [(pattern: String, target: String)] = []
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            // `alias: {…}`, or next.js's `config.resolve.alias = {…}`.
            guard tokens[index].unquoted == "alias", tokens[index].kind != .punct,
                tokens[index + 1].text == ":" || tokens[index + 1].text == "=", let end = closing(tokens, from: index + 2)
            else { continue }
            let body = tokens[(index + 3)..<end]
            let entries = tokens[index + 2].text == "{" ? objectEntries(body) : arrayEntries(body)
            for (key, value) in entries {
                guard !key.isEmpty, !key.contains("*"), let target = replacement(value, folder: folder) else { continue }
                // webpack's `vue$`: the name alone, not what lies below it.
                found += key.hasSuffix("$") ? [(String(key.dropLast()), target)] : [(key, target), (key + "/*", target + "/*")]
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
