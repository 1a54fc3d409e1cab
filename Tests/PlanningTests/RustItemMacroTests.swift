import SymbolScan
import Testing

/// Items declared inside the common item macros (`pin_project!`, `bitflags!`, `lazy_static!`, `thread_local!`, in
/// braces, parentheses or brackets) are the file's declarations, the invocation one region (a split moves it whole);
/// other macros' bodies declare nothing, `macro_rules!` templates included.
@Suite struct RustItemMacroTests {
    @Test func itemMacrosDeclareTheirItems() throws {
        let text = """
            use std::cell::RefCell;

            pin_project! {
                /// Response future for [`Foo`].
                pub struct ResponseFuture<F> {
                    #[pin]
                    inner: F,
                }
            }

            bitflags! {
                #[derive(Clone, Copy)]
                pub struct Flags: u32 {
                    const A = 0b01;
                    const B = 0b10;
                }
            }

            lazy_static! {
                static ref TABLE: Vec<u8> = vec![];
                pub static ref NAMES: Vec<&'static str> = vec![];
            }

            thread_local! {
                static DEPTH: RefCell<u32> = RefCell::new(0);
            }

            fn helper() {
                let inner = 1;
            }
            """

        let facts = try symbols(text, as: "Rust")

        // Each invocation is one region from its own line, named after its first item; the others declare names.
        #expect(facts.declarations.map(\.name) == ["ResponseFuture", "Flags", "TABLE", "DEPTH", "helper"])
        #expect(facts.declarations.map(\.kind) == ["struct", "struct", "static", "static", "fn"])
        #expect(facts.declarations.map(\.startLine) == [3, 11, 19, 24, 28])
        #expect(facts.declarations.map(\.endLine) == [9, 17, 22, 26, 30])
        #expect(["ResponseFuture", "Flags", "NAMES"].allSatisfy(facts.declaredNames.contains))
        #expect(!facts.declaredNames.contains("A") && !facts.declaredNames.contains("inner"))
    }

    /// A path may name the macro (`pin_project_lite::pin_project!`).
    @Test func aQualifiedItemMacroDeclaresItsItems() throws {
        let text = "pin_project_lite::pin_project! {\n    pub struct Qualified<F> {\n        inner: F,\n    }\n}\n"

        #expect(try symbols(text, as: "Rust").declarations.map(\.name) == ["Qualified"])
    }

    /// `thread_local!(…);`, `lazy_static!(…);` and `bitflags![…]` declare their items as the brace forms do, one region
    /// per invocation; a call's arguments inside them stay nested.
    @Test func parenthesisedAndBracketedItemMacrosDeclareTheirItems() throws {
        let text = """
            thread_local!(static FOO: Cell<u32> = Cell::new(0));

            lazy_static!(
                static ref TABLE: Vec<u8> = make(vec![1, 2]);
                pub static ref NAMES: Vec<&'static str> = vec![];
            );

            bitflags![
                pub struct Flags: u32 {
                    const A = 0b01;
                }
            ];

            fn helper() {}
            """

        let facts = try symbols(text, as: "Rust")

        #expect(facts.declarations.map(\.name) == ["FOO", "TABLE", "Flags", "helper"])
        #expect(facts.declarations.map(\.kind) == ["static", "static", "struct", "fn"])
        #expect(facts.declarations.map(\.startLine) == [1, 3, 8, 14])
        #expect(facts.declarations.map(\.endLine) == [1, 6, 12, 14])
        #expect(["FOO", "TABLE", "NAMES", "Flags"].allSatisfy { facts.declaredNames.contains($0) || facts.moduleNames.contains($0) })
        #expect(!facts.declaredNames.contains("A") && !facts.moduleNames.contains("A"))
    }

    /// A `macro_rules!` body is a template, not items of the file: nothing it spells is declared, in any brackets, not
    /// even an item macro's items or a `mod` line; the items after it are.
    @Test func macroRulesTemplatesDeclareNothing() throws {
        let text = """
            #[macro_export]
            macro_rules! define {
                ($name:ident) => {
                    pub struct $name;
                    pub fn made() {}
                    impl Default for $name {
                        fn default() -> Self { $name }
                    }
                    thread_local!(static INNER: u8 = 0);
                    mod hidden;
                };
            }
            macro_rules! other (
                () => { pub enum Templated {} }
            );
            macro_rules! listed [
                () => { pub trait Tmpl {} }
            ];
            pub struct After;
            """

        let facts = try symbols(text, as: "Rust")

        #expect(facts.declarations.map(\.name) == ["After"])
        #expect(facts.declaredNames == ["After"] && facts.moduleNames.isEmpty)
        #expect(facts.moduleItems.isEmpty)
    }

    /// Another macro's body stays opaque: `macro_rules!` and a user macro declare nothing.
    @Test func otherMacrosDeclareNothing() throws {
        let text = """
            macro_rules! make {
                ($name:ident) => { struct $name; };
            }
            my_macro! {
                pub struct Hidden;
            }
            pub struct Shown;
            """

        let facts = try symbols(text, as: "Rust")

        #expect(facts.declarations.map(\.name) == ["Shown"])
    }
}
