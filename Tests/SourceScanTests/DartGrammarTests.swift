import FunctionScan
import SourceScan
import Testing

/// Dart's functions: no keyword marks them, so a name, parameters and a body do; lizard has no Dart reader,
/// and the expected figures follow `DartGrammar`'s documented rules.
@Suite struct DartGrammarTests {
    @Test func declarationsOfEveryKindAreFunctions() throws {
        let text = """
            class Point extends Base with Mixin implements Iface {
              final int x;
              final int y;
              const Point(this.x, this.y);
              Point.origin() : x = 0, y = 0;
              factory Point.fromJson(Map<String, dynamic> json) {
                if (json['x'] == null) throw ArgumentError();
                return Point(json['x'] as int, json['y'] as int);
              }
              int get sum => x + y;
              set value(int v) { if (v > 0) { _v = v; } }
              @override
              String toString() => 'Point($x, $y)';
              bool operator ==(Object other) => other is Point && other.x == x;
              Future<void> load({required String path, int retries = 3}) async {
                for (var i = 0; i < retries; i++) {
                  try { await read(path); } catch (e) { continue; }
                }
              }
              Stream<int> count() async* { yield 1; }
              Point.withBody(int a) : x = a, y = a {
                if (a > 1) print(a);
              }
              external void native();
              void abstractOne();
              factory Point.redirect() = _Point;
            }

            T? firstOrNull<T>(Iterable<T> items) => items.isEmpty ? null : items.first;
            extension on String { bool get isBlank => trim().isEmpty; }
            """

        let found = try functions(text, as: "Dart")

        #expect(
            summary(found) == [
                "Point.fromJson 6-9 ccn=2 nest=0", "sum 10-10 ccn=1 nest=0", "value 11-11 ccn=2 nest=1",
                "toString 13-13 ccn=1 nest=0", "operator == 14-14 ccn=2 nest=0", "load 15-19 ccn=3 nest=2",
                "count 20-20 ccn=1 nest=0", "Point.withBody 21-23 ccn=2 nest=0", "firstOrNull 29-29 ccn=2 nest=0",
                "isBlank 30-30 ccn=1 nest=0",
            ])
    }

    @Test func callsInitializersAndPatternsAreNoFunctions() throws {
        let text = """
            final table = compute(a) ? first(b) : second(c);
            void main(List<String> args) {
              print(args);
              list.add(3);
              final f = (a) => a.length;
              var area = switch (shape) {
                Square(length: var l) => l * l,
                Circle(:var radius) => 3 * radius * radius,
                _ => 0,
              };
              if (args case [var a, Pair(b: var b)]) { print(a); }
              return;
            }
            @JsonSerializable(explicitToJson: true)
            class Model {
              @JsonKey(name: 'x') final int x = parse(y);
            }
            extension type Meters(int value) {
              Meters twice() => Meters(value * 2);
            }
            """

        let found = try functions(text, as: "Dart")

        // main: `switch` arms but `_` (2), the `if` and its `case` (2); the arms' `=>` are no expression bodies.
        #expect(summary(found) == ["main 2-13 ccn=5 nest=1", "twice 19-19 ccn=1 nest=0"])
    }

    @Test func blockClosuresAreAnonymousFunctionsAndLocalFunctionsTheirOwn() throws {
        let text = """
            Widget build(BuildContext context) {
              void local(int a) { print(a); }
              int twice(int a) => a * 2;
              return ElevatedButton(
                onPressed: () async {
                  if (enabled && ready) await save();
                },
                child: Text(label ?? 'Save'),
              );
            }
            void main() {
              group('math', () {
                test('adds', () {
                  expect(1 + 1, 2);
                });
              });
            }
            """

        let found = try functions(text, as: "Dart")

        #expect(
            summary(found) == [
                "build 1-10 ccn=2 nest=0", "local 2-2 ccn=1 nest=0", "twice 3-3 ccn=1 nest=0",
                "(anonymous) 5-7 ccn=3 nest=0", "main 11-17 ccn=1 nest=0", "(anonymous) 12-16 ccn=1 nest=0",
                "(anonymous) 13-15 ccn=1 nest=0",
            ])
    }
}
