/// Which keywords declare names at top level in one family of languages.
///
/// Data, not code: adding a language means adding its keywords here, keyed by the `function_style`
/// (or `import_style`) it has in `rules/languages.yaml`.
package struct DeclarationGrammar: Sendable {
    package enum Mode: Sendable {
        /// A declaring keyword followed by the name, at brace depth zero (`namespaceBraces` aside).
        case keyword
        /// A declaring keyword in column one (indentation-structured languages).
        case column
        /// C, C++ and Objective-C: functions by `name(` at depth zero, types by `struct`/`typedef`.
        case c
        /// OCaml: structure items by layout, closed by the next item (`OCamlDeclarations`).
        case ocaml
        /// Lua: statements starting their line outside every block and bracket (`LuaDeclarations`).
        case lua
    }

    package var mode: Mode
    /// Keywords followed by a declared name.
    var declaring: Set<String>
    /// Keywords followed by the name of a type they extend (a region, but no new name).
    var extending: Set<String> = []
    /// Words that may stand between a keyword and the name (`class func`, `async def`).
    var skipped: Set<String> = []
    /// Keywords whose `(`…`)` group lists several names, one per line (Go's `var (…)`).
    var grouping: Set<String> = []
    /// Keywords that may take type parameters and a receiver before the name (Kotlin's `fun <T> List<T>.second`).
    var receiving: Set<String> = []
    /// Whether the braces of `namespace Name { … }` are no level (C#, PHP): its types are top level, as they are
    /// after a file-scoped `namespace Name;`, and the types and methods inside them are not.
    var namespaceBraces = false
    /// Macros whose brackets at top level are no level, as a namespace's braces are, whichever the invocation uses
    /// (`name! { … }`, `name!( … );`, `name![ … ];`): the items inside are the file's (Rust's `pin_project! { pub
    /// struct Foo { … } }`, `bitflags! { pub struct Flags: u32 { … } }`, `lazy_static! { static ref X: T = …; }`,
    /// `thread_local!(static Y: … );`). Any other macro's body stays opaque, `macro_rules!` templates too.
    var itemMacros: Set<String> = []
    /// Whether `do … end` and `fn … end` blocks nest as braces do (Elixir): only a declaration outside every block
    /// is a region, ending at its own `end`; one inside a block (a nested module, a module a test or a `quote`
    /// defines) only declares its name.
    var endBlocks = false
    /// Whether a capitalized word joined by `.` to another capitalized word or a `{` names a namespace, no module
    /// (Elixir: `Phoenix.Channel` uses `Channel`, not a `Mix.Tasks.Compile.Phoenix` declared as `Phoenix`; `alias
    /// Phoenix.Socket.{Message}` uses `Message`).
    package var aliasChains = false
    /// Words that, in column one, start a top-level declaration whatever brackets came before: JavaScript's
    /// regex literals (`/[\\"']/`) are no tokens of the lexer, and one can leave a bracket open to the end.
    var topLevelInColumnOne: Set<String> = []
    /// Whether a word in column one followed by `::` declares a function (Haskell's type signatures).
    var signatures = false
    /// Modifiers that keep a top-level declaration to its file (Swift's `private`, `fileprivate`; not `private(set)`):
    /// no other file uses it by name.
    var privateModifiers: Set<String> = []
    /// The keyword exporting a declaration from a module file (JavaScript's and TypeScript's `export`): in a file that
    /// exports anything, a declaration it exports neither inline nor in an `export { … }` list is the file's own.
    var exportKeyword: String?
    /// The keyword without which a top-level item is its module's (Rust's `pub`, in every form but `pub(self)`): only
    /// its file and the files of its submodules use it by name (`SymbolGraph.submoduleFolder(of:)`).
    var publicKeyword: String?
    /// Words right after a declaring keyword: passed over before the name (Haskell's `type family F`), or making
    /// it no declaration of a name (`type instance F Int = …`).
    var passedAfterKeyword: Set<String> = []
    var cancellingAfterKeyword: Set<String> = []
    /// Operators after which a word names a member (`buf.len()`, `$this->name`, `Request::create`), which no
    /// top-level declaration of another file is: such a word is no use (tokio's free `fn clone` is not what
    /// `.clone()` calls). Empty where a module's names are reached by a dot (Go, Python, Java, Haskell).
    package var memberAccess: [StaticString] = []
    /// The separator of a qualified name, also the prefix of a name in the global namespace (PHP's `\`): a global
    /// name (`\json_encode`, `\Exception`) is the language's own, not a use of a project's namespaced declarations,
    /// and a segment before the separator names a namespace (`Psr\Http\Client\X`'s `Client`), no declaration.
    package var globalPrefix: StaticString?
    /// Whether some words are no uses of a top-level name (Rust): a method's name after `fn` (every `impl Stream`
    /// defines `poll_next`) and a member after a type's path segment (`Poll::Pending`, `Self::Item`, capitalized).
    package var membersAreNoUses = false
    /// Modifiers binding a declaration to the others of its name and namespace in the module (Kotlin's `expect` and
    /// `actual`, C#'s `partial`): the compiler joins them, so they leave the module together or not at all
    /// (`Declaration.boundName`, `BoundFiles`).
    var bindingModifiers: Set<String> = []
    /// The keyword naming the namespace or package of the declarations after it (Kotlin's `package`, C#'s
    /// `namespace`): it qualifies a bound declaration's name.
    var namespaceKeyword: String?
    /// Extending kinds that must stay in the module declaring the type they extend: Go's methods (`method`) and Rust's
    /// inherent `impl`s (an `impl Trait for Type` is not bound: it follows the orphan rule).
    var bindingExtensions: Set<String> = []
    /// Keywords declaring a type directly inside a top-level `extension X { … }` (Swift): the file declares its name
    /// (`ExtensionMemberTypes`).
    package var extensionMemberTypes: Set<String> = []
    /// Words that close a block as a closing brace does, continuing the statement they end (Julia's `end`:
    /// `StatementEnds`).
    var closingWords: Set<String> = []
    /// Calls that, in column one, are a test file's units (JavaScript's `describe(…)`, `test(…)`:
    /// `TestCallDeclarations`).
    var testCalls: Set<String> = []
    /// JavaScript's and TypeScript's test calls: a test file's units, each declared with the call as its kind.
    package static let javaScriptTestCalls: Set<String> = ["describe", "suite", "test", "it", "context"]
    /// Functions whose call a declaration's value is imports the name, declaring no region (JavaScript's
    /// `const x = require(…)`).
    var importCalls: Set<String> = []
    /// Whether a file declares its extension members (C#'s `Name(this T x, …)` methods and the members of its
    /// `extension(T x) { … }` blocks: `CSharpExtensionMembers`), which other files call as members.
    package var extensionMembers = false
    /// Keywords whose name is the last word before their parameters, after a return type (C#'s `delegate void F(…)`
    /// declares `F`, not `void`).
    var namedBeforeParameters: Set<String> = []
    /// Whether its files declare module files by `mod x;` (Rust: `SymbolFacts.moduleItems`).
    package var declaresModuleFiles = false
    /// Whether a file declares the module its `-module(name).` attribute names (Erlang): the name other files'
    /// remote calls use (`cowboy_http3:init(…)`).
    package var moduleAttribute = false
    /// Whether a module's names are reached by a dot after the name an import binds (Python's `typing.Mapping`): the
    /// file records the names it writes only so, with the first word of each dotted path (`SymbolFacts.qualifiers`).
    package var moduleQualifiers = false
    /// Keywords declaring a type wherever they start a line, indented too (Ruby's `class Example` inside `module
    /// RSpec` and `module Core`, `class Formatters::Loader`: `Loader`): the name only, in the column-one region
    /// around it.
    var nestedTypes: Set<String> = []
    /// Whether constants are named by `::` paths resolved through the modules around them (Ruby): the file records
    /// the whole names it declares and those its paths may mean (`SymbolFacts.qualifiedDeclarations`, `qualifiers`).
    package var constantPaths = false

    package static func forStyle(_ style: String?) -> DeclarationGrammar {
        switch style {
        case "swift":
            DeclarationGrammar(
                mode: .keyword,
                declaring: ["class", "struct", "enum", "protocol", "actor", "func", "typealias", "let", "var", "macro"],
                extending: ["extension"], skipped: ["final", "indirect"], privateModifiers: ["private", "fileprivate"],
                extensionMemberTypes: ["class", "struct", "enum", "protocol", "actor", "typealias"])
        case "go":
            DeclarationGrammar(
                mode: .keyword, declaring: ["type", "func", "var", "const"], grouping: ["type", "var", "const"],
                bindingExtensions: ["method"])
        case "rust":
            DeclarationGrammar(
                mode: .keyword,
                declaring: ["fn", "struct", "enum", "trait", "type", "const", "static", "union", "mod"],
                extending: ["impl"], skipped: ["mut", "unsafe", "async", "extern", "ref"],
                itemMacros: ["pin_project", "bitflags", "lazy_static", "thread_local"], publicKeyword: "pub",
                memberAccess: [".", "?."], membersAreNoUses: true, bindingExtensions: ["impl"], declaresModuleFiles: true)
        case "javascript":
            DeclarationGrammar(
                mode: .keyword,
                declaring: ["function", "class", "const", "let", "var", "interface", "type", "enum", "namespace"],
                skipped: ["async", "abstract", "declare"],
                topLevelInColumnOne: ["export", "function", "class", "const", "let", "var", "interface", "type", "enum"],
                exportKeyword: "export", memberAccess: [".", "?."],
                testCalls: Self.javaScriptTestCalls, importCalls: ["require"])
        case "java", "kotlin", "scala":
            // Their modifiers (`data class`, `sealed trait`, `case object`) stand before the keyword, never between
            // it and the name: skipping them there made cats' `package object data extends …` declare `extends`.
            // Kotlin's top-level `private` is its file's (okio's `private val Int.hex` in ZipFiles.kt had been what
            // ByteString's `hex()` used); Scala's is its package's, and Java has none.
            DeclarationGrammar(
                mode: .keyword,
                declaring: ["class", "interface", "enum", "record", "object", "trait", "fun", "typealias", "val", "def"],
                receiving: ["fun", "val"], privateModifiers: style == "kotlin" ? ["private"] : [],
                bindingModifiers: style == "kotlin" ? ["expect", "actual"] : [],
                namespaceKeyword: style == "kotlin" ? "package" : nil)
        default:
            others(style)
        }
    }

    /// C#, PHP, the scripting languages (Lua's statements by `LuaDeclarations`), Elixir, Haskell, C, Objective-C and OCaml, and a default for the rest.
    private static func others(_ style: String?) -> DeclarationGrammar {
        switch style {
        case "csharp":
            DeclarationGrammar(
                mode: .keyword, declaring: ["class", "interface", "enum", "record", "struct", "delegate"],
                skipped: ["static", "sealed", "abstract", "partial", "readonly", "ref"], namespaceBraces: true,
                bindingModifiers: ["partial"], namespaceKeyword: "namespace", extensionMembers: true,
                namedBeforeParameters: ["delegate"])
        case "php":
            DeclarationGrammar(
                mode: .keyword, declaring: ["function", "class", "interface", "trait", "enum"],
                skipped: ["abstract", "final", "readonly"], namespaceBraces: true, memberAccess: ["->", "::"],
                globalPrefix: "\\")
        case "python", "haskell", "ruby", "lua", "elixir", "erlang":
            scripting(style)
        case "c", "objc":
            DeclarationGrammar(mode: .c, declaring: ["struct", "union", "enum", "class"], memberAccess: [".", "->"])
        case "ocaml":
            DeclarationGrammar(
                mode: .ocaml, declaring: ["let", "type", "module", "exception", "external", "class", "val"])
        default:
            // Julia's `struct … end` and `function … end` end at their `end` (DataFrames.jl's `struct A_TYPE` had run
            // over 378 lines of `@testset` blocks to the next declaration).
            DeclarationGrammar(
                mode: .keyword,
                declaring: [
                    "class", "struct", "enum", "interface", "trait", "protocol", "func", "function", "fn", "def",
                ],
                closingWords: ["end"])
        }
    }

    /// Python, Haskell, Ruby, Lua, Elixir and Erlang.
    private static func scripting(_ style: String?) -> DeclarationGrammar {
        switch style {
        case "haskell":
            // Top-level bindings start in column one: `name :: Type` signs a function, `data`, `newtype`, `type`
            // and `class` declare types (`instance` and equations without a signature name nothing new).
            DeclarationGrammar(
                mode: .column, declaring: ["data", "newtype", "type", "class"], signatures: true,
                passedAfterKeyword: ["family"], cancellingAfterKeyword: ["instance"])
        case "ruby":
            DeclarationGrammar(
                mode: .column, declaring: ["def", "class", "module"], nestedTypes: ["class", "module"],
                constantPaths: true)
        case "lua":
            // Modules are tables whose fields another file reaches by a dot (`actions.close`): members are uses.
            DeclarationGrammar(mode: .lua, declaring: ["function", "local"])
        case "elixir":
            // Functions live in their module: a file's parts that can move are its top-level modules (`defmodule
            // Phoenix.VerifiedRoutes` is `VerifiedRoutes`), not its `def`s nor the modules nested in a block (which
            // take their parent's name); an implementation extends its protocol.
            DeclarationGrammar(
                mode: .keyword, declaring: ["defmodule", "defprotocol"], extending: ["defimpl"],
                receiving: ["defmodule", "defprotocol"], endBlocks: true, aliasChains: true)
        case "erlang":
            // A module is its file: other files reach its functions by the module's name (`cowboy_http3:init(…)`).
            DeclarationGrammar(mode: .keyword, declaring: [], moduleAttribute: true)
        default:  // Python
            DeclarationGrammar(mode: .column, declaring: ["def", "class"], skipped: ["async"], moduleQualifiers: true)
        }
    }
}
