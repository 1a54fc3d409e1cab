import FunctionTokens
import SourceScan
import Testing

/// Shell scripts: quotes and here-documents are literals, a `#` comments only where a word starts, and the
/// function detector survives `case` patterns, `${#x}` and names with dashes.
@Suite struct ShellLexingTests {
    @Test func aHashInsideAWordOpensNoComment() throws {
        // fzf's completion.bash: `${orig##*#}` made the rest of the line comment, and its `}` was lost.
        let text = "n=$#\nx=${#list[@]}\ny=${z#pre}  # trailing\n# whole line\n"

        let output = try lex(text, as: "Bourne Again Shell", tokens: true)

        #expect(output.lines == LineCounts(total: 4, code: 3, comment: 1, blank: 0))
        #expect(tokenTexts(output.tokens, of: text).filter { $0 == "}" }.count == 2)
    }

    @Test func quotesAreLiteralsAndTheirCommentLinesStayComments() throws {
        // git's test bodies are quoted code: a line opening with `#` inside counts as a comment, as cloc counts it.
        let text = "test_expect_success 'setup' '\n\t# a comment\n\techo \"a { b\" &&\n\n\ttrue\n'\necho 'x # y'\n"

        let output = try lex(text, as: "Bourne Shell", tokens: true)

        #expect(output.lines == LineCounts(total: 7, code: 5, comment: 1, blank: 1))
        #expect(output.tokens.filter { $0.kind == .string }.count == 3)
        #expect(!tokenTexts(output.tokens, of: text).contains("{"))
    }

    @Test func aHereDocumentIsOneLiteralUpToItsTag() throws {
        // An apostrophe in a here-document's body opens no string; `<<-` lets the tag be indented.
        let text = "cat <<EOF | sort\ndon't { stop\n# note\n\nEOF\nf() {\n\tcat <<-'END'\n\tit's\n\tEND\n}\n"

        let output = try lex(text, as: "Bourne Shell", tokens: true)

        #expect(output.lines == LineCounts(total: 10, code: 8, comment: 1, blank: 1))
        #expect(output.tokens.filter { $0.kind == .string }.map(\.line) == [1, 7])
        #expect(try functions(text, as: "Bourne Shell").map(\.name) == ["f"])
    }

    @Test func anOpenerWithNoClosingTagIsAnOperator() throws {
        // `(( x << n ))` shifts: no line spells `n`, so nothing after it is a literal; `<<<` is a here-string.
        let text = "f() {\n  (( y = x << n ))\n  cat <<<\"$y\"\n}\ng() {\n  :\n}\n"

        let found = try functions(text, as: "Bourne Again Shell")

        #expect(summary(found) == ["f 1-4 ccn=1 nest=0", "g 5-7 ccn=1 nest=0"])
    }

    @Test func anEscapedQuoteOutsideQuotesOpensNoString() throws {
        // `\#` is no comment either: the `}` after it closes `g`.
        let text = "f() {\n  echo It\\'s\n}\ng() { echo \\# x; }\nh() {\n  :\n}\n"

        let found = try functions(text, as: "Bourne Shell")

        #expect(summary(found).map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["f 1-3", "g 4-4", "h 5-7"])
    }

    @Test func caseItemsCloseNoFunction() throws {
        // A case item's `a)` has no `(`: it used to end the function at the first item.
        let text = "f() {\n  case \"$1\" in\n    a) echo a ;;\n    b|c) echo b ;;\n    (d) echo d ;;\n  esac\n  if x; then\n    y\n  fi\n}\n"

        let found = try functions(text, as: "Bourne Shell")

        #expect(summary(found) == ["f 1-10 ccn=2 nest=1"])
    }

    @Test func functionNamesKeepTheirDashesAndZshHasFunctions() throws {
        // fzf's key-bindings.zsh: `fzf-file-widget() {` was named `widget`; zsh had no functions at all. An
        // anonymous function's `() {` after `else` names nothing.
        let text = "fzf-file-widget() {\n  :\n}\nfunction git.status {\n  :\n}\nif a; then :\nelse\n  () {\n    :\n  }\nfi\n"

        let found = try functions(text, as: "zsh")

        #expect(found.map(\.name) == ["fzf-file-widget", "git.status"])
    }

    @Test func anAwkProgramInQuotesDeclaresNoFunction() throws {
        let text = "h() {\n  awk 'function P(b) { print b }\n  { P($0) }'\n}\n"

        let found = try functions(text, as: "Bourne Again Shell")

        #expect(summary(found) == ["h 1-4 ccn=1 nest=0"])
    }
}

/// Ruby's heredocs are the same literals: a body's `#` lines are comment lines, as cloc counts them.
@Suite struct RubyHeredocTests {
    @Test func aRubyHeredocIsOneLiteralAndItsTagEndsAtAMethodCall() throws {
        // rubocop's specs quote Ruby with its comments; `<<~RUBY.strip` is the tag `RUBY` and a call.
        let text = "x = <<~RUBY.strip\n  # a comment\n  it's\nRUBY\ny = 1\n"

        let output = try lex(text, as: "Ruby", tokens: true)

        #expect(output.lines == LineCounts(total: 5, code: 4, comment: 1, blank: 0))
        #expect(output.tokens.filter { $0.kind == .string }.map(\.line) == [1])
    }

    @Test func methodsAfterAHeredocAreFound() throws {
        let text = "def a\n  f(<<~MSG)\n    def not_a_method\n  MSG\nend\n\ndef b\n  1\nend\n"

        let found = try functions(text, as: "Ruby")

        #expect(summary(found) == ["a 1-5 ccn=1 nest=0", "b 7-9 ccn=1 nest=0"])
    }
}
