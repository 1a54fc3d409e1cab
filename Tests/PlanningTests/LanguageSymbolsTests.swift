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
