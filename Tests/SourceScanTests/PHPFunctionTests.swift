import FunctionScan
import Testing
import FunctionTokens

/// PHP functions are declared by `function`: named ones, methods, closures. lizard 1.24.3's figures for the same
/// samples, except where noted.
@Suite struct PHPFunctionTests {
    /// Symfony's DI configuration files return a closure; its arrow functions and statements are its own.
    @Test func aReturnedClosureIsAnAnonymousFunction() throws {
        let text = #"""
            <?php

            use Symfony\Component\DependencyInjection\Loader\Configurator\ContainerConfigurator;

            return static function (ContainerConfigurator $container) {
                $container->services()
                    ->set('a', A::class)
                        ->args([fn ($x) => $x ? 1 : 2]);
                if ($container->env() === 'dev') {
                    $container->import('dev.php');
                }
            };
            """#

        let found = try functions(text, as: "PHP")

        // The arrow function's `?` and the `if` are the closure's.
        #expect(summary(found) == ["(anonymous) 5-12 ccn=3 nest=1"])
    }

    /// A script's top-level `foreach`, `if` and `while` are statements, not functions named after their keyword;
    /// closures inside a method, arrow functions and `match` arms are the method's.
    @Test func controlStatementsAndCallsAreNoFunctions() throws {
        let text = #"""
            <?php

            $files = [];
            foreach (glob('*.php') as $file) {
                if (str_contains($file, 'Test') && !is_dir($file)) {
                    $files[] = $file;
                }
            }
            while ($x = array_pop($files)) {
                echo $x;
            }

            function &counter(array $options = ['a' => 1], ?int $start = null): int
            {
                static $n = 0;
                return $n += $start ?? 1;
            }

            $sort = function (int $a, int $b) use ($files): int {
                return $a <=> $b ?: count($files);
            };

            final class Relay
            {
                public function list(string $pattern): array
                {
                    $filter = array_filter($this->keys, function ($key) use ($pattern) {
                        return $key !== null && fnmatch($pattern, $key);
                    });
                    return array_map(static fn ($k) => $k ? "x$k" : '', $filter);
                }

                public function match(int $code): string
                {
                    return match ($code) {
                        200, 201 => 'ok',
                        404 => 'missing',
                        default => 'error',
                    };
                }
            }
            """#

        let found = try functions(text, as: "PHP")

        // lizard names `function &counter` `&` and the closure assigned to `$sort` `$sort`; it counts the nullable
        // parameter type `?int` as a branch (counter: 2), which accrue does not (`PHPLexingTests`), and the short
        // ternary `?:` as none, as accrue does.
        #expect(
            summary(found) == [
                "counter 13-17 ccn=1 nest=0", "(anonymous) 19-21 ccn=1 nest=0", "list 25-31 ccn=3 nest=0",
                "match 33-40 ccn=2 nest=1",
            ])
        #expect(!found.contains { ["if", "foreach", "while", "function", "fn"].contains($0.name) })
    }
}
