import SymbolScan
import Testing

/// Items declared inside the common item macros (`pin_project!`, `bitflags!`, `lazy_static!`, `thread_local!`) are the
/// file's declarations, the invocation one region (a split moves it whole); other macros' bodies declare nothing.
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
        #expect(facts.declarations.map(\.endLine) == [10, 18, 23, 27, 30])
        #expect(["ResponseFuture", "Flags", "NAMES"].allSatisfy(facts.declaredNames.contains))
        #expect(!facts.declaredNames.contains("A") && !facts.declaredNames.contains("inner"))
    }

    /// A path may name the macro (`pin_project_lite::pin_project!`).
    @Test func aQualifiedItemMacroDeclaresItsItems() throws {
        let text = "pin_project_lite::pin_project! {\n    pub struct Qualified<F> {\n        inner: F,\n    }\n}\n"

        #expect(try symbols(text, as: "Rust").declarations.map(\.name) == ["Qualified"])
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
