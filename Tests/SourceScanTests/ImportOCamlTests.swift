import ImportScan
import Testing

@Suite struct ImportOCamlTests {
    @Test func opensIncludesAliasesAndQualifiedPathsNameTheirHeadOncePerFile() throws {
        let text = """
            open Stdune
            open! Import
            module Process = Dune_engine.Process
            include Dune_lang.Decoder

            let run t =
              let open Fiber.O in
              let* () = Memo.run (Process.run t) in
              Dune_engine.Build_system.build Stdune.Path.root;
              List.map ~f:Fun.id [ Some 1; None ] |> Option.value ~default:[]

            let f (r : Config.t) = r.Config.Settings.name, Foo.(bar + baz)
            let g (module M : Intf.S) = (module Local : Intf.S)
            """

        let found = try imports(in: text, as: "OCaml", path: "src/dune_vcs/vcs.ml")

        // A first-class module's pattern `(module M : S)` reads as packing `M`, which it cannot be told from.
        #expect(found.map { "\($0.path) \($0.line)" } == [
            "Stdune 1", "Import 2", "Dune_engine 3", "Dune_lang 4", "Fiber 7", "Memo 8", "List 10", "Fun 10",
            "Option 10", "Config 12", "Foo 12", "M 13", "Intf 13", "Local 13",
        ])
        #expect(found.allSatisfy { $0.kind == .module })
    }

    @Test func theFilesOwnModuleAndTheModulesItBindsAreNoImports() throws {
        let text = """
            module Kind = struct
              let default = Vcs.Kind.Git
              module String = struct
                include String
                let x = Kind.y
              end
            end
            let k = Kind.default
            module type S = sig val x : int end
            module Make (P : S) = struct let y = P.x + S.z end
            module Local_alias = Other
            let z = Local_alias.v, String.length "", Make.y
            """

        let found = try imports(in: text, as: "OCaml", path: "src/vcs.ml").map(\.path)

        // `String` and `Kind` inside their own definitions mean the outer modules; `S` as a module is not the type.
        #expect(found == ["String", "Kind", "S", "Other"])
    }

    @Test func constructorsStringsAndCommentsNameNoModule() throws {
        let text = """
            (* Commented.out *)
            let e = Error (Some `Poly) | Ok Foo
            let s = "Quoted.name" ^ {|Expect.output Unbound.module|}
            let%expect_test _ = [%expect {| Error: Dune_engine.x |}]
            let c = 'A' :: ['B'] and f = 1.5
            """

        let found = try importPaths(in: text, as: "OCaml")

        #expect(found == [])
    }
}
