import SymbolScan
import Testing

@Suite struct OCamlDeclarationsTests {
    @Test func topLevelItemsAreNamedAfterTheirKeywordAndEndWhereTheNextItemStarts() throws {
        let text = """
            open Stdune
            module Process = Dune_engine.Process

            module Async = struct
              type t = int
              let run x =
                let y = x in
                y
            end

            (** Documentation of [create]. *)
            let rec create ?(n = 0) () =
              let open Fiber.O in
              n
            and destroy () = ()

            type (_, 'b) pair = 'b
            and +'a u = A | B
            type nonrec _ t = t list
            type 'a t += Extra
            module type S = sig
              val x : int
            end
            exception Failed of string
            external length : string -> int = "caml_ml_string_length"
            class virtual ['a] stack = object end
            let[@inline never] ( >>= ) m f = f m
            let () = print_endline "x"
            let%expect_test "name" = ()
            include Other
            """

        let facts = try symbols(text, as: "OCaml")

        #expect(facts.declarations.map { "\($0.kind) \($0.name) \($0.startLine)-\($0.endLine)" } == [
            "module Process 2-2", "module Async 4-9", "let create 12-15", "type pair 17-18", "type t 19-19",
            "type t 20-20", "module type S 21-23", "exception Failed 24-24", "external length 25-25",
            "class stack 26-26", "let >>= 27-27", "let _ 28-28", "let name 29-29",
        ])
        #expect(facts.declaredNames == [
            ">>=", "Async", "Failed", "Process", "S", "create", "destroy", "length", "pair", "stack", "t", "u",
        ])
        #expect(facts.declarations[1].codeLines == 6)
    }

    @Test func anUnindentedStructuresContentsAndQuotedTextAreNoTopLevelItems() throws {
        let text = """
            module M = struct
            let inner = 1
            type hidden = int
            end
            let test =
              {|
            let not_a_declaration = 1
            |}
            val exposed : int
            """

        let facts = try symbols(text, as: "OCaml")

        #expect(facts.declarations.map { "\($0.kind) \($0.name) \($0.startLine)-\($0.endLine)" } == [
            "module M 1-4", "let test 5-8", "val exposed 9-9",
        ])
    }
}
