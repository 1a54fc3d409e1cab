import SymbolScan
import Testing

/// Ruby's classes and modules by their whole names (SymbolScan's `RubyConstants`): what a file declares, and what each
/// constant path it writes may mean where it is written.
@Suite struct RubyConstantsTests {
    /// puma's `module Puma::Rack` declares `Rack`, the last segment, as `Puma::Rack`; rspec-core's `class Example`
    /// inside `module RSpec` and `module Core` is `RSpec::Core::Example`; a one-line class opens no module.
    @Test func aClassOrModuleIsDeclaredByItsLastSegmentAndItsWholeName() throws {
        let builder = try symbols(
            "module Puma\nend\n\nmodule Puma::Rack\n  class Options\n    def parse\n      Rack::Handler.get(x)\n"
                + "    end\n  end\n\n  class Builder\n  end\nend\n", as: "Ruby")
        let example = try symbols(
            "module RSpec\n  module Core\n    class Error < StandardError; end\n    class Example\n    end\n"
                + "    class << self\n    end\n  end\nend\nmodule Other\nend\n", as: "Ruby")

        #expect(builder.declarations.map(\.name) == ["Puma", "Rack"])
        #expect(builder.declaredNames == ["Builder", "Options", "Puma", "Rack"])
        #expect(builder.qualifiedDeclarations == ["Puma", "Puma::Rack", "Puma::Rack::Builder", "Puma::Rack::Options"])
        #expect(example.qualifiedDeclarations == [
            "Other", "RSpec", "RSpec::Core", "RSpec::Core::Error", "RSpec::Core::Example",
        ])
        // Inside `module Puma::Rack` and `class Options`, `Rack::Handler` may be either's or the top level's; `module
        // Puma::Rack` is no module `Puma` around it, so not the vendored `Puma::Rack`.
        #expect(builder.qualifiers["Rack"] == [
            "Puma::Rack::Options::Rack", "Puma::Rack::Options::Rack::Handler", "Puma::Rack::Rack",
            "Puma::Rack::Rack::Handler", "Rack", "Rack::Handler",
        ])
    }

    /// A path from `::` is the top level's only; an unindented module body still nests until its `end`.
    @Test func anAbsolutePathAndAnUnindentedBody() throws {
        let facts = try symbols(
            "module Puma\nclass Configuration\ndef app\n  ::Rack::Builder\n  Puma::Rack::Builder\nend\nend\nend\n"
                + "Launcher\n", as: "Ruby")

        #expect(facts.qualifiedDeclarations == ["Puma", "Puma::Configuration"])
        #expect(facts.qualifiers["Rack"] == ["Rack", "Rack::Builder"])
        #expect(facts.qualifiers["Launcher"] == ["Launcher"])
        #expect(facts.qualifiers["Puma"]?.contains("Puma::Rack::Builder") == true)
    }

    /// A symbol may name a constant of any module (rspec-core's `autoload :ExceptionPresenter`), but `Object`'s are the
    /// top level's (puma's `Object.const_defined?(:Rack)`); a constant assigned at a line's start is declared.
    @Test func symbolsAndAssignedConstants() throws {
        let facts = try symbols(
            "module RSpec\n  module Core\n    module Formatters\n      autoload :ExceptionPresenter, 'x'\n    end\n"
                + "  end\n  SharedContext = Core::SharedContext\n  Object.const_defined?(:Rack)\nend\n", as: "Ruby")

        #expect(facts.qualifiers["ExceptionPresenter"] == ["*::ExceptionPresenter"])
        #expect(facts.qualifiers["Rack"] == ["Rack"])
        #expect(facts.qualifiedDeclarations == [
            "RSpec", "RSpec::Core", "RSpec::Core::Formatters", "RSpec::SharedContext",
        ])
    }
}
