import SymbolScan
import Testing

/// Items declared inside the common item macros (`pin_project!`, `bitflags!`, `lazy_static!`, `thread_local!`) are the
/// file's declarations, as if the macro were not there; other macros' bodies and function bodies declare nothing.
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

            pin_project_lite::pin_project! {
                pub struct Qualified<F> {
                    #[pin]
                    inner: F,
                }
            }

            fn helper() {
                let inner = 1;
            }
            """

        let facts = try symbols(text, as: "Rust")

        #expect(facts.declarations.map(\.name) == [
            "ResponseFuture", "Flags", "TABLE", "NAMES", "DEPTH", "Qualified", "helper",
        ])
        #expect(facts.declarations.map(\.kind) == ["struct", "struct", "static", "static", "static", "struct", "fn"])
        #expect(facts.declaredNames.contains("ResponseFuture") && facts.declaredNames.contains("Flags"))
        #expect(!facts.declaredNames.contains("A") && !facts.declaredNames.contains("inner"))
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
