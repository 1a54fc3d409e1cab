import FunctionTokens
import JavaScriptFunctions
import Lexing
import ScriptFunctions

/// Finds a file's functions in its tokens, with their lines, cyclomatic complexity and nesting depth.
///
/// The grammar comes from the language's `function_style` (`rules/languages.yaml`); each style has its own
/// file here and follows lizard 1.24's rules for where a function starts and ends, so the figures can be
/// compared with lizard's function by function. Complexity is 1 plus the language's `branch_tokens` inside
/// the function, not counting functions nested in it, which are reported on their own.
///
/// **Nesting** is the deepest stack of control blocks inside a function: blocks whose braces (or, in
/// Python and Ruby, indented bodies) belong to `if`, `else`, `for`, `while`, `do`, `switch`/`match`/`when`,
/// `select`, `try`, `catch`/`except`, `finally`, `guard`, `repeat` or `loop`. A function with no such block
/// has 0; `if a { for x in y { … } }` has 2; an `else if` chain stays at 1. Braceless bodies
/// (`if (x) y();`), `case` labels and plain `{ }` blocks add nothing. A block inside a closure that is not
/// reported as a function of its own counts for the enclosing function.
///
/// Every grammar is one forward pass over the tokens with explicit stacks: linear time, no recursion,
/// whatever the nesting depth. Unterminated bodies are dropped, as lizard drops them. Output is sorted by
/// start line.
public struct FunctionDetector: Sendable {
    public let language: Language
    private let style: Style?
    private let branches: WordSet

    /// A grammar, by the `function_style` naming it (`typescript` is `javascript`'s; C's grammar reads C++ for every
    /// language but C).
    enum Style: String, Sendable {
        case c, cpp, objc, java, csharp, php
        case swift, go, zig, rust, kotlin, scala, dart
        case python, javascript, ruby, lua, shell, elixir, erlang, clojure, haskell, ocaml
    }

    public init(language: Language) {
        self.language = language
        self.branches = WordSet(language.branchTokens)
        let name = language.functionStyle == "typescript" ? "javascript" : language.functionStyle
        let style = name.flatMap(Style.init(rawValue:))
        self.style = style == .c && language.name != "C" ? .cpp : style
    }

    /// The functions in `buffer` (the lexer's tokens and codes for `bytes`), sorted by start line.
    public func functions(in buffer: TokenBuffer, bytes: UnsafeBufferPointer<UInt8>) -> [FunctionFacts] {
        guard let style, buffer.count > 0 else { return [] }
        let stream = TokenStream(buffer, bytes: bytes)
        return compiledFunctions(style, stream) ?? scriptFunctions(style, stream)
    }

    /// The compiled languages' grammars (this module's); nil for a scripting language's style.
    private func compiledFunctions(_ style: Style, _ stream: TokenStream) -> [FunctionFacts]? {
        switch style {
        case .c, .cpp, .objc, .java, .csharp, .php:
            return run(CLikeGrammar(stream: stream, branches: branches, style: style))
        case .swift:
            return run(SwiftGrammar(stream: stream, branches: branches))
        case .go:
            return run(GoGrammar(stream: stream, branches: branches))
        case .zig:
            return run(
                GoGrammar(stream: stream, branches: branches, functionKeyword: GoGrammar.codeFn, readsTypes: false))
        case .rust, .kotlin, .scala:
            return run(KeywordGrammar(stream: stream, branches: branches, style: style))
        case .dart:
            return run(DartGrammar(stream: stream, branches: branches))
        default:
            return nil
        }
    }

    /// The scripting and functional languages' grammars (ScriptFunctions' and JavaScriptFunctions').
    private func scriptFunctions(_ style: Style, _ stream: TokenStream) -> [FunctionFacts] {
        switch style {
        case .python:
            return run(PythonGrammar(stream: stream, branches: branches))
        case .javascript:
            return run(JavaScriptGrammar(stream: stream, branches: branches))
        case .ruby, .lua, .shell:
            return endBlockFunctions(style, stream)
        case .elixir:
            return run(ElixirGrammar(stream: stream, branches: branches))
        case .erlang:
            return run(ErlangGrammar(stream: stream, branches: branches))
        case .clojure:
            return run(ClojureGrammar(stream: stream))
        case .haskell:
            return run(HaskellGrammar(stream: stream, branches: branches))
        case .ocaml:
            return run(OCamlGrammar(stream: stream, branches: branches))
        default:
            return []
        }
    }

    /// The grammars of languages whose blocks end with a word (`end`, `fi`, `done`): Ruby's, Lua's and shell's.
    private func endBlockFunctions(_ style: Style, _ stream: TokenStream) -> [FunctionFacts] {
        switch style {
        case .ruby: run(RubyGrammar(stream: stream, branches: branches))
        case .lua: run(LuaGrammar(stream: stream, branches: branches))
        default: run(ShellGrammar(stream: stream, branches: branches))
        }
    }

    /// Runs a grammar made over the file's stream (generic, so each call is specialized to its grammar).
    private func run(_ grammar: some FunctionGrammar) -> [FunctionFacts] {
        var grammar = grammar
        return grammar.run()
    }

    /// The functions in `tokens` (the lexer's output for `bytes`), sorted by start line.
    public func functions(in tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> [FunctionFacts] {
        guard style != nil, !tokens.isEmpty else { return [] }
        return functions(in: TokenBuffer(tokens, bytes: bytes), bytes: bytes)
    }

    /// Lexes `bytes` with `lexer` and finds the functions (a convenience for tests and tools).
    public func functions(lexing bytes: [UInt8], with lexer: Lexer) -> [FunctionFacts] {
        bytes.withUnsafeBufferPointer { buffer in
            let tokens = TokenBuffer()
            _ = lexer.lex(buffer, into: tokens)
            return functions(in: tokens, bytes: buffer)
        }
    }
}

/// What a detector reports per function; declared with the grammars' shared parts, named here so callers
/// depend on FunctionScan alone.
public typealias FunctionFacts = FunctionTokens.FunctionFacts
