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

    @Test func clojureDefinitionsCountBranchingFormsAndClauses() throws {
        let text = #"""
            (ns app.cart (:require [clojure.string :as str]))

            (defn ^:private total
              "Sums (if this were code) the cart."
              [items]
              (reduce (fn [acc {:keys [price qty]}]
                        (if (and (pos? price) (pos? qty))
                          (+ acc (* price qty))
                          acc))
                      0 items))

            (defn- classify [n]
              (cond
                (zero? n) :zero
                (neg? n) :negative
                :else :positive))

            (defmethod render :shape [{:keys [kind]}]
              (case kind
                :rect (draw-rect)
                :circle (draw-circle)
                (draw-default)))

            (defn notify-if-changed [old new]
              (when-not (= old new)
                (for [x new :when (odd? x)] #(str x \) "when"))))

            (mf/defc button* [{:keys [on-click]}] (when on-click [:button]))
            (t/deftest totals (is (= 1 (total [1]))))
            (def not-a-function (fn [] (if a b c)))
            (defn unclosed [x]
              (if x
            """#

        let found = try functions(text, as: "Clojure")

        // total: if, and (the fn is part of it); classify: two clauses, not :else; render: two clauses, not the
        // default; notify-if-changed: when-not, for, :when (its name's `if` and the string's `when` are none).
        #expect(summary(found) == [
            "total 3-10 ccn=3 nest=1", "classify 12-16 ccn=3 nest=1", "render 18-22 ccn=3 nest=1",
            "notify-if-changed 24-26 ccn=4 nest=2", "button* 28-28 ccn=2 nest=1", "totals 29-29 ccn=1 nest=0",
        ])
    }

    @Test func haskellFunctionsAreTheirEquationsByLayout() throws {
        let text = #"""
            {-# LANGUAGE LambdaCase #-}
            module Shop.Cart (total, classify) where

            import qualified Data.Map as M

            data Kind = Zero | Negative | Positive

            -- | Sums the cart.
            total :: [Int] -> Int
            total xs = foldl' (+) 0 [x | x <- xs, x > 0]

            classify :: Int -> Kind
            classify 0 = Zero
            classify n
              | n < 0 = Negative
              | otherwise = go' n
              where
                go' m = if m > 0 && m < 10 then Positive else Positive

            render :: Kind -> String
            render k = case k of
              Zero -> "zero"
              Negative -> "neg"
              Positive ->
                case k of
                  _ -> "pos"

            (<+>) :: Int -> Int -> Int
            a <+> b = a + b

            instance Show Kind where
              show Zero = "0"
              show _ = "?"

            pick = \case
              Zero -> 0
              _ -> 1

            makeLenses ''Kind
            """#

        let found = try functions(text, as: "Haskell")

        // classify: a second equation, two guards, if, &&; render: three alternatives (and one), nested; an operator
        // defined infix is named by it; `foldl'` and `go'` are names, and a list comprehension's `|` no guard; a
        // Template Haskell splice is no function.
        #expect(summary(found) == [
            "total 10-10 ccn=1 nest=0", "classify 13-18 ccn=6 nest=0", "render 21-26 ccn=3 nest=2",
            "(<+>) 29-29 ccn=1 nest=0", "show 32-33 ccn=2 nest=0", "pick 35-37 ccn=2 nest=1",
        ])
    }

    @Test func ocamlFunctionsAreStructureLevelBindingsByLayout() throws {
        let text = #"""
            open Import

            let fn = "dune-package"

            module Location = struct
              type t =
                | Stdlib of string
                | Absolute of string

              let to_dyn x =
                let open Dyn in
                match x with
                | Stdlib p -> variant "Stdlib" [ string p ]
                | Absolute p -> variant "Absolute" [ string p ]
              ;;

              let compare x y =
                match x, y with
                | Stdlib a, Stdlib b when a' = b -> (match a with "" | "." -> Eq | _ -> Lt)
                | (Stdlib _ | Absolute _), _ -> if a && b then Lt else Gt
              ;;

              let hash = Poly.hash
            end

            let rec length = function
              | [] -> 0
              | _ :: rest -> 1 + length rest

            and first xs = List.hd [| 1; 2 |]

            let () = print_endline fn
            """#

        let found = try functions(text, as: "OCaml")

        // to_dyn: one arm after the leading bar; compare: an arm, a guard, a nested match's arms (an or-pattern's
        // `|` too), if, &&; values (`fn`, `hash`, `()`) are none, and an array's brackets are no arm.
        #expect(summary(found) == [
            "to_dyn 10-15 ccn=2 nest=0", "compare 17-21 ccn=8 nest=0", "length 26-28 ccn=2 nest=0",
            "first 30-30 ccn=1 nest=0",
        ])
    }
}

/// OCaml keywords after `let` or `and` bind no function (janestreet/base had 152 functions named `type`).
@Suite struct OCamlKeywordBindingTests {
    @Test func typesOpensAndLocalModulesAreNoFunctions() throws {
        let text = """
            type t = int
            and type u = string

            let open Base in
            let module M = struct
              let inner x = x
            end in
            let nonrec length xs = List.length xs
            let exception Done in
            let add x y = x + y
            """

        let found = try functions(text, as: "OCaml")

        // `inner` is a function of the structure `M`, as one in any `struct … end`.
        #expect(found.map(\.name) == ["inner", "length", "add"])
    }
}

/// What may follow a C++ function's parameters before its body (google/benchmark's mutex.h, benchmark_runner.cc).
@Suite struct CTrailingSpecifierTests {
    @Test func annotationMacrosAndVirtSpecifiersKeepTheFunctionsName() throws {
        let text = """
            class Mutex {
              void Lock() ACQUIRE() { mut_.lock(); }
              bool Ok() const EXCLUDES(lock_) {
                return true;
              }
            };
            void Runner::RunThreads() override final {
              for (int i = 0; i < 3; ++i) {
                x();
              }
            }
            GTEST_DISABLE_MSC_WARNINGS_PUSH_(4251)
            TEST(Suite, Name) {
              y();
            }
            """

        let found = try functions(text, as: "C++")

        // lizard 1.24 names the first two `ACQUIRE` and `EXCLUDES`, and reads `for` as the third.
        #expect(found.map(\.name) == ["Lock", "Ok", "Runner::RunThreads", "TEST(Suite, Name)"])
    }
}

/// C# and Java type heads with parentheses hold the type's body, not a function's (restsharp/RestSharp).
@Suite struct ParameterizedTypeHeadTests {
    @Test func extensionBlocksAndPrimaryConstructorsHoldMethods() throws {
        let text = """
            public static class RestClientExtensions {
                extension(IRestClient client) {
                    public RestResponse Get(RestRequest request) {
                        return client.Execute(request);
                    }
                }
            }
            public class RestResponse(RestRequest request) : RestResponseBase(request) {
                public void Run() {
                    if (x) { y(); }
                }
            }
            """

        // lizard 1.24 reads `extension` as a function holding `Get`, and `RestResponseBase` as one holding `Run`.
        #expect(try functions(text, as: "C#").map(\.name) == ["Get", "Run"])
    }

    @Test func aJavaRecordHoldsItsMethodsAndAParameterNamedRecordOrStructIsNone() throws {
        let text = """
            record Point(int x, int y) {
                int sum() { return x + y; }
            }
            class Adapter {
                void take(Record record) { use(record); }
                static Object fromStruct(Struct struct) { return struct; }
            }
            """

        #expect(try functions(text, as: "Java").map(\.name) == ["sum", "take", "fromStruct"])
    }
}
