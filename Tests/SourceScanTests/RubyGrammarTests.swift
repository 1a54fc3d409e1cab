import Testing

/// Ruby's keywords where they are keywords only: not symbols, labels, method calls or predicates' names, nor words
/// inside percent literals and regular expressions (found by QA on rubocop/rubocop, where `when :def, :class`
/// made a function named `,`).
@Suite struct RubyGrammarTests {
    @Test func symbolsOfKeywordsOpenNoMethodOrBlock() throws {
        let ruby = try functions("def kinds(node)\n  case node.type\n  when :def, :class\n    1\n  end\nend\n", as: "Ruby")

        #expect(summary(ruby) == ["kinds 1-6 ccn=2 nest=1"])
    }

    @Test func labelsAndMethodCallsNamedLikeKeywordsAreNoKeywords() throws {
        // lizard 1.24.3 ends `options` at line 3: it reads `x.end` as an `end`.
        let ruby = try functions(
            """
            def options(node)
              build(def: 1, class: 'x', end: 2, if: :ready?, unless: :done?)
              { begin: node.begin, module: node.class, do: x&.end }
            end

            def after; end
            """, as: "Ruby")

        #expect(summary(ruby) == ["options 1-4 ccn=1 nest=0", "after 6-6 ccn=1 nest=0"])
    }

    @Test func predicatesNamedLikeKeywordsAndEndlessRangesAreNoKeywords() throws {
        // rubocop's space_around_keyword.rb: `do?(node)` opened a block, so check_end ran 83 lines, not 8.
        let ruby = try functions(
            """
            def check(node, range)
              return if begin_keyword == DO && !do?(node)
              return unless module?(node)
              0..
            end

            def after; end
            """, as: "Ruby")

        #expect(summary(ruby) == ["check 1-5 ccn=4 nest=0", "after 7-7 ccn=1 nest=0"])
    }

    @Test func wordsInPercentLiteralsAreText() throws {
        // rubocop's redundant_self.rb: `%i[… def defined? do …]` made a function named `defined?`.
        let ruby = try functions(
            """
            KEYWORDS = %i[alias and begin class def defined? do end if].freeze
            WORDS = %w(begin (class) def end module)
            def check(node)
              return if KEYWORDS.include?(node.type)
              %W|do end| + %i{if {unless} end} + %("#{a.join('", "')}")
            end

            def after; end
            """, as: "Ruby")

        #expect(summary(ruby) == ["check 3-6 ccn=2 nest=0", "after 8-8 ccn=1 nest=0"])
    }

    @Test func regularExpressionsAreTextButDivisionIsNot() throws {
        // rubocop's commented_keyword.rb: `/\A\s*(def\s|end)/` made a function named `\s|end)/.freeze`.
        let ruby = try functions(
            """
            PATTERN = /\\A\\s*(def\\s|end)/.freeze
            def split(line)
              parts = line.split /"|end/
              return parts if line =~ /'/
              parts.size / 2 / 1
            end

            def after; end
            """, as: "Ruby")

        #expect(summary(ruby) == ["split 2-6 ccn=2 nest=0", "after 8-8 ccn=1 nest=0"])
    }

    @Test func anIfAfterAnOperatorOrALabelIsAnExpressionNotAModifier() throws {
        // rubocop's severity.rb and percent_array.rb: `@name == if …` and `prefer: if …` ended methods early.
        let ruby = try functions(
            """
            def ==(other)
              @name == if other.is_a?(Symbol)
                         other
                       else
                         other.name
                       end
            end

            def message(code)
              format(MSG, prefer: if code.empty? then 'a' else 'b' end) + width + if wide? then 1 else 0 end
              save! if code
            end
            """, as: "Ruby")

        #expect(summary(ruby) == ["== 1-7 ccn=2 nest=1", "message 9-12 ccn=4 nest=1"])
    }

    @Test func aLoopsOwnDoOpensNoSecondBlock() throws {
        let ruby = try functions("def drain\n  while busy? do\n    step\n  end\n  for x in list do\n  end\nend\n", as: "Ruby")

        #expect(summary(ruby) == ["drain 1-7 ccn=3 nest=1"])
    }
}
