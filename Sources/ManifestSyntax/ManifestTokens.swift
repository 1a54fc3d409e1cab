import SourceScan

/// Code tokens of a build script (Gradle, CMake, `setup.py`), lexed by SourceScan's `Lexer`.
///
/// Comments are gone and a string is one token, so `include ':a'` inside a comment or a string never
/// counts. Adjacent tokens with no space between them can be glued back (`my-lib`, `${NAME}_core`).
package struct ManifestTokens: Sendable {
    package struct Item: Hashable, Sendable {
        package var kind: Token.Kind
        package var text: String
        package var line: Int
        /// Whether a space, line break or comment separates this token from the previous one.
        package var isSpaced: Bool

        /// A string literal's contents without its quotes (no escapes resolved); other tokens unchanged.
        package var unquoted: String {
            guard kind == .string else { return text }
            let body = text.drop { $0 != "\"" && $0 != "'" }  // past a prefix such as Python's `r`
            for quote in ["\"\"\"", "'''", "\"", "'"] where body.hasPrefix(quote) {
                var inner = body.dropFirst(quote.count)
                if inner.hasSuffix(quote) { inner = inner.dropLast(quote.count) }
                return String(inner)
            }
            return text
        }
    }

    package let items: [Item]

    package init(_ bytes: [UInt8], grammar: Language) {
        self.init(bytes, lexer: Lexer(language: grammar))
    }

    /// The tokens of `bytes` as `lexer` (made once for a grammar read often) reads them.
    package init(_ bytes: [UInt8], lexer: Lexer) {
        let output = lexer.lex(bytes, collectTokens: true)
        var items: [Item] = []
        items.reserveCapacity(output.tokens.count)
        var previousEnd = -1
        bytes.withUnsafeBufferPointer { buffer in
            for token in output.tokens {
                items.append(
                    Item(
                        kind: token.kind, text: token.text(in: buffer), line: Int(token.line),
                        isSpaced: Int(token.start) != previousEnd))
                previousEnd = token.end
            }
        }
        self.items = items
    }

    /// Unbalanced brackets in a build script: the only breakage a token stream can show.
    package static func bracketProblems(in tokens: [ManifestTokens.Item]) -> [(line: Int, message: String)] {
        var open: [Int] = []
        var problems: [(line: Int, message: String)] = []
        for token in tokens where token.kind == .punct {
            if token.text.contains("(") || token.text.contains("{") || token.text.contains("[") {
                open.append(token.line)
            } else if token.text.contains(")") || token.text.contains("}") || token.text.contains("]") {
                if open.popLast() == nil { problems.append((token.line, "unbalanced closing bracket")) }
            }
        }
        if let first = open.first { problems.append((first, "bracket opened here is never closed")) }
        return problems
    }

    /// Groovy and Kotlin build scripts.
    package static let gradle = Language(
        name: "Gradle script", lineComments: ["//"], blockComments: [.init(open: "/*", close: "*/")],
        strings: [
            .init(open: "\"\"\"", close: "\"\"\"", multiline: true), .init(open: "'''", close: "'''", multiline: true),
            .init(open: "\"", close: "\""), .init(open: "'", close: "'"),
        ])

    /// sbt's `build.sbt` (Scala), read as text: `s"…"`, `raw"…"` and `"""…"""` are strings; a `'` is a character or
    /// a symbol, left as punctuation.
    package static let scala = Language(
        name: "Scala script", lineComments: ["//"], blockComments: [.init(open: "/*", close: "*/")],
        strings: [
            .init(open: "\"\"\"", close: "\"\"\"", escape: nil, multiline: true, prefixes: ["s", "f", "raw"]),
            .init(open: "\"\"\"", close: "\"\"\"", escape: nil, multiline: true),
            .init(open: "\"", close: "\"", prefixes: ["s", "f", "raw"]), .init(open: "\"", close: "\""),
        ])

    /// A `vite.config.ts` (JavaScript or TypeScript), read as text: a template (`${…}` inside it) and a RegExp
    /// literal (`/^@\//`, where an operand may start) are each one string.
    package static let javascript = Language(
        name: "JavaScript config", lineComments: ["//"], blockComments: [.init(open: "/*", close: "*/")],
        strings: [
            .init(open: "`", close: "`", multiline: true, interpolation: "${"), .init(open: "\"", close: "\""),
            .init(open: "'", close: "'"), .init(open: "/", close: "/", expressionStart: true),
        ])

    /// `CMakeLists.txt`.
    package static let cmake = Language(
        name: "CMake script", lineComments: ["#"], blockComments: [.init(open: "#[[", close: "]]")],
        strings: [.init(open: "\"", close: "\"", multiline: true)])

    /// A gem's `.gemspec` (Ruby), read as text.
    package static let ruby = Language(
        name: "Ruby script", lineComments: ["#"], blockComments: [.init(open: "=begin", close: "=end")],
        strings: [.init(open: "\"", close: "\""), .init(open: "'", close: "'")])

    /// Mix's `mix.exs` (Elixir), read as text.
    package static let elixir = Language(
        name: "Elixir script", lineComments: ["#"],
        strings: [
            .init(open: "\"\"\"", close: "\"\"\"", multiline: true), .init(open: "\"", close: "\""),
            .init(open: "'", close: "'"),
        ])

    /// `setup.py`, read as text.
    package static let python = Language(
        name: "Python script", lineComments: ["#"],
        strings: [
            .init(open: "\"\"\"", close: "\"\"\"", multiline: true), .init(open: "'''", close: "'''", multiline: true),
            .init(open: "\"", close: "\"", prefixes: ["r", "b", "u", "f", "rb", "br"]),
            .init(open: "'", close: "'", prefixes: ["r", "b", "u", "f", "rb", "br"]),
            .init(open: "\"", close: "\""), .init(open: "'", close: "'"),
        ])
}
