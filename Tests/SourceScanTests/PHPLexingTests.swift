import FunctionTokens
import SourceScan
import Testing

/// PHP's heredocs and nowdocs are literals closed by a line opening with their tag (PHP 7.3: indented, and followed
/// by `;`, `,` or `)`); `#[…]` attributes are code, not `#` comments; nullable types, `?:` and `?->` add no branch.
@Suite struct PHPLexingTests {
    @Test func aHeredocIsOneLiteralUpToALineOpeningWithItsTag() throws {
        // `EOTX` opens with the tag but goes on with a word byte: no closer. What follows `EOT` is code; a line
        // inside opening with `//` is a comment line, as cloc counts it.
        let text = "<?php\n$a = sprintf(<<<EOT\n    it's { %s\n    // quoted code\n    EOTX\n    EOT, $b);\n$c = 1;\n"

        let output = try lex(text, as: "PHP", tokens: true)

        #expect(output.lines == LineCounts(total: 7, code: 6, comment: 1, blank: 0))
        #expect(output.tokens.filter { $0.kind == .string }.map(\.line) == [2])
        let words = tokenTexts(output.tokens, of: text)
        #expect(!words.contains("{") && words.contains(")") && words.contains("$b"))
    }

    @Test func nowdocsAndQuotedHeredocsCloseAtTheirTag() throws {
        // A closing line may open another heredoc; quotes in a body open nothing.
        let text = "<?php\nf(<<<'SQL'\nSELECT 'a\nSQL, <<<\"TXT\"\n\"b\nTXT);\n$x = 1;\n"

        let output = try lex(text, as: "PHP", tokens: true)

        #expect(output.tokens.filter { $0.kind == .string }.map(\.line) == [2, 4])
        #expect(tokenTexts(output.tokens, of: text).suffix(6) == [")", ";", "$x", "=", "1", ";"])
    }

    @Test func methodsAfterANowdocAreFound() throws {
        // symfony's DumpNodeTest: the apostrophe and `{` in a nowdoc hid every method after it.
        let text = #"""
            <?php
            class T
            {
                public function expected(): string
                {
                    return <<<'EOTXT'
                        if ($a) { echo 'it''s';
                        EOTXT;
                }

                public function after($a)
                {
                    return $a ? 1 : 2;
                }
            }
            """#

        let found = try functions(text, as: "PHP")

        #expect(summary(found) == ["expected 4-9 ccn=1 nest=0", "after 11-14 ccn=2 nest=0"])
    }

    @Test func attributesAreNoComments() throws {
        // `#[\SensitiveParameter]` made the rest of the line a comment, and the function lost its `) {`
        // (lizard 1.24.3 still loses it). A `#` before anything but `[` comments.
        let text = #"""
            <?php
            #[Route('/a', methods: ['GET'])]
            function connect(#[\SensitiveParameter] string $dsn, #[A] ?int $port = null): mixed
            {
                # if ($dsn) {
                return $dsn ? 1 : 2;
            }
            #[
                Attr,
            ]
            function after() {}
            """#

        let found = try functions(text, as: "PHP")
        let output = try lex(text, as: "PHP", tokens: false)

        #expect(summary(found) == ["connect 3-7 ccn=2 nest=0", "after 11-11 ccn=1 nest=0"])
        #expect(output.lines == LineCounts(total: 11, code: 10, comment: 1, blank: 0))
    }

    @Test func aBracketInAQuoteInsideAnAttributeClosesNothing() throws {
        // `#[Route("/a]b")]` ended at the quoted `]`, and its `"` opened a string that hid both functions.
        let text = #"""
            <?php
            #[Route("/a]b", name: 'x[\'')]
            function one() { return $a ? 1 : 2; }
            #[Route(
                path: '/a]',
            )]
            function two() {}
            // done
            """#

        let found = try functions(text, as: "PHP")
        let output = try lex(text, as: "PHP", tokens: false)

        #expect(summary(found) == ["one 3-3 ccn=2 nest=0", "two 7-7 ccn=1 nest=0"])
        #expect(output.lines == LineCounts(total: 8, code: 7, comment: 1, blank: 0))
    }

    @Test func nullableTypesElvisAndNullsafeAreNoBranches() throws {
        // lizard 1.24.3 counts `?` in `?string` (4 here) but no `?:`, `??` or `?->`; a type is no branch.
        let text = #"""
            <?php
            final class C
            {
                public function __construct(private ?Foo $foo, public readonly ?int $n = null) {}

                public function f(?string $a): ?string
                {
                    $g = fn (?int $x): ?int => $x;
                    return $a?->b ?: $a ?? ($a ? 'x' : 'y');
                }
            }
            """#

        let found = try functions(text, as: "PHP")

        #expect(summary(found) == ["__construct 4-4 ccn=1 nest=0", "f 6-10 ccn=2 nest=0"])
    }
}
