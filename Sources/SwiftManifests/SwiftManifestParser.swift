import ModuleGraph
import SourceScan

/// Walks a manifest's tokens once, collecting target declarations and `let` bindings of dependencies.
struct SwiftManifestParser {
    struct Target {
        var name: String
        var kind: ModuleDeclaration.Kind
        var path: String?
        var dependencies: [String]
        var line: Int
        /// A helper's `directory:` (swift-collections' `.target(kind: .exported, name: "_RopeModule", directory:
        /// "RopeModule")`): the folder below `Sources/` or `Tests/` in place of the name; nil for the name's.
        var folderName: String? = nil
    }

    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    var targets: [Target] = []
    var warnings: [ManifestWarning] = []
    /// Top-level `let x = <dependency expression>` bindings, resolved when a list names `x`.
    private var bindings: [String: [String]] = [:]
    /// Declarations named by a helper's parameter (`Target.target(name: name, …)`): worth a warning only when
    /// no target is written out literally anywhere.
    private var computedNames: [ManifestWarning] = []

    init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.tokens = tokens
        self.bytes = bytes
        self.path = path
    }

    private static let kinds: [String: ModuleDeclaration.Kind] = [
        "target": .library, "executableTarget": .executable, "testTarget": .test, "plugin": .plugin,
        "macro": .plugin, "systemLibrary": .other, "binaryTarget": .other,
    ]

    mutating func parse() {
        var index = 0
        while index < tokens.count {
            if word(at: index) == "let" || word(at: index) == "var", index + 1 < tokens.count,
                tokens[index + 1].kind == .word
            {
                index = readBinding(at: index)
                continue
            }
            if let kind = declarationKind(at: index) {
                let close = matching(from: index + 2)
                readTarget(kind: kind, arguments: (index + 3)..<close)
                index = close + 1
                continue
            }
            index += 1
        }
        if targets.isEmpty { warnings += computedNames }
        warnAboutComputedTargets()
    }

    /// Warns when a `for` loop's body declares or appends targets: those cannot be read without running it.
    private mutating func warnAboutComputedTargets() {
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard word(at: index) == "for" else { continue }
            var open = index + 1
            while open < tokens.count && punct(at: open) != "{" { open += 1 }
            let close = matching(from: open)
            let body = open..<min(close, tokens.count)
            let declares = body.contains { cursor in
                guard let name = word(at: cursor) else { return false }
                return (Self.kinds[name] != nil && punct(at: cursor - 1) == "." && punct(at: cursor + 1) == "(")
                    || name == "append"
                    && (word(at: cursor - 2) == "targets" || word(at: cursor - 2) == "products")
            }
            if declares {
                warnings.append(ManifestWarning(
                    path: path, line: Int(tokens[index].line),
                    message: "targets are computed in a loop here; only targets written out literally are read"))
                return
            }
            index = max(index, close)
        }
    }

    /// Reads `let name[: Type] = expression` where the expression names dependencies; returns the next index.
    private mutating func readBinding(at index: Int) -> Int {
        guard let name = word(at: index + 1) else { return index + 1 }
        var cursor = index + 2
        while cursor < tokens.count && punct(at: cursor) != "=" && tokens[cursor].line == tokens[index].line {
            cursor += 1
        }
        guard punct(at: cursor) == "=" else { return index + 2 }
        let start = cursor + 1
        // `let package = Package(…)` is the manifest itself: keep scanning inside it for targets.
        if word(at: start) == "Package" { return start }
        let end = expressionEnd(from: start)
        // `let targets: [CustomTarget] = [.target(kind: …, name: "X"), …]`: declarations to read, not a binding.
        if declaresTargets(in: start..<end) { return start }
        let names = dependencyNames(in: start..<end)
        if !names.isEmpty { bindings[name] = names }
        return max(end, index + 2)
    }

    /// `name: name`: a helper's parameter; the declarations that call the helper are read instead.
    private func isBareWord(_ range: Range<Int>) -> Bool {
        word(at: range.lowerBound) != nil && range.count <= 2
    }

    /// A helper's own kind naming a test (`.test`, `.testSupport`): a test target, found under Tests/.
    private func namesTest(_ range: Range<Int>) -> Bool {
        range.contains { word(at: $0)?.lowercased().contains("test") == true }
    }

    /// Whether `range` holds a declaration with a literal name (a `let` list of a helper's targets).
    private func declaresTargets(in range: Range<Int>) -> Bool {
        range.contains { cursor in
            guard declarationKind(at: cursor) != nil else { return false }
            let close = min(matching(from: cursor + 2), range.upperBound)
            return ((cursor + 3)..<close).contains { word(at: $0) == "name" && punct(at: $0 + 1) == ":" && stringValue(at: $0 + 2) != nil }
        }
    }

    /// The kind of the declaration starting at `index`: `.target(` (or another kind) whose arguments start with
    /// `name:`, or with a `kind:` of the package's own helper (`.target(kind: .exported, name: "X", …)`).
    private func declarationKind(at index: Int) -> ModuleDeclaration.Kind? {
        guard punct(at: index) == ".", let name = word(at: index + 1), let kind = Self.kinds[name],
            punct(at: index + 2) == "(", word(at: index + 3) == "name" || word(at: index + 3) == "kind"
        else { return nil }
        return kind
    }

    private mutating func readTarget(kind declared: ModuleDeclaration.Kind, arguments: Range<Int>) {
        let values = labeledArguments(in: arguments)
        // A plugin product (`.plugin(name: "FormatPlugin", targets: ["Format Source Code"])`) is no target.
        guard declared != .plugin || values["targets"] == nil else { return }
        let (name, targetPath) = (string(values["name"]), string(values["path"]))
        guard let name else {
            let line = arguments.lowerBound < tokens.count ? Int(tokens[arguments.lowerBound].line) : 1
            let warning = ManifestWarning(path: path, line: line, message: "target name is not a string literal")
            if values["name"].map(isBareWord) == true {
                computedNames.append(warning)
            } else {
                warnings.append(warning)
            }
            return
        }
        let nameStart = values["name"]?.lowerBound ?? 0
        var unique: [String] = []
        for dependency in values["dependencies"].map(dependencyNames) ?? [] where !unique.contains(dependency) {
            unique.append(dependency)
        }
        targets.append(Target(
            name: name, kind: values["kind"].map(namesTest) == true ? .test : declared, path: targetPath,
            dependencies: unique, line: nameStart < tokens.count ? Int(tokens[nameStart].line) : 0,
            folderName: string(values["directory"])))
    }

    /// The string literal an argument's value starts with.
    private func string(_ value: Range<Int>?) -> String? { value.flatMap { stringValue(at: $0.lowerBound) } }

    /// Each labelled argument's value (`name: "X"` → the tokens of `"X"`), by its label; the last of a label wins.
    private func labeledArguments(in arguments: Range<Int>) -> [String: Range<Int>] {
        var values: [String: Range<Int>] = [:]
        var cursor = arguments.lowerBound
        while cursor < arguments.upperBound {
            guard let label = word(at: cursor), punct(at: cursor + 1) == ":" else {
                cursor = skipArgument(from: cursor, limit: arguments.upperBound)
                continue
            }
            let valueEnd = skipArgument(from: cursor + 2, limit: arguments.upperBound)
            values[label] = (cursor + 2)..<valueEnd
            cursor = valueEnd
        }
        return values
    }

    /// Names in a dependency expression: `"X"`, `.target(name: "X")`, `.product(name: "X", …)`,
    /// `.byName(name: "X")`, and bound identifiers.
    private func dependencyNames(in range: Range<Int>) -> [String] {
        var names: [String] = []
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let token = tokens[cursor]
            if token.kind == .string, cursor == range.lowerBound || punct(at: cursor - 1) != ":" {
                if let value = stringValue(at: cursor) { names.append(value) }
            } else if token.kind == .word, word(at: cursor) == "name", punct(at: cursor + 1) == ":",
                let value = stringValue(at: cursor + 2)
            {
                names.append(value)
                cursor += 2
            } else if token.kind == .word, let bound = word(at: cursor).flatMap({ bindings[$0] }),
                cursor == range.lowerBound || punct(at: cursor - 1) != "."
            {
                names.append(contentsOf: bound)
            }
            cursor += 1
        }
        return names
    }

    // MARK: - Token helpers

    private func word(at index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].text(in: bytes)
    }

    private func punct(at index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punct else { return nil }
        return tokens[index].text(in: bytes)
    }

    /// A plain string literal's contents (no interpolation), or nil.
    private func stringValue(at index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .string else { return nil }
        let text = tokens[index].text(in: bytes)
        guard text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2, !text.contains("\\(") else { return nil }
        return String(text.dropFirst().dropLast())
    }

    /// The index of the bracket closing the one at `open` (or the end of the tokens).
    private func matching(from open: Int) -> Int {
        var depth = 0
        var index = open
        while index < tokens.count {
            switch punct(at: index) {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return tokens.count
    }

    /// The index after one argument: up to the next `,` at depth 0, or `limit`.
    private func skipArgument(from start: Int, limit: Int) -> Int {
        var depth = 0
        var index = start
        while index < limit {
            switch punct(at: index) {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case ",": if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return limit
    }

    /// The end of a top-level expression: the first token on a new line at depth 0.
    private func expressionEnd(from start: Int) -> Int {
        var depth = 0
        var index = start
        var lastLine = start < tokens.count ? tokens[start].line : 0
        while index < tokens.count {
            if depth == 0 && tokens[index].line != lastLine && index > start {
                let previous = punct(at: index - 1)
                if previous != "," && previous != "(" && previous != "[" && previous != "=" && punct(at: index) != "." {
                    return index
                }
            }
            switch punct(at: index) {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
            lastLine = tokens[index].line
            index += 1
        }
        return tokens.count
    }
}
