import FunctionTokens
import Testing

/// A function literal passed to a call is labelled by the call (`TokenStream.callContext`), in every grammar
/// that names literals `(anonymous)`; lizard's name stays.
@Suite struct CallContextTests {
    /// (name, call) of each function, in line order.
    private func calls(_ text: String, as language: String) throws -> [String] {
        try functions(text, as: language).map { "\($0.name) \($0.call ?? "-")" }
    }

    @Test func javaScriptCallbacksAreNamedByTheirCallAndItsFirstString() throws {
        let text = """
            describe('reactive', () => {
              it("tracks a `ref`", async () => {
                expect(1).toBe(1)
              })
              test.skip('skipped', function () {
                return 1
              })
              items.forEach((item) => { use(item) })
              useEffect(() => { run() }, [])
              const named = () => 1
              queue.push(function () { return 2 })
            })
            """
        #expect(try calls(text, as: "JavaScript") == [
            "(anonymous) describe('reactive')", "(anonymous) it('tracks a 'ref'')", "(anonymous) test.skip('skipped')",
            "(anonymous) items.forEach", "(anonymous) useEffect", "named -", "(anonymous) queue.push",
        ])
    }

    @Test func aLiteralThatIsNoArgumentHasNoCall() throws {
        let text = """
            (async () => {
              await main()
            })();
            export default function () { return 1 }
            const handlers = [() => 1, function () { return 2 }];
            if (ok) { return (() => 3)() }
            """
        #expect(try functions(text, as: "JavaScript").allSatisfy { $0.call == nil })
    }

    @Test func aStringThatIsNotTheWholeArgumentIsLeftOutAndALongOneIsCut() throws {
        let long = String(repeating: "a", count: 70)
        let text = """
            test('case ' + n, () => { check(n) })
            test('\(long)', () => { check() })
            """
        let found = try functions(text, as: "JavaScript")
        #expect(found.map(\.call) == ["test", "test('" + String(repeating: "a", count: 60) + "…')"])
        #expect(found[0].label == "test callback")
        #expect(found[1].name == "(anonymous)")
    }

    @Test func goSubtestsAndGoroutines() throws {
        let text = """
            package p

            func TestParse(t *testing.T) {
            \tt.Run("empty input", func(t *testing.T) {
            \t\tcheck(t)
            \t})
            \tgo func() {
            \t\twork()
            \t}()
            }
            """
        let found = try functions(text, as: "Go")
        #expect(found.map { "\($0.name) \($0.call ?? "-")" } == ["TestParse -", "(anonymous) t.Run('empty input')", "(anonymous) -"])
        #expect(found.map(\.label) == ["TestParse", "t.Run('empty input') callback", "(anonymous) in TestParse"])
    }

    @Test func dartTestsAndPHPRoutes() throws {
        let dart = """
            void main() {
              group('parser', () {
                test('reads', () { expect(1, 1); });
              });
            }
            """
        #expect(try calls(dart, as: "Dart") == ["main -", "(anonymous) group('parser')", "(anonymous) test('reads')"])
        let php = """
            <?php
            $app->get('/users', function ($request) {
                return list_users($request);
            });
            Route::post("/login", function () { return 1; });
            """
        #expect(try calls(php, as: "PHP") == ["(anonymous) $app->get('/users')", "(anonymous) Route::post('/login')"])
    }

    @Test func aLiteralPassedToNoCallIsNamedByTheFunctionItIsNestedIn() throws {
        let text = """
            export default {
              setup(props) {
                return () => {
                  render(props)
                }
              }
            }
            test('nested', () => {
              const run = function () { return 1 }
              handlers.push(() => (() => 2)())
            })
            (() => 3)()
            function outer() {
              return () => { return () => 4 }
            }
            """
        let labels = try functions(text, as: "JavaScript").map(\.label)
        #expect(labels == [
            "setup", "(anonymous) in setup", "test('nested') callback", "run", "(anonymous) in handlers.push callback",
            "handlers.push callback", "(anonymous)",  // on one line, by name then complexity: the inner one first
            "outer", "(anonymous) in outer", "(anonymous) in outer",
        ])
    }
}
