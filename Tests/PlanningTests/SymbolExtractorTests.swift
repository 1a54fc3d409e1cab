import RuleCatalog
import SourceScan
import SymbolScan
import Testing

/// Lexes `text` as `language` and extracts its symbols.
func symbols(_ text: String, as language: String) throws -> SymbolFacts {
    let table = try RuleCatalog.bundled().languages
    let index = try #require(table.languages.firstIndex { $0.name == language })
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        let tokens = table.lexers[index].lex(buffer, collectTokens: true).tokens
        return SymbolExtractor(language: table.languages[index]).symbols(in: tokens, bytes: buffer)
    }
}

@Suite struct SymbolExtractorTests {
    /// A namespace's braces are no level, and a file-scoped namespace has none: the types inside a type and the
    /// methods of a PHP class are not top level (AutoMapper's nested `Destination` classes, symfony's mailer methods).
    @Test func csharpAndPHPNamespacesInEitherFormHoldTheTopLevel() throws {
        let fileScoped = try symbols(
            "namespace App.Tests;\npublic class SpecA : Base\n{\n    public class Destination { }\n}\n"
                + "public class SpecB\n{\n    public class Destination { }\n}\n", as: "C#")
        let block = try symbols(
            "namespace App {\n  namespace Inner {\n    class A {\n      class Nested { }\n    }\n  }\n  interface I { }\n}\n",
            as: "C#")
        let php = try symbols(
            "<?php\nnamespace Symfony\\Mailer;\n\nclass Mailer\n{\n    public function __construct() {}\n"
                + "    public static function create() {}\n}\nfunction helper() {}\n", as: "PHP")

        #expect(fileScoped.declarations.map(\.name) == ["SpecA", "SpecB"])
        #expect(block.declarations.map(\.name) == ["A", "I"])
        #expect(php.declarations.map(\.name) == ["Mailer", "helper"])
    }

    /// JVM modifiers stand before the keyword, so the word after it is the name even when it spells one (cats'
    /// `package object data extends …` declared `extends`); elsewhere a modifier is passed over only before a word.
    /// TypeScript's `as const` declares nothing (vite's `} as const` declared the `export` after it).
    @Test func aModifierAfterTheKeywordIsTheNameWhenNoWordFollowsIt() throws {
        let scala = try symbols("package cats\n\npackage object data extends Base {\n  type T = Int\n}\n", as: "Scala")
        let kotlin = try symbols("data class Point(val x: Int)\nsealed interface Shape\nenum class Color { RED }\n", as: "Kotlin")
        let swift = try symbols("let final = 1\nfinal class Cache {}\n", as: "Swift")
        let rust = try symbols("pub static mut COUNT: u32 = 0;\n", as: "Rust")
        let typescript = try symbols(
            "export const names = {\n  a: 'a',\n} as const\n\nexport function analyze() {}\n", as: "TypeScript")

        #expect(scala.declaredNames == ["data"])
        #expect(kotlin.declaredNames == ["Color", "Point", "Shape"])
        #expect(swift.declaredNames == ["Cache", "final"])
        #expect(rust.declaredNames == ["COUNT"])
        #expect(typescript.declaredNames == ["analyze", "names"])
    }

    /// PHP's `use function A\\b;` imports a function, and an anonymous class (`return new class extends Migration`,
    /// `export default class extends Base`) declares no name: laravel's Foundation declared `Illuminate` and
    /// `extends`, which every importer of its namespaces seemed to use.
    @Test func importedFunctionsAndAnonymousClassesDeclareNothing() throws {
        let php = try symbols(
            "<?php\nnamespace App;\n\nuse function Illuminate\\Support\\enum_value;\n\n"
                + "return new class extends Migration {\n    public function up() {}\n};\n"
                + "$x = new class implements Contract {};\nfunction helper() {}\n", as: "PHP")
        let typescript = try symbols("export default class extends Base {\n  run() {}\n}\nexport class Named {}\n", as: "TypeScript")

        #expect(php.declaredNames == ["helper"])
        #expect(typescript.declaredNames == ["Named"])
    }

    /// PHP's `\json_encode()` and `\Exception` name the global namespace's, which a namespaced project does not
    /// declare: guzzle's `src/functions.php` declares `GuzzleHttp\json_encode`, and `SessionCookieJar.php`'s
    /// `\json_encode()` is PHP's own. A qualified name's last segment is a use (`\GuzzleHttp\Utils::x`), the
    /// namespaces before it are not (`use Psr\Http\Client\ClientExceptionInterface` uses no class `Client`).
    @Test func aPHPGlobalNameIsNoUseOfTheProjectsNames() throws {
        let php = try symbols(
            "<?php\nnamespace A\\B;\n\nuse Psr\\Http\\Client\\ClientExceptionInterface;\n$x = \\json_encode($y) . \\GuzzleHttp\\Utils::jsonDecode($z);\n"
                + "try { throw new \\Exception(helper()); } catch (\\RuntimeException $e) {}\n", as: "PHP")

        #expect(!php.uses.contains("json_encode") && !php.uses.contains("Exception") && !php.uses.contains("RuntimeException"))
        #expect(php.uses.contains("Utils") && php.uses.contains("helper") && php.uses.contains("ClientExceptionInterface"))
        #expect(!php.uses.contains("GuzzleHttp") && !php.uses.contains("Client") && !php.uses.contains("B"))
    }

    /// A PHP file's namespace and the names it qualifies, which tell which of the files declaring a name it means.
    @Test func aPHPFileRecordsItsNamespaceAndQualifiedNames() throws {
        let php = try symbols(
            "<?php\nnamespace PhpParser\\Parser;\n\nuse PhpParser\\Node\\Stmt;\n"
                + "$x = new Stmt\\Trait_($y) . \\GuzzleHttp\\Utils::jsonDecode($z) . new \\Exception();\n", as: "PHP")
        let twoNamespaces = try symbols("<?php\nnamespace A { class X {} }\nnamespace B { class Y {} }\n", as: "PHP")

        #expect(php.namespace == "PhpParser\\Parser")
        #expect(php.qualifiedUses == ["GuzzleHttp\\Utils", "PhpParser\\Node\\Stmt", "Stmt\\Trait_"])
        #expect(twoNamespaces.namespace == nil)
        #expect(try symbols("<?php\nfunction f() {}\n", as: "PHP").namespace == nil)
        #expect(try symbols("package a\n\nfunc F() {}\n", as: "Go").namespace == nil)
    }

    /// A member (`buf.len()`, `$this->name`, `Request::create`) refers to no top-level declaration where modules
    /// are not reached by a dot: tokio's free `fn clone` is not what `.clone()` calls.
    @Test func membersAreNoUsesWhereNoModuleIsReachedByADot() throws {
        let rust = try symbols("fn size(buf: &Buf) -> usize {\n    buf.clone().len() + res?.take()\n}\n", as: "Rust")
        let php = try symbols("<?php\nfunction f($x) { return $x->name . Request::create() . helper(); }\n", as: "PHP")
        let typescript = try symbols("function f() {\n  console.error(error(1))\n}\n", as: "TypeScript")
        let python = try symbols("import os\n\ndef f():\n    return os.path\n", as: "Python")

        #expect(!rust.uses.contains("clone") && !rust.uses.contains("len") && !rust.uses.contains("take"))
        #expect(rust.uses.contains("buf") && rust.uses.contains("Buf"))
        #expect(!php.uses.contains("name") && !php.uses.contains("create"))
        #expect(php.uses.contains("Request") && php.uses.contains("helper"))
        #expect(typescript.uses.contains("error") && typescript.uses.contains("console"))
        #expect(python.uses.contains("path"))
    }

    @Test func swiftTopLevelDeclarationsAreNamedAndMembersAreNot() throws {
        let text = """
            import Foundation

            public struct Parser {
                func parse() {}
                var depth = 0
            }

            final class Cache {}
            extension Parser {
                static let shared = Parser()
            }
            func helper() -> Cache { Cache() }
            let limit = 3
            """

        let facts = try symbols(text, as: "Swift")

        #expect(facts.declaredNames == ["Cache", "Parser", "helper", "limit"])
        #expect(facts.declarations.map(\.name) == ["Parser", "Cache", "Parser", "helper", "limit"])
        #expect(facts.declarations.map(\.kind) == ["struct", "class", "extension", "func", "let"])
        #expect(facts.declarations.map(\.startLine) == [3, 8, 9, 12, 13])
        #expect(facts.declarations.first?.codeLines == 4)
        #expect(facts.uses.contains("Cache") && facts.uses.contains("Foundation"))
    }

    /// Swift's `import struct WinSDK.ip_mreq` (swift-nio's SocketChannel.swift) and TypeScript's `import type` import
    /// a name, they declare none.
    @Test func anImportOfOneDeclarationDeclaresNothing() throws {
        let swift = try symbols("import let WinSDK.EMFILE\nimport struct WinSDK.ip_mreq\n\nstruct Channel {}\n", as: "Swift")
        let typescript = try symbols("import type Foo from './foo'\nexport interface Bar {}\n", as: "TypeScript")

        #expect(swift.declarations.map(\.name) == ["Channel"])
        #expect(typescript.declarations.map(\.name) == ["Bar"])
    }

    /// Rust's `'static` lifetime is no `static` item: pydantic-core's `fn plural_s(…) -> &'static str` had declared `str`.
    @Test func aStaticLifetimeDeclaresNothing() throws {
        let rust = try symbols("fn plural_s(value: u8) -> &'static str {\n    \"s\"\n}\nstatic LOOKUP: u8 = 1;\n", as: "Rust")

        #expect(rust.declarations.map(\.name) == ["plural_s", "LOOKUP"])
    }

    @Test func goDeclaresTypesFunctionsAndGroupsButNotMethods() throws {
        let text = """
            package web

            type Router struct{ routes []string }

            func (r *Router) Handle(path string) {}

            func NewRouter() *Router { return &Router{} }

            var (
                DefaultPort = 80
                debug       = false
            )
            """

        let facts = try symbols(text, as: "Go")

        #expect(facts.declaredNames == ["DefaultPort", "NewRouter", "Router", "debug"])
        #expect(facts.declarations.map(\.name) == ["Router", "Router", "NewRouter", "DefaultPort"])
    }

    @Test func goBlankIdentifierKeepsItsRegionButNamesNothing() throws {
        let text = """
            package web

            var _ Handler = (*Router)(nil)

            var (
                _      = fmt.Sprintf
                Routes = 3
            )

            func NewRouter() *Router { return &Router{} }
            """

        let facts = try symbols(text, as: "Go")

        #expect(facts.declaredNames == ["NewRouter", "Routes"])
        #expect(facts.declarations.map(\.name) == ["_", "_", "NewRouter"])
    }

    @Test func cPlusPlusKeywordsAreNeverNames() throws {
        // abseil's bits.h and status.h: a plan asked //absl/container to declare an interface with `class`, `int`
        // and `operator` among the names it used from //absl/numeric and //absl/status.
        let text = """
            template <class T>
            [[nodiscard]] constexpr std::enable_if_t<std::is_unsigned_v<T>, T> rotl(
                T x, int s) noexcept {
              return numeric_internal::RotateLeft(x, s);
            }

            bool operator==(const Status& a, const Status& b);
            inline int Twice(int x) { return 2 * x; }
            """

        let facts = try symbols(text, as: "C++")

        #expect(facts.declaredNames.allSatisfy { !["class", "int", "bool", "operator", "typename", "void"].contains($0) },
            "\(facts.declaredNames)")
        #expect(facts.declaredNames.contains("rotl") && facts.declaredNames.contains("Twice"))
    }

    @Test func cDeclaresFunctionsTypesGlobalsAndMacros() throws {
        let text = """
            #include "server.h"
            #define MAX_LEN 16

            typedef struct list { int len; } list;
            static int counter = 0;
            int listLength(list *l);

            static int
            listAdd(list *l, int value) {
                if (l->len < MAX_LEN) { l->len++; }
                return l->len;
            }
            """

        let facts = try symbols(text, as: "C")

        #expect(facts.declaredNames == ["MAX_LEN", "counter", "list", "listAdd", "listLength"])
        #expect(facts.declarations.map(\.name) == ["list", "listAdd"])
        #expect(facts.declarations.last?.startLine == 8)
        #expect(facts.declarations.last?.endLine == 12)
    }

    @Test func cFunctionPointersAreNamedByTheirDeclaratorNotTheirReturnType() throws {
        let text = """
            typedef void *(*moduleTypeLoadFunc)(struct RedisModuleIO *io, int encver);
            typedef size_t (*moduleTypeMemUsageFunc)(const void *value);
            typedef void (^Completion)(int status);
            int (*compare)(const void *, const void *) = byName;
            void qsort(void *base, int (*cmp)(const void *, const void *));
            """

        let facts = try symbols(text, as: "C")

        #expect(facts.declaredNames == ["Completion", "compare", "moduleTypeLoadFunc", "moduleTypeMemUsageFunc", "qsort"])
        #expect(facts.declarations.map(\.name) == ["moduleTypeLoadFunc", "moduleTypeMemUsageFunc", "Completion"])
    }

    /// kotlinpoet's `@ExperimentalKotlinPoetApi` marks half its files: a module split had been named after it.
    @Test func anAnnotationIsItsOwnKind() throws {
        let kotlin = try symbols("package a\n\nannotation class ExperimentalApi\nenum class Mode { A }\nclass Spec\n", as: "Kotlin")
        let java = try symbols("package a;\n\npublic @interface Beta {}\ninterface Reader {}\n", as: "Java")

        #expect(kotlin.declarations.map { "\($0.name):\($0.kind)" } == ["ExperimentalApi:annotation", "Mode:class", "Spec:class"])
        #expect(java.declarations.map { "\($0.name):\($0.kind)" } == ["Beta:annotation", "Reader:interface"])
    }

    @Test func kotlinExtensionsAreNamedAfterTheirReceiverAndBacktickedNamesAreOneToken() throws {
        let text = """
            package shop

            class CartTest {
                @Test fun `an object in the cart is counted`() {}
            }

            private fun RowScope.ChainPane(width: Int) {}
            fun <T> List<T>.second(): T = this[1]
            val String?.label: String get() = "x"
            fun shop.Cart.total(): Int = 0
            fun plain(x: Int) = x
            val answer = 42
            """

        let facts = try symbols(text, as: "Kotlin")

        // `object` inside the test's backticked name declares nothing, and a receiver is no name.
        #expect(facts.declarations.map(\.name) == ["CartTest", "ChainPane", "second", "label", "total", "plain", "answer"])
        #expect(facts.declarations.map(\.startLine) == [3, 7, 8, 9, 10, 11, 12])
    }

    @Test func elixirDeclaresModulesNotTheirFunctions() throws {
        let text = """
            defmodule Phoenix.Integration.LongPollChannelsTest do
              defmodule RoomChannel do
                def join(topic, _, socket), do: {:ok, socket}
              end

              defprotocol Shop.Priced do
                def price(item)
              end

              defimpl Shop.Priced, for: Map do
                def price(map), do: map.price
              end

              def helper, do: :ok
            end
            """

        let facts = try symbols(text, as: "Elixir")

        // A def must stay in its module: the parts a plan can move are top-level modules (named by their last
        // word); the modules nested in one are named after it (`…LongPollChannelsTest.RoomChannel`), so they only
        // declare names.
        #expect(facts.declaredNames == ["LongPollChannelsTest", "Priced", "RoomChannel"])
        #expect(facts.declarations.map(\.kind) == ["defmodule"])
        #expect(facts.declarations.map(\.endLine) == [15])
    }

    /// elixir-lang/elixir's code_test.exs: a module defined in a `quote` and one defined in a test are no parts to
    /// move (the plan had moved "`Sample` (lines 21–218)", half of CodeTest's tests); the file's two top-level
    /// modules are, each up to its own `end`. `do:` keys, `:end` atoms and `fn … end` do not unbalance the blocks.
    @Test func elixirModulesInsideBlocksAreNoRegions() throws {
        let text = """
            defmodule CodeTest do
              contents =
                quote do
                  defmodule CodeTest.Sample do
                    def info, do: {__MODULE__, :end}
                  end
                end

              test "prunes" do
                defmodule PruneMacro do
                  defmacro bad, do: Enum.map([1], fn x -> x end)
                end
              end
            end

            # Between the modules.
            defmodule Code.SyncTest do
              def go, do: :ok
            end
            """

        let facts = try symbols(text, as: "Elixir")

        #expect(facts.declarations.map(\.name) == ["CodeTest", "SyncTest"])
        #expect(facts.declarations.map(\.startLine) == [1, 17])
        #expect(facts.declarations.map(\.endLine) == [14, 19])
        #expect(facts.declaredNames == ["CodeTest", "PruneMacro", "Sample", "SyncTest"])
    }

    @Test func pythonDeclaresWhatStartsInColumnOne() throws {
        let text = "import os\n\nclass Config:\n    def load(self):\n        pass\n\ndef main():\n    pass\n\nLIMIT = 3\n"

        let facts = try symbols(text, as: "Python")

        #expect(facts.declaredNames == ["Config", "LIMIT", "main"])
        #expect(facts.declarations.map(\.name) == ["Config", "main"])
    }

    @Test func haskellDeclaresSignedFunctionsAndTypesInColumnOne() throws {
        let text = """
            module Text.Pandoc.Lua.Module.Pandoc (documentedModule) where
            import qualified Data.Map as M

            data Format = Markdown | Html
            newtype Name = Name Text
            type Table = M.Map Text Int

            documentedModule :: Module PandocError
            documentedModule = defmodule "pandoc"
              where helper :: Int
                    helper = let x = 1 in x

            otherConstructors :: [DocumentedFunction PandocError]
            otherConstructors =
              [ mkAttr ]
            main = pure ()
            type family Elem c
            type instance Elem [e] = e
            """

        let facts = try symbols(text, as: "Haskell")

        #expect(facts.declarations.map { "\($0.kind) \($0.name) \($0.startLine)-\($0.endLine)" } == [
            "data Format 4-4", "newtype Name 5-5", "type Table 6-7", "function documentedModule 8-12",
            "function otherConstructors 13-16", "type Elem 17-18",
        ])
        #expect(facts.declaredNames == ["Elem", "Format", "Name", "Table", "documentedModule", "main", "otherConstructors"])
    }

    @Test func filesDependOnTheFilesDeclaringWhatTheyUse() throws {
        let parser = try symbols("struct Parser {}\nfunc parse() -> Parser { Parser() }\n", as: "Swift")
        let lexer = try symbols("struct Lexer { let parser = Parser() }\n", as: "Swift")
        let other = try symbols("struct Unrelated {}\n", as: "Swift")

        let edges = SymbolGraph().dependencies([("P.swift", parser), ("L.swift", lexer), ("U.swift", other)])

        #expect(edges == [FileDependency(from: "L.swift", to: "P.swift", weight: 1, names: ["Parser"])])
    }

    /// A Swift `private` declaration and what a TypeScript module does not export are the file's own: another file
    /// using the name does not use them (a private `Result` alias is no type other files depend on).
    @Test func aFilesOwnDeclarationsAreNoOtherFilesDependency() throws {
        let swift = try symbols(
            "private typealias Result = Swift.Result<Int, Error>\nprivate(set) var count = 0\nfileprivate func helper() {}\n"
                + "struct Parser {}\n", as: "Swift")
        let module = try symbols(
            "function local() {}\nexport function parse() {}\nconst table = 1\nclass Shown {}\nexport { table }\n"
                + "export default Shown\n", as: "TypeScript")
        let script = try symbols("function helper() {}\nmodule.exports = { helper }\n", as: "JavaScript")
        let assigned = try symbols("declare function tool(): void\nexport = tool\n", as: "TypeScript")
        let user = try symbols("let r: Result = parse(helper(), local())\n", as: "Swift")

        #expect(swift.declaredNames == ["Parser", "count"])
        #expect(module.declaredNames == ["Shown", "parse", "table"])
        #expect(script.declaredNames == ["helper"])
        #expect(assigned.declaredNames == ["tool"])
        #expect(SymbolGraph().dependencies([("A.swift", swift), ("U.swift", user)]).isEmpty)
    }

    @Test func aFileExtendingATypeIsTiedToTheFileDeclaringIt() throws {
        let grammar = try symbols("struct Grammar { var depth = 0 }\n", as: "Swift")
        let states = try symbols("extension Grammar {\n    mutating func step() { depth += 1 }\n}\n", as: "Swift")

        let edges = SymbolGraph().dependencies([("Grammar.swift", grammar), ("Grammar+States.swift", states)])

        #expect(edges == [FileDependency(
            from: "Grammar+States.swift", to: "Grammar.swift", weight: 1 + SymbolGraph.extensionWeight,
            names: ["Grammar"])])
    }
}
