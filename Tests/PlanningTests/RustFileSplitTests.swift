import Planning
import PlanNaming
import SymbolScan
import Testing

/// A Rust file split makes modules of this file: an inline `mod` goes to its module file, a type takes its impls
/// along, and every new file lies in this file's module folder, declared here.
@Suite struct RustFileSplitTests {
    /// starship's print.rs: `explain` and the `#[cfg(test)] mod test` had gone together to print_test.rs.
    @Test func anInlineModuleGoesToItsModuleFileAlone() throws {
        let file = PlanFile(
            path: "src/print.rs", codeLines: 900,
            declarations: [
                Declaration(name: "get_prompt", kind: "fn", startLine: 1, endLine: 300, codeLines: 280),
                Declaration(name: "explain", kind: "fn", startLine: 301, endLine: 420, codeLines: 110),
                Declaration(name: "test", kind: "mod", startLine: 421, endLine: 900, codeLines: 340),
            ],
            declarationUses: [[], [], [1]])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains("Move `test` (mod, lines 421–900, 340 code lines) to src/print/test.rs"))
        #expect(steps.contains("Leave `mod test;` where `test` was, with its attributes"))
        #expect(!steps.contains { $0.contains("print_test.rs") || $0.contains("src/print/test.rs:") })
    }

    /// crossbeam-epoch's atomic.rs: `mod tests` has `#[cfg(all(test, not(crossbeam_loom)))]` and an `#[allow(…)]`,
    /// where the step had quoted `#[cfg(test)]`, which would turn the tests on under loom.
    @Test func theModuleLineKeepsTheAttributesTheFileHas() throws {
        var file = PlanFile(
            path: "src/atomic.rs", codeLines: 700,
            declarations: [
                Declaration(name: "Atomic", kind: "struct", startLine: 1, endLine: 400, codeLines: 390),
                Declaration(name: "tests", kind: "mod", startLine: 411, endLine: 700, codeLines: 290),
            ],
            declarationUses: [[], [0]])
        file.rustAttributes = [411: ["#[cfg(all(test, not(crossbeam_loom)))]", "#[allow(clippy::std_instead_of_core)]"]]

        #expect(try splitPlan(file).stages.flatMap(\.steps).contains(
            "Leave `mod tests;` where `tests` was, with its attributes (`#[cfg(all(test, not(crossbeam_loom)))]`, "
                + "`#[allow(clippy::std_instead_of_core)]`)"))
        // tokio's sync/broadcast.rs: `pub mod error {` leaves `pub mod error;`.
        (file.rustAttributes, file.rustVisibilities) = ([411: []], [411: "pub"])
        #expect(try splitPlan(file).stages.flatMap(\.steps).contains("Leave `pub mod tests;` where `tests` was"))
    }

    /// syn's generics.rs: `impl Lifetimes` had gone to a shared file while `struct Lifetimes` went to lifetimes.rs.
    @Test func aTypeTakesItsImplsAlongIntoTheFilesModuleFolder() throws {
        let file = PlanFile(
            path: "src/generics.rs", codeLines: 700,
            declarations: [
                Declaration(name: "Generics", kind: "struct", startLine: 1, endLine: 300, codeLines: 290),
                Declaration(name: "Lifetimes", kind: "struct", startLine: 301, endLine: 410, codeLines: 100),
                Declaration(name: "Lifetimes", kind: "impl", startLine: 411, endLine: 680, codeLines: 190),
                Declaration(name: "helper", kind: "fn", startLine: 681, endLine: 700, codeLines: 20),
            ],
            declarationUses: [[], [], [], []])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains("Move 2 declarations (290 code lines) to src/generics/lifetimes.rs: `Lifetimes` ×2 (301–680)"))
        #expect(steps.contains("Move `helper` (fn, lines 681–700, 20 code lines) to src/generics/helper.rs"))
        #expect(steps.contains { $0.hasPrefix("Declare each new file a module of generics.rs (`mod name;`)") })
    }

    /// ripgrep's walk.rs: `impl Iterator for Walk` had gone to walk/walk_walk.rs, `impl Stack` and functions to
    /// walk/walk_stack.rs: the module folder says whose parts they are (searcher/mod.rs's `impl Searcher` too).
    @Test func aPartInTheModuleFolderDoesNotRepeatItsName() throws {
        func file(walk: Int, stack: Int) -> PlanFile {
            PlanFile(
                path: "crates/ignore/src/walk.rs", codeLines: 700,
                declarations: [
                    Declaration(name: "Walk", kind: "struct", startLine: 1, endLine: 300, codeLines: 290),
                    Declaration(name: "Walk", kind: "impl", startLine: 301, endLine: 500, codeLines: walk),
                    Declaration(name: "Stack", kind: "impl", startLine: 501, endLine: 650, codeLines: stack),
                    Declaration(name: "check_symlink_loop", kind: "fn", startLine: 651, endLine: 700, codeLines: 40),
                ],
                declarationUses: [[], [], [], []])
        }

        var searcher = file(walk: 190, stack: 140)
        searcher.path = "crates/searcher/src/walk/mod.rs"
        let inFolder = try splitPlan(searcher).stages.flatMap(\.files)
        let impls = try splitPlan(file(walk: 190, stack: 140)).stages.flatMap(\.files)
        let stack = try splitPlan(file(walk: 140, stack: 190)).stages.flatMap(\.files)

        #expect(impls == ["crates/ignore/src/walk.rs", "crates/ignore/src/walk/impls.rs"])
        #expect(stack == ["crates/ignore/src/walk.rs", "crates/ignore/src/walk/stack.rs"])
        #expect(inFolder == ["crates/searcher/src/walk/mod.rs", "crates/searcher/src/walk/impls.rs"])
        #expect(SplitFileNames(path: "src/commands.rs", taken: []).sharedName(suffix: "type") == "commands_type.rs")
    }

    /// axum-macros' from_request/mod.rs had parts `mod_extract_fields.rs`, and routing/mod.rs `mod_.rs` (after a
    /// `const _`): a `mod.rs`'s parts are named after their declaration, or after the folder where that is taken.
    @Test func aModRsPartIsNamedAfterItsDeclaration() throws {
        let file = PlanFile(
            path: "src/from_request/mod.rs", codeLines: 700,
            declarations: [
                Declaration(name: "expand", kind: "fn", startLine: 1, endLine: 480, codeLines: 475),
                Declaration(name: "_", kind: "const", startLine: 481, endLine: 600, codeLines: 120),
                Declaration(name: "extract_fields", kind: "fn", startLine: 601, endLine: 700, codeLines: 100),
            ],
            declarationUses: [[], [], []])

        let names = try splitPlan(file).stages.flatMap(\.files).dropFirst()
        let taken = try splitPlan(file, otherPaths: ["src/from_request/extract_fields.rs"]).stages.flatMap(\.files)

        #expect(names.contains("src/from_request/extract_fields.rs"))
        #expect(!names.contains { $0.contains("mod_") })
        #expect(taken.contains("src/from_request/from_request_extract_fields.rs"))
    }

    /// A crate root's, or a `mod.rs`'s, child modules lie beside it.
    @Test func aCrateRootsModulesLieBesideIt() throws {
        let file = PlanFile(
            path: "src/lib.rs", codeLines: 700,
            declarations: [
                Declaration(name: "run", kind: "fn", startLine: 1, endLine: 300, codeLines: 290),
                Declaration(name: "tests", kind: "mod", startLine: 301, endLine: 700, codeLines: 390),
            ],
            declarationUses: [[], [0]])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains("Move `tests` (mod, lines 301–700, 390 code lines) to src/tests.rs"))
    }
}

@Suite struct RustModuleItemTests {
    /// syn's tests/repo/mod.rs: `mod progress;` had run to the next declaration, over the `use` lines after it.
    @Test func aModuleFileItemEndsAtItsSemicolon() throws {
        let facts = try symbols(
            "#![allow(x)]\n\nmod progress;\n\nuse self::progress::Progress;\nuse std::fs;\n\nconst REVISION: &str = \"b\";\n"
                + "mod inline {\n    fn f() {}\n}\n", as: "Rust")

        #expect(facts.declarations.map { "\($0.name) \($0.kind) \($0.startLine)–\($0.endLine) \($0.codeLines)" } == [
            "progress mod 3–3 1", "REVISION const 8–8 1", "inline mod 9–11 3",
        ])
    }
}

@Suite struct StepWordingRunTests {
    @Test func aRunsPiecesApartAreListedEach() {
        #expect(StepWording.run(name: "S", kind: "class", count: 2, pieces: [206...473, 1091...1096])
            == "`S` ×2 (206–473, 1091–1096)")
        #expect(StepWording.run(name: "S", kind: "class", count: 2, pieces: [31...164, 168...196]) == "`S` ×2 (31–196)")
        #expect(StepWording.run(name: "f", kind: "fn", count: 6, pieces: (0..<6).map { $0 * 100...$0 * 100 + 10 })
            == "`f` ×6 (0–10, 100–110, 200–210, 300–310, …)")
    }
}

@Suite struct DartPrivateSplitTests {
    /// mocktail's verify_test.dart: `_RealClass` is private to its library, and `_MockedClass` implements it.
    @Test func aLibraryPrivateDeclarationAndItsUsersStay() throws {
        let file = PlanFile(
            path: "test/verify_test.dart", codeLines: 700,
            declarations: [
                Declaration(name: "_RealClass", kind: "class", startLine: 1, endLine: 200, codeLines: 190),
                Declaration(name: "_MockedClass", kind: "class", startLine: 201, endLine: 210, codeLines: 5),
                Declaration(name: "Helper", kind: "class", startLine: 211, endLine: 400, codeLines: 180),
                Declaration(name: "UsesPrivate", kind: "class", startLine: 401, endLine: 700, codeLines: 290),
            ],
            declarationUses: [[], [0], [], [0]])

        let moved = try splitPlan(file).stages.flatMap(\.declarations)

        #expect(moved == ["Helper"])
    }
}
