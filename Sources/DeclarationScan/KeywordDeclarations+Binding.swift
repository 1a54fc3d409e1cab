import SourceScan

/// What a keyword's declaration cannot leave its module without (`Declaration.boundName`).
///
/// A modifier of the grammar's `bindingModifiers` before the keyword on its line (`public actual abstract class
/// FileSystem`, `public partial class Policy`) binds the declaration to the others of its name: the name qualified by
/// the namespace or package the file last opened before it, with a generic type's arity (C#'s `ResiliencePipeline`
/// and `ResiliencePipeline<T>` are two types). A Go method or Rust inherent `impl` (`bindingExtensions`) is bound to
/// the type it extends, by its name; a Rust `impl Trait for Type` is not.
package struct DeclarationBinding {
    let source: SymbolSource
    let grammar: DeclarationGrammar
    /// The namespaces the file opens (`package okio.internal`, `namespace Polly.Bulkhead`), by their keyword's index.
    private let namespaces: [(index: Int, name: String)]

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
        guard let keyword = grammar.namespaceKeyword, !grammar.bindingModifiers.isEmpty else {
            namespaces = []
            return
        }
        namespaces = source.tokens.indices.compactMap { index in
            guard source.isWord(index), source.text(source.tokens[index]) == keyword else { return nil }
            let name = Self.dottedName(at: index + 1, in: source)
            return name.isEmpty ? nil : (index, name)
        }
    }

    /// The bound name of the declaration whose keyword is at `index` and whose name is at `nameIndex`, or nil.
    package func boundName(keywordAt index: Int, nameAt nameIndex: Int) -> String? {
        guard !grammar.bindingModifiers.isEmpty, hasBindingModifier(before: index) else { return nil }
        let name = source.text(source.tokens[nameIndex]) + arity(after: nameIndex)
        guard let namespace = namespaces.last(where: { $0.index < index })?.name else { return name }
        return namespace + "." + name
    }

    /// The bound name of an extending declaration of `kind` naming `type`: the type, when the grammar binds the kind.
    package func boundName(extending type: String, kind: String) -> String? {
        grammar.bindingExtensions.contains(kind) ? type : nil
    }

    /// Whether a binding modifier stands before the keyword at `index` on its line, in the same statement.
    private func hasBindingModifier(before index: Int) -> Bool {
        source.wordsBefore(index, within: 8, stoppingAt: [";", "{", "}"]).contains {
            grammar.bindingModifiers.contains(source.text(source.tokens[$0]))
        }
    }

    /// "`1" for one type parameter after the name (`Policy<TResult>`), "`2" for two; "" for none.
    private func arity(after nameIndex: Int) -> String {
        guard source.isPunct(nameIndex + 1, "<") else { return "" }
        // A `<` no `>` closes (a lexer's guess gone wrong) looks no further than a declaration's parameters would go.
        let end = min(source.skipGroup(from: nameIndex + 1, open: "<", close: ">"), nameIndex + 64)
        var depth = 0
        var count = 1
        for cursor in (nameIndex + 1)..<end {
            if source.isPunct(cursor, "<") || source.isPunct(cursor, "(") || source.isPunct(cursor, "[") { depth += 1 }
            if source.isPunct(cursor, ">") || source.isPunct(cursor, ")") || source.isPunct(cursor, "]") { depth -= 1 }
            if depth == 1, source.isPunct(cursor, ",") { count += 1 }
        }
        return "`\(count)"
    }

    /// `okio.internal` from the words and dots at `start`.
    private static func dottedName(at start: Int, in source: SymbolSource) -> String {
        var parts: [String] = []
        var cursor = start
        while source.isWord(cursor) {
            parts.append(source.text(source.tokens[cursor]))
            guard source.isPunct(cursor + 1, "."), source.isWord(cursor + 2) else { break }
            cursor += 2
        }
        return parts.joined(separator: ".")
    }
}
