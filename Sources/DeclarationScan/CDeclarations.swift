import SourceScan

/// Declarations of C, C++ and Objective-C at file scope, where no keyword introduces a function.
///
/// A statement at brace depth zero is read up to its `;` or its body's `{`: the last word before a
/// `(` at parenthesis depth zero names a function (a definition when a body follows, a prototype
/// otherwise); `struct`/`union`/`enum`/`class NAME {` name a type; `typedef … NAME;` a type alias;
/// `… NAME = …;` or `… NAME;` a global. `#define NAME` names a macro. Preprocessor lines, with their
/// `\` continuations, are otherwise skipped, and `extern "C" {` and `namespace X {` are transparent.
package struct CDeclarations {
    let source: SymbolSource

    package init(source: SymbolSource) {
        self.source = source
    }

    private static let notFunctions: Set<String> = [
        "if", "while", "for", "switch", "return", "sizeof", "defined", "__attribute__", "__declspec",
        "alignof", "_Alignof", "typeof", "__typeof__", "_Static_assert", "static_assert", "decltype",
        "__asm__", "asm", "__extension__", "_Pragma", "alignas", "_Alignas", "noexcept",
    ]
    private static let typeKeywords: Set<String> = ["struct", "union", "enum", "class"]
    /// C's and C++'s keywords and built-in types.
    private static let keywords: Set<String> = [
        "alignas", "alignof", "and", "asm", "auto", "bool", "break", "case", "catch", "char", "char8_t", "char16_t",
        "char32_t", "class", "concept", "const", "consteval", "constexpr", "constinit", "const_cast", "continue",
        "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast", "else",
        "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if", "inline", "int",
        "long", "mutable", "namespace", "new", "noexcept", "not", "nullptr", "operator", "or", "private", "protected",
        "public", "register", "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
        "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw", "true", "try",
        "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t",
        "while", "_Bool", "_Atomic", "_Noreturn", "_Thread_local", "restrict",
    ]

    /// The statement being read at depth zero.
    private struct Statement {
        var startLine: Int?
        var function: String?
        /// The token naming `function`.
        var functionToken = 0
        var typeName: String?
        var lastWord: String?
        /// The name in a function pointer's declarator: `(*NAME)` right inside the first parenthesis.
        var pointerName: String?
        var isTypedef = false
        var assigned = false
        var transparent = false
    }

    package func find() -> [FoundDeclaration] {
        let tokens = source.tokens
        let skippedLines = directiveLines()
        var found: [FoundDeclaration] = []
        var depth = 0
        var transparentBlocks = 0
        var parens = 0
        var statement = Statement()
        var bodyOf: FoundDeclaration?
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .directive {
                if source.text(token) == "#define", source.isWord(index + 1), tokens[index + 1].line == token.line {
                    found.append(FoundDeclaration(
                        name: source.text(tokens[index + 1]), kind: "macro", startLine: Int(token.line), isRegion: false))
                }
                continue
            }
            if skippedLines.contains(token.line) { continue }
            if depth > 0 {
                if source.isPunct(index, "{") { depth += 1 }
                if source.isPunct(index, "}") {
                    depth -= 1
                    if depth == 0, let body = bodyOf {
                        found.append(body)
                        bodyOf = nil
                        statement = Statement()
                    }
                }
                continue
            }
            if source.isPunct(index, "}") {
                // The end of `extern "C" {` or `namespace X {`, or a stray brace.
                transparentBlocks = max(0, transparentBlocks - 1)
                statement = Statement()
                continue
            }
            if statement.startLine == nil { statement.startLine = Int(token.line) }
            if token.kind == .word {
                read(word: index, parens: parens, into: &statement)
                continue
            }
            if source.isPunct(index, "(") { parens += 1 }
            if source.isPunct(index, ")") { parens = max(0, parens - 1) }
            if parens > 0 { continue }
            if source.isPunct(index, "=") { statement.assigned = true }
            if source.isPunct(index, "{") {
                let line = statement.startLine ?? Int(token.line)
                if statement.transparent && statement.function == nil {
                    transparentBlocks += 1
                    statement = Statement()
                    continue
                }
                depth += 1
                if let function = statement.function, !statement.assigned, !statement.isTypedef {
                    bodyOf = FoundDeclaration(name: function + testArguments(statement.functionToken), kind: "function", startLine: line)
                } else if let type = statement.typeName, !statement.isTypedef {
                    found.append(FoundDeclaration(name: type, kind: "struct", startLine: line))
                }
            }
            if source.isPunct(index, ";") {
                found.append(contentsOf: ending(statement))
                statement = Statement()
            }
        }
        // A keyword is never a name (`explicit operator bool()`, `template <typename T> int f` read as such).
        return found.filter { !Self.keywords.contains($0.name) }
    }

    /// What the word at `index` tells about the statement (at parenthesis depth `parens`).
    private func read(word index: Int, parens: Int, into statement: inout Statement) {
        let word = source.text(source.tokens[index])
        if word == "typedef" { statement.isTypedef = true }
        if word == "extern" || word == "namespace" { statement.transparent = true }
        if parens == 1 {
            if statement.pointerName == nil && source.isPunct(index + 1, ")")
                && (source.isPunct(index - 1, "*") || source.isPunct(index - 1, "^")) && source.isPunct(index - 2, "(")
            {
                statement.pointerName = word
            }
            return
        }
        guard parens == 0 else { return }
        if Self.typeKeywords.contains(word), source.isWord(index + 1), statement.typeName == nil {
            statement.typeName = source.text(source.tokens[index + 1])
        }
        if source.isPunct(index + 1, "(") && !Self.notFunctions.contains(word) {
            statement.function = word
            statement.functionToken = index
        }
        if !statement.assigned { statement.lastWord = word }
    }

    /// What a statement ending in `;` declares.
    private func ending(_ statement: Statement) -> [FoundDeclaration] {
        let line = statement.startLine ?? 0
        var result: [FoundDeclaration] = []
        if statement.isTypedef, let name = statement.pointerName ?? statement.lastWord {
            result.append(FoundDeclaration(name: name, kind: "typedef", startLine: line))
            if let type = statement.typeName, type != name {
                result.append(FoundDeclaration(name: type, kind: "struct", startLine: line, isRegion: false))
            }
        } else if let name = statement.pointerName {
            result.append(FoundDeclaration(name: name, kind: "variable", startLine: line, isRegion: false))
        } else if let function = statement.function, !statement.assigned {
            result.append(FoundDeclaration(name: function, kind: "prototype", startLine: line, isRegion: false))
        } else if let name = statement.lastWord, !Self.typeKeywords.contains(name) {
            result.append(FoundDeclaration(name: name, kind: "variable", startLine: line, isRegion: false))
        }
        return result
    }

    /// A test framework's macro names its test by its arguments up to the first string literal, as FunctionScan's
    /// functions do (`TEST_CASE("basic usage")`, `TEST(Suite, Name)`): the macro's name is upper case, each argument
    /// one word or literal. "" otherwise. A file split off a test file is then named after its tests, not the macro.
    private func testArguments(_ name: Int) -> String {
        guard source.text(source.tokens[name]).utf8.allSatisfy({ $0 == 95 || (48...57).contains($0) || (65...90).contains($0) })
        else { return "" }
        var arguments: [String] = []
        var index = name + 2
        while index + 1 < source.tokens.count, arguments.count < 4, let argument = macroArgument(index) {
            arguments.append(argument)
            if source.isPunct(index + 1, ")") || source.tokens[index].kind == .string {
                return "(" + arguments.joined(separator: ", ") + ")"
            }
            guard source.isPunct(index + 1, ",") else { return "" }
            index += 2
        }
        return ""
    }

    /// A word or a string literal (cut at 60 bytes); nil for anything else.
    private func macroArgument(_ index: Int) -> String? {
        let token = source.tokens[index]
        guard token.kind == .string || token.kind == .word else { return nil }
        let text = source.text(token)
        return token.kind == .string && text.utf8.count > 60 ? String(text.prefix(59)) + "…\"" : text
    }

    /// Lines that belong to a preprocessor directive: the directive's line and its `\` continuations.
    private func directiveLines() -> Set<Int32> {
        var lines = Set<Int32>()
        let bytes = source.bytes
        for token in source.tokens where token.kind == .directive {
            lines.insert(token.line)
            var line = token.line
            var offset = Int(token.start)
            while offset < bytes.count {
                if bytes[offset] == 10 {
                    var back = offset - 1
                    if back >= 0 && bytes[back] == 13 { back -= 1 }
                    guard back >= 0 && bytes[back] == 92 else { break }
                    line += 1
                    lines.insert(line)
                }
                offset += 1
            }
        }
        return lines
    }
}
