import FunctionScan
import Testing

/// Grammars no reference tool reads well: lizard 1.24.3 has no Clojure reader, and its Erlang reader ends a function
/// at the first `;` (a `case` clause's) and reads a `-spec` as one. The figures are the grammars' definitions.
@Suite struct FunctionGrammarTests {
    @Test func erlangFunctionsAreTheirClausesUpToTheFormsDot() throws {
        let text = #"""
            #!/usr/bin/env escript
            -module(shop).
            -record(state, {rate = 1.5, items = []}).
            -define(PICK(X), case X of 1 -> a; _ -> b end).
            -spec price(integer()) -> atom(); (atom()) -> atom().
            price(X) ->
                case X of
                    1 -> one;
                    2 when X > 1; X < 0 -> two;
                    _ -> other
                end.

            total(S) when S#state.rate > 0 andalso S#state.items =/= [] ->
                S#state.rate;
            total(0) ->
                Inc = fun(A) -> A + 1 end,
                Map = fun lists:map/2,
                Count = fun Loop(0) -> 0; Loop(N) -> Loop(N - 1) end,
                Inc(Map);
            total(_) ->
                try
                    receive
                        M -> M
                    after 100 -> timeout
                    end
                catch
                    _:_ -> $.
                end.
            unterminated(X) ->
                X
            """#

        let found = try functions(text, as: "Erlang")

        // price: a case clause, a guard's alternative, another clause; total: andalso, three clauses, the named
        // fun's second clause, catch. A form never ended is no function.
        #expect(summary(found) == ["price 6-11 ccn=4 nest=1", "total 13-28 ccn=6 nest=2"])
    }
}
