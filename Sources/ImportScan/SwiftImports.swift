import SourceScan

/// Swift: `import X`, `import struct X.Y`, and any attributes or access before it (`@testable`,
/// `@_exported`, `@_spi(S)`, `public`); `@_exported` re-exports the module.
///
/// An import inside `#if canImport(X)` is recorded like any other: the `#if` is a directive token and
/// its branches are all lexed. A macro's declaration names the target that implements it as a string,
/// `#externalMacro(module: "MacroExamplesImplementation", type: "…")`: the compiler loads that module as a
/// plugin, so it is a use of the module, which the declaring target must depend on (swift-syntax's
/// MacroExamplesInterface had read as declaring a dependency it never imports).
enum SwiftImports {
    /// The declaration kinds a scoped import may name (`import func Darwin.sqrt`).
    private static let scopedKinds: [StaticString] = [
        "struct", "class", "enum", "protocol", "typealias", "func", "let", "var",
    ]

    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            if reader.isWord(position, "externalMacro"), let module = macroModule(reader, at: position) {
                reader.add(module, .module, line: reader.line(at: position))
                position += 1
                continue
            }
            guard reader.isWord(position, "import"), startsDeclaration(reader, at: position) else {
                position += 1
                continue
            }
            var start = position + 1
            if reader.isWord(start, oneOf: scopedKinds) && reader.isWord(start + 1) { start += 1 }
            guard let (path, end) = reader.path(from: start, separator: ".") else {
                position += 1
                continue
            }
            reader.add(path, .module, line: reader.line(at: position), reexports: isExported(reader, at: position))
            position = end
        }
    }

    /// Whether the attributes and modifiers before `import` at `position` include `@_exported`: it re-exports
    /// the module to the importing module's importers. Looks back over attributes with their arguments and
    /// access modifiers (`@_spi(S) @_exported public import X`), at most 16 tokens.
    private static func isExported(_ reader: ImportReader, at position: Int) -> Bool {
        var index = position - 1
        var depth = 0
        while index >= 0, index >= position - 16 {
            if depth > 0 || reader.isPunct(index, ")") {
                if reader.isPunct(index, ")") { depth += 1 } else if reader.isPunct(index, "(") { depth -= 1 }
            } else if reader.isWord(index) && reader.isPunct(index - 1, "@") {
                if reader.isWord(index, "_exported") { return true }
                index -= 1
            } else if !reader.isWord(index, oneOf: accessModifiers) {
                return false
            }
            index -= 1
        }
        return false
    }

    private static let accessModifiers: [StaticString] = [
        "public", "package", "internal", "fileprivate", "private", "open",
    ]

    /// The module of `#externalMacro(module: "Name", …)` at the word `externalMacro`.
    private static func macroModule(_ reader: ImportReader, at position: Int) -> String? {
        guard reader.isPunct(position - 1, "#"), reader.isPunct(position + 1, "("), reader.isWord(position + 2, "module"),
            reader.isPunct(position + 3, ":"), reader.isString(position + 4)
        else { return nil }
        let module = reader.unquoted(at: position + 4)
        return module.isEmpty ? nil : module
    }

    /// Whether `import` opens a declaration: first on its line, or after `;`, `}`, an attribute's
    /// arguments or a modifier word.
    private static func startsDeclaration(_ reader: ImportReader, at position: Int) -> Bool {
        reader.startsLine(position) || reader.isWord(position - 1)
            || reader.isPunct(position - 1, oneOf: [";", "}", ")"])
    }
}
