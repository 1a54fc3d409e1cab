@testable import AccruePlan
import ImportScan
import RuleCatalog
import SourceScan
import SymbolScan
import Testing

/// puma vendors `module Puma::Rack` (lib/puma/rack/builder.rb) and uses the rack gem's `Rack` elsewhere: a use of
/// `Rack` means the vendored module only inside `module Puma` or written `Puma::Rack`, and never where the file
/// requires `Rack` from the gem.
@Suite struct RubyConstantScopeTests {
    private func ruby(_ text: String) throws -> SymbolFacts {
        let table = try RuleCatalog.bundled().languages
        let index = try #require(table.languages.firstIndex { $0.name == "Ruby" })
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = table.lexers[index].lex(buffer, collectTokens: true).tokens
            return SymbolExtractor(language: table.languages[index]).symbols(in: tokens, bytes: buffer)
        }
    }

    @Test func aUseMeansAClassOrModuleByTheWholeNamesItsPathMayMean() throws {
        let builder = "lib/puma/rack/builder.rb"
        let symbols: [String: SymbolFacts] = try [
            builder: ruby("module Puma::Rack\n  class Builder\n  end\nend\n"),
            "lib/puma/handler.rb": ruby("module Rack\n  module Handler\n    class Puma\n    end\n  end\nend\n"),
            "lib/puma/configuration.rb": ruby(
                "module Puma\n  class Configuration\n    def app\n      require 'rack'\n      ::Rack::Builder\n"
                    + "      ::Rack::Handler::Puma\n      Puma::Rack::Builder\n    end\n  end\nend\n"),
            "lib/puma/app.rb": ruby("module Puma\n  class App\n    Rack::Builder\n  end\nend\n"),
            "bin/tool.rb": ruby("Rack::Builder.new\n"),
            "lib/puma/helpers.rb": ruby("require 'rack'\nmodule Puma\n  Rack::Builder\nend\n"),
            "lib/puma/plain.rb": ruby("def run; end\n"),
        ]
        let imports: [String: [ImportFacts]] = [
            "lib/puma/configuration.rb": [ImportFacts(path: "rack", kind: .module, line: 4)],
            "lib/puma/helpers.rb": [
                ImportFacts(path: "rack", kind: .module, line: 1),
                ImportFacts(path: "puma/plain", kind: .module, line: 1),
            ],
        ]
        let scope = RubyConstantScope(files: Array(symbols.keys), facts: symbols) { imports[$0] ?? [] }

        // Written whole, or inside `module Puma`.
        #expect(scope.sees(user: "lib/puma/configuration.rb", declarer: builder, name: "Rack"))
        #expect(scope.sees(user: "lib/puma/app.rb", declarer: builder, name: "Rack"))
        // The top level's `Rack`, and a file requiring the gem's.
        #expect(!scope.sees(user: "bin/tool.rb", declarer: builder, name: "Rack"))
        #expect(!scope.sees(user: "lib/puma/helpers.rb", declarer: builder, name: "Rack"))
        #expect(!scope.sees(user: "lib/puma/configuration.rb", declarer: "lib/puma/handler.rb", name: "Rack"))
        // A deeper name the project adds to the gem's module, written whole.
        #expect(scope.sees(user: "lib/puma/configuration.rb", declarer: "lib/puma/handler.rb", name: "Handler"))
        // A top-level module is the top level's; a method is no class; another language's file is seen as before.
        #expect(scope.sees(user: "bin/tool.rb", declarer: "lib/puma/handler.rb", name: "Rack"))
        #expect(scope.sees(user: "bin/tool.rb", declarer: "lib/puma/plain.rb", name: "run"))
        #expect(scope.sees(user: "lib/puma/app.js", declarer: builder, name: "Rack"))
    }

    @Test func aRequireNamesAProjectFileUnderLib() {
        let project = RubyConstantScope.loadPaths(among: ["lib/puma/rack/builder.rb", "gems/x/lib/rack/protection.rb"])
        let imports = [
            ImportFacts(path: "rack/builder", kind: .module, line: 1),
            ImportFacts(path: "rack/protection", kind: .module, line: 2),
            ImportFacts(path: "active_support/core_ext", kind: .module, line: 3),
            ImportFacts(path: "../x", kind: .relative, line: 4),
        ]

        #expect(project == ["puma/rack/builder", "rack/protection"])
        #expect(RubyConstantScope.gemRoots(imports, project: project) == ["activesupport"])
    }
}
