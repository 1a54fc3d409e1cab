import SymbolScan
import Testing

/// An Erlang file is its module: other files reach it by the name `-module` gives (ninenines/cowboy's
/// `cowboy_http3:init(…)` in src/cowboy.erl, which a split had called a lower layer that used nothing of the rest).
@Suite struct ErlangSymbolsTests {
    @Test func aFileDeclaresItsModuleAndUsesTheModulesItCalls() throws {
        let caller = try symbols(
            "-module(cowboy).\n-export([start/0]).\nstart() ->\n    cowboy_http3:init(self()).\n", as: "Erlang")
        let callee = try symbols(
            "%% The HTTP/3 protocol.\n-module(cowboy_http3).\n-export([init/1]).\ninit(P) -> P.\n", as: "Erlang")

        #expect(caller.declaredNames == ["cowboy"])
        #expect(callee.declaredNames == ["cowboy_http3"])
        #expect(caller.uses.contains("cowboy_http3"))
        let edges = SymbolGraph().dependencies([("src/cowboy.erl", caller), ("src/cowboy_http3.erl", callee)])
        #expect(edges.map { "\($0.from)->\($0.to)" } == ["src/cowboy.erl->src/cowboy_http3.erl"])
    }
}

/// A declaring keyword written as a symbol literal declares nothing (JuliaData/DataFrames.jl's `return :function`).
@Suite struct SymbolLiteralKeywordTests {
    @Test func aSymbolNamedLikeAKeywordDeclaresNothing() throws {
        let facts = try symbols("function kind(f)\n    return :function\nend\n\nfunction g(x)\n    x\nend\n", as: "Julia")

        #expect(facts.declaredNames == ["g", "kind"])
    }
}

/// A Go package's files link by its two-letter types and by the functions its platform files each declare
/// (etcd-io/bbolt's `DB` and `Tx`; `flock` in bolt_unix.go, bolt_windows.go, bolt_aix.go, bolt_android.go and
/// bolt_solaris.go, which a split had called files that use one name of the package and that db.go does not call).
@Suite struct GoPackageLinksTests {
    @Test func twoLetterTypesAndPlatformVariantsLink() throws {
        let database = try symbols(
            "package bbolt\n\ntype DB struct{ tx *Tx }\n\nfunc (db *DB) Open() error {\n\treturn flock(db)\n}\n", as: "Go")
        let transaction = try symbols("package bbolt\n\ntype Tx struct{ db *DB }\n", as: "Go")
        let platforms = ["unix", "windows", "aix", "android", "solaris"]
        var files = [("db.go", database), ("tx.go", transaction)]
        for platform in platforms {
            files.append(("bolt_\(platform).go", try symbols("package bbolt\n\nfunc flock(db *DB) error { return nil }\n", as: "Go")))
        }

        let edges = Set(SymbolGraph().dependencies(files).map { "\($0.from)->\($0.to) \($0.names)" })
        #expect(edges.contains("db.go->tx.go [\"Tx\"]"))
        #expect(edges.contains("tx.go->db.go [\"DB\"]"))
        #expect(platforms.allSatisfy { edges.contains("db.go->bolt_\($0).go [\"flock\"]") })
        #expect(edges.contains("bolt_aix.go->db.go [\"DB\"]"))
    }

    @Test func twoLetterNamesInLowerCaseAndFiveOrdinaryDeclarersLinkNothing() throws {
        var files = [("user.go", try symbols("package p\n\nfunc use() { db := open(); _ = db }\n", as: "Go"))]
        files.append(("db.go", try symbols("package p\n\nvar db = 1\n", as: "Go")))
        for name in ["a", "b", "c", "d", "e"] {
            files.append(("\(name).go", try symbols("package p\n\nfunc open() int { return 0 }\n", as: "Go")))
        }

        #expect(SymbolGraph().dependencies(files).filter { $0.from == "user.go" }.isEmpty)
    }
}

/// A type declared inside a Swift extension is its file's: async-http-client's HTTPConnectionPool+Manager.swift
/// (`extension HTTPConnectionPool { final class Manager … }`) is used by HTTPClient.swift's
/// `HTTPConnectionPool.Manager(…)`; a split had moved it as an upper layer nothing used.
@Suite struct SwiftExtensionMemberTypesTests {
    @Test func aTypeInsideAnExtensionLinksTheFilesNamingItsExtendedType() throws {
        let manager = try symbols(
            "extension HTTPConnectionPool {\n    final class Manager {\n        struct Inner {}\n    }\n"
                + "    private struct Hidden {}\n    func run() {}\n}\n", as: "Swift")
        let client = try symbols("final class HTTPClient {\n    let pool: HTTPConnectionPool.Manager\n}\n", as: "Swift")
        let other = try symbols("final class Transaction {\n    var state: Manager\n}\n", as: "Swift")

        #expect(manager.declaredNames == ["Manager"])
        #expect(manager.memberTypes == ["Manager": "HTTPConnectionPool"])
        #expect(manager.declarations.map(\.name) == ["HTTPConnectionPool"])
        let files = [("Manager.swift", manager), ("HTTPClient.swift", client), ("Transaction.swift", other)]
        let edges = SymbolGraph().dependencies(files).map { "\($0.from)->\($0.to) \($0.names)" }
        // Transaction.swift's `Manager` is no HTTPConnectionPool's: it names no HTTPConnectionPool.
        #expect(edges == ["HTTPClient.swift->Manager.swift [\"Manager\"]"])
    }
}

/// A Ruby class or module declared inside others names its file too (rspec/rspec-core's `Example.new` in reporter.rb and
/// `RSpec::Core::OutputWrapper` in formatters.rb, whose files declare them inside `module RSpec` and `module Core`: a
/// split had called reporter.rb and formatters.rb a lower layer that used nothing of the rest).
@Suite struct RubyNestedTypesTests {
    @Test func anIndentedClassOrModuleIsDeclaredAndLinksItsUsers() throws {
        let example = try symbols(
            "module RSpec\n  module Core\n    class Example\n      def run; end\n    end\n"
                + "    class << self\n    end\n  end\nend\n", as: "Ruby")
        let wrapper = try symbols(
            "module RSpec\n  module Core\n    class Formatters::OutputWrapper\n    end\n  end\nend\n", as: "Ruby")
        let reporter = try symbols(
            "module RSpec::Core\n  class Reporter\n    def notify\n      example = Example.new(group, {})\n"
                + "      RSpec::Core::OutputWrapper === example.class\n    end\n  end\nend\n", as: "Ruby")

        #expect(example.declaredNames == ["Core", "Example", "RSpec"])
        #expect(example.declarations.map(\.name) == ["RSpec"])
        #expect(wrapper.declaredNames == ["Core", "OutputWrapper", "RSpec"])
        let edges = SymbolGraph().dependencies([
            ("lib/rspec/core/reporter.rb", reporter), ("lib/rspec/core/example.rb", example),
            ("lib/rspec/core/output_wrapper.rb", wrapper),
        ])
        #expect(edges.filter { $0.from == "lib/rspec/core/reporter.rb" }.map { "\($0.to) \($0.names)" } == [
            "lib/rspec/core/example.rb [\"Example\", \"RSpec\"]",
            "lib/rspec/core/output_wrapper.rb [\"OutputWrapper\", \"RSpec\"]",
        ])
    }
}
