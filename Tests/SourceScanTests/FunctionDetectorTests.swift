import RuleCatalog
import FunctionScan
import ImportScan
import SourceScan
import Testing
import FunctionTokens

/// Finds the functions of `text` as the named bundled language.
func functions(_ text: String, as name: String) throws -> [FunctionFacts] {
    let table = try RuleCatalog.bundled().languages
    let index = try #require(table.index(named: name))
    return FunctionDetector(language: table.languages[index]).functions(lexing: Array(text.utf8), with: table.lexers[index])
}

/// (name, start, end, complexity, nesting) of each function: the figures lizard 1.24.3 gives for the same
/// sample, and the nesting defined in `FunctionDetector`.
func summary(_ found: [FunctionFacts]) -> [String] {
    found.map { "\($0.name) \($0.startLine)-\($0.endLine) ccn=\($0.complexity) nest=\($0.maxNesting)" }
}

@Suite struct FunctionDetectorTests {
    @Test func cFunctionsCountBranchesConditionalDirectivesButNotMacroBodies() throws {
        let text = """
            static int
            clamp(int x, int lo, int hi)
            {
                if (x < lo && lo > 0) return lo;
            #ifdef STRICT
                assert(hi > lo);
            #endif
                return x > hi ? hi : x;
            }

            #define SWAP(a, b) do { if (a) { t = a; } } while (0)

            int route(int kind) {
                switch (kind) {
                case 1: return 10;
                case 2:
                    for (int i = 0; i < 3; i++) {
                        if (i) { return i; }
                    }
                }
                return 0;
            }
            """

        let found = try functions(text, as: "C")

        // lizard: clamp 2-9 ccn 5 (if, &&, #ifdef, ?), route 13-22 ccn 5 (case, case, for, if).
        #expect(summary(found) == ["clamp 2-9 ccn=5 nest=0", "route 13-22 ccn=5 nest=3"])
    }

    @Test func swiftAccessorsInitializersAndTernariesButNotOptionals() throws {
        let text = """
            struct Box {
                var items: [Int] = []
                var count: Int {
                    get { items.isEmpty ? 0 : items.count }
                    set(newValue) { if newValue == 0 { items = [] } }
                }

                init?(raw: String) {
                    guard !raw.isEmpty else { return nil }
                    items = raw.map { $0 == "a" ? 1 : 0 }
                }

                func find(for key: Int?) -> Int? {
                    let value = try? lookup(key ?? 0)
                    if let value, value > 0 || key?.isMultiple(of: 2) == true {
                        for item in items where item > 0 {
                            if item == value { return item }
                        }
                    }
                    return nil
                }
            }

            protocol Shape {
                func area() -> Double
            }
            """

        let found = try functions(text, as: "Swift")

        // lizard: get 4-4 ccn 2, set 5-5 ccn 2, init 8-11 ccn 3, find 13-21 ccn 6 (the label `for:` and
        // `Int?`, `try?`, `??`, `?.` do not count; the closure's ternary counts for init).
        #expect(
            summary(found) == [
                "get 4-4 ccn=2 nest=0", "set 5-5 ccn=2 nest=1", "init 8-11 ccn=3 nest=1", "find 13-21 ccn=6 nest=3",
            ])
    }

    @Test func goMethodsAndClosuresAreSeparateFunctionTypesAreNot() throws {
        let text = """
            package main

            type Handler interface {
            \tServe(w Writer) error
            }

            type Server struct {
            \thook func(int) bool
            }

            func (s *Server) Run(ctx Context, filter func(int) bool) error {
            \tgo func() {
            \t\tif ctx.Done() != nil && s.hook != nil {
            \t\t\treturn
            \t\t}
            \t}()
            \tfor i := 0; i < 3; i++ {
            \t\tswitch {
            \t\tcase i == 1:
            \t\t\tcontinue
            \t\tcase i == 2 || filter(i):
            \t\t\treturn nil
            \t\t}
            \t}
            \treturn nil
            }
            """

        let found = try functions(text, as: "Go")

        // lizard: Run 11-26 ccn 5 (for, case, case, ||), the literal 12-16 ccn 3 (if, &&).
        #expect(summary(found) == ["Run 11-26 ccn=5 nest=2", "(anonymous) 12-16 ccn=3 nest=1"])
    }

    @Test func pythonNestedFunctionsEndWithTheirIndentation() throws {
        let text = """
            import os


            class Loader:
                def load(self, path,
                         strict=False):
                    if not path or strict and os.sep in path:
                        raise ValueError(path)

                    def clean(name):
                        return [c for c in name if c.isalnum()]

                    try:
                        with open(path) as handle:
                            return clean(handle.read())
                    except OSError:
                        return None
                    finally:
                        pass


            def main(): return Loader().load("x") or 0
            """

        let found = try functions(text, as: "Python")

        // lizard: load 5-19 ccn 6 (if, or, and, except, finally), clean 10-11 ccn 3 (for, if); like lizard,
        // a one-line function at the end of a block is not closed and so not reported.
        #expect(summary(found) == ["load 5-19 ccn=6 nest=2", "clean 10-11 ccn=3 nest=0"])
    }

    @Test func pythonFunctionsWhoseBodyIsOnlyADocstringAreFunctions() throws {
        // pydantic's BaseModel.model_post_init and __pydantic_init_subclass__: hooks whose body is their docstring.
        let text = #"""
            class Model:
                def post_init(self, context, /) -> None:
                    """Override this method.
                    More text.
                    """

                @classmethod
                def init_subclass(cls, **kwargs) -> None:
                    '''One line.'''
                    # a comment after

                def with_code(self):
                    """Doc."""
                    return 1 if self else 2

                def prefixed(self):
                    r"""Raw \" doc."""
                def last(self):
                    """Only a docstring,
                    at the end of the file."""
            """#

        let found = try functions(text, as: "Python")

        // lizard 1.24.3 on the same text: the docstring opens the body and its last line ends the function.
        #expect(summary(found) == [
            "post_init 2-5 ccn=1 nest=0", "init_subclass 8-9 ccn=1 nest=0", "with_code 12-14 ccn=2 nest=0",
            "prefixed 16-17 ccn=1 nest=0", "last 18-20 ccn=1 nest=0",
        ])
    }

    @Test func javaScriptFunctionsArrowsAndMethods() throws {
        let text = """
            const express = require('express');

            function route(req, res, next = null) {
              if (!req.user && req.path !== '/') {
                return res.redirect('/login');
              }
              return next ? next() : res.send('ok');
            }

            describe('app', function () {
              it('works', (done) => {
                [1, 2].forEach(n => n > 1 && done());
              });
            });

            class View {
              render(name, options) {
                for (const key in options) {
                  if (options[key] == null) { delete options[key]; }
                }
                return name || 'index';
              }
            }
            """

        let found = try functions(text, as: "JavaScript")

        // lizard: route 3-8 ccn 5 (default value, if, &&, ?), the callbacks 10-14, 11-13, 12-12 (&&),
        // render 17-22 ccn 4 (for, if, ||).
        #expect(
            summary(found) == [
                "route 3-8 ccn=5 nest=1", "(anonymous) 10-14 ccn=1 nest=0", "(anonymous) 11-13 ccn=1 nest=0",
                "(anonymous) 12-12 ccn=2 nest=0", "render 17-22 ccn=4 nest=2",
            ])
    }

    @Test func phpReturnTypesEndNoMethod() throws {
        let php = try functions(
            """
            <?php
            class A {
                public function create(array $options): ?int
                {
                    if ($options) { return 1; }
                    return null;
                }
                abstract protected function shape(): string;
                public function release(int $easy): void
                {
                    if ($easy) { $y = 2; } else { $y = 3; }
                }
            }
            """, as: "PHP")

        #expect(summary(php) == ["create 3-7 ccn=2 nest=1", "release 9-12 ccn=2 nest=1"])
    }

    @Test func rubyGuardClausesAndPredicatesAreNoBlocksOrBranches() throws {
        let ruby = try functions(
            """
            def a(app)
              return unless app.ok?
              app.empty? ? 1 : 2
            end

            def b
              return if done?
              go
            end
            """, as: "Ruby")

        #expect(summary(ruby) == ["a 1-4 ccn=3 nest=0", "b 6-9 ccn=2 nest=0"])
    }

    @Test func rubyHeredocBodiesAreText() throws {
        let ruby = try functions(
            """
            def check
              expect_offense(<<~RUBY)
                def payload
                  x if y
                end
              RUBY
              sql = <<-SQL.strip
                SELECT 1 WHERE a = 'b'
                SQL
              items << Item.new
            end

            def after; end
            """, as: "Ruby")

        #expect(summary(ruby) == ["check 1-11 ccn=1 nest=0", "after 13-13 ccn=1 nest=0"])
    }

    @Test func javaWildcardsAndCSharpNullablesAreNoTernaries() throws {
        let java = try functions(
            "class A {\n  int f(Class<?> raw, List<? extends T> l) {\n    return raw == null ? 0 : 1;\n  }\n}\n",
            as: "Java")
        let csharp = try functions(
            "class A {\n  int F(string? s) {\n    int?[] xs = null;\n    return s is null ? 0 : 1;\n  }\n}\n",
            as: "C#")

        #expect(summary(java) == ["f 2-4 ccn=2 nest=0"])
        #expect(summary(csharp) == ["F 2-5 ccn=2 nest=0"])
    }

    @Test func javaRecordsAndCSharpPrimaryConstructorsAreTypesNotFunctions() throws {
        let java = try functions(
            "record P(int x, int y) {\n  int sum() {\n    return x + y;\n  }\n}\n", as: "Java")
        let csharp = try functions(
            "public record R(string Name) {\n  public int Size() { return Name.Length; }\n}\n"
                + "class C(int x) {\n  int Twice() => x * 2;\n  int Get() { return x; }\n}\n", as: "C#")

        #expect(summary(java) == ["sum 2-4 ccn=1 nest=0"])
        #expect(summary(csharp).map { String($0.prefix { $0 != " " }) } == ["Size", "Get"])
    }

    /// AutoMapper's constructors: an initializer list followed by an expression body ends at its `;` (lizard read on
    /// to the next `{` and gave the constructor the next method's body).
    @Test func cSharpConstructorInitializerWithExpressionBodyIsNoBracedFunction() throws {
        let csharp = try functions(
            "class D : B {\n  public D(int a, Item item) : base(item) => A = a;\n  public D() : this(1, null)  => Go(this);\n"
                + "  int Get() {\n    return A;\n  }\n}\n", as: "C#")
        let cpp = try functions("A::A(int x) : b(x), c{2} {\n  go();\n}\n", as: "C++")

        #expect(summary(csharp) == ["Get 4-6 ccn=1 nest=0"])
        #expect(summary(cpp) == ["A::A 1-3 ccn=1 nest=0"])
    }

    /// jellyfin: a block-bodied accessor is a function named as the compiler names it, with its branches (lizard
    /// reads no accessor and took the `if (…) {` inside one for a function `if`).
    @Test func cSharpAccessorBlocksAreFunctions() throws {
        let csharp = try functions(
            "class A {\n  public int X\n  {\n    get { return x; }\n    private set\n    {\n      if (value > 0)\n      {\n"
                + "        x = value;\n      }\n    }\n  }\n  public int this[int i] { get { return i; } }\n"
                + "  public event EventHandler Changed { add { h += value; } remove { h -= value; } }\n"
                + "  public int Y { get; init; }\n  public int Z => set;\n}\n", as: "C#")

        #expect(summary(csharp) == [
            "get_X 4-4 ccn=1 nest=0", "set_X 5-11 ccn=2 nest=1", "get_Item 13-13 ccn=1 nest=0",
            "add_Changed 14-14 ccn=1 nest=0", "remove_Changed 14-14 ccn=1 nest=0",
        ])
    }

    /// jellyfin: a generic method's `where` constraints run up to its body, and `new` names no function (lizard named
    /// the method `new`, or lost it and read the `if` in its body as a function; a class's `where T : new()` hid
    /// all its methods).
    @Test func cSharpConstraintsAndNewNameNoFunction() throws {
        let csharp = try functions(
            "class B<T> : Base<T>\n  where T : Folder, new()\n{\n  void Register<U>()\n    where U : IFactory, new()\n  {\n"
                + "    if (x) { y(); }\n  }\n  U[] Find<U>(U item) where U : T\n  {\n    if (item is null) { return null; }\n"
                + "    return null;\n  }\n  public static Dictionary<string, string> Defaults => new()\n  {\n    { \"a\", \"b\" },\n  };\n}\n",
            as: "C#")

        #expect(summary(csharp) == ["Register 4-8 ccn=2 nest=1", "Find 9-13 ccn=2 nest=1"])
    }

    @Test func kotlinTypeParametersBeforeTheNameAreNoName() throws {
        let kotlin = try functions(
            "fun <T> newInstance(c: Class<T>): T {\n  return c.cast(null)\n}\nfun <T> List<T>.second(): T {\n  return this[1]\n}\n",
            as: "Kotlin")

        #expect(summary(kotlin).map { String($0.prefix { $0 != " " }) } == ["newInstance", "second"])
    }

    @Test func kotlinAndScalaBacktickedNamesAreFunctionNames() throws {
        // JUnit tests named in prose; lizard 1.24.3 finds none of these (nor extension functions).
        let kotlin = try functions(
            "class CartTest {\n  @Test fun `an object in the cart is counted`() {\n    if (a) b()\n  }\n}\n", as: "Kotlin")
        let scala = try functions("object T {\n  def `adds two`(a: Int): Int = {\n    if (a > 1) 2 else 1\n  }\n}\n", as: "Scala")

        #expect(summary(kotlin) == ["`an object in the cart is counted` 2-4 ccn=2 nest=0"])
        #expect(summary(scala).map { String($0.prefix { $0 != "(" }) } == ["`adds two` 2-4 ccn=2 nest=0"])
    }

    @Test func elixirDefinitionsWithBlockAndOneLineBodies() throws {
        // No reference tool reads Elixir (lizard 1.24.3 has none): the figures are the grammar's definition.
        let text = #"""
            defmodule Shop.Cart do
              @moduledoc """
              def hidden(x) do
              end
              """

              def total(items) do
                Enum.reduce(items, 0, fn item, acc ->
                  if item.price > 0 and item.qty > 0 do
                    acc + item.price * item.qty
                  else
                    acc
                  end
                end)
              end

              defp kind(x) when is_integer(x), do: :int
              defp kind(x), do: if(x, do: :truthy, else: :falsy)

              def classify(n) do
                case n do
                  0 -> :zero
                  n when n < 0 -> :negative
                  _ -> :positive
                end
              end

              def with_defaults(a, b \\ 1)

              def quote_char(s), do: String.replace(s, ?", ?')
              def empty?(list) do
                Keyword.get(list, :do, %{start: 1, end: 2}) == ?\n
              end
            end
            """#

        let found = try functions(text, as: "Elixir")

        // total: if, and; classify: one per clause arrow of its case, not the fn's; a head without a body is
        // none; `?"` is a character, `:do` an atom and `end:` a key.
        #expect(summary(found) == [
            "total 7-15 ccn=3 nest=1", "kind 17-17 ccn=1 nest=0", "kind 18-18 ccn=2 nest=0",
            "classify 20-26 ccn=4 nest=1", "quote_char 30-30 ccn=1 nest=0", "empty? 31-33 ccn=1 nest=0",
        ])
    }

    @Test func otherGrammarsFindTheirFunctions() throws {
        let rust = try functions("fn main() {\n    if a && b { loop {} }\n}\ntrait T { fn f(&self); }\n", as: "Rust")
        let ruby = try functions("def check(x)\n  return 1 if x\n  if x and y\n    2\n  end\nend\n", as: "Ruby")
        let shell = try functions("build() {\n  if [ -f x ] && true; then\n    echo\n  fi\n}\n", as: "Bourne Shell")

        #expect(summary(rust) == ["main 1-3 ccn=3 nest=2"])
        #expect(summary(ruby) == ["check 1-6 ccn=4 nest=1"])
        #expect(summary(shell) == ["build 1-5 ccn=3 nest=1"])
    }
}
