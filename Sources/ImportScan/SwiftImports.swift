import SourceScan

/// Swift: `import X`, `import struct X.Y`, and any attributes or access before it (`@testable`,
/// `@_exported`, `@_spi(S)`, `public`).
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
            reader.add(path, .module, line: reader.line(at: position))
            position = end
        }
    }

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
