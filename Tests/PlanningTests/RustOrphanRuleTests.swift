import SymbolScan
import Testing

/// Rust's orphan rule as RFC 2451 states it, read from the impl header's text: `Box`, `Pin` and references are
/// fundamental (seen through), and a type counts only when no uncovered type parameter comes before it.
@Suite struct RustOrphanRuleTests {
    private static func orphanTypes(_ header: String) throws -> [String]? {
        try symbols(header + " {\n}\n", as: "Rust").declarations.first?.orphanTypes
    }

    @Test func fundamentalWrappersAreSeenThrough() throws {
        #expect(try Self.orphanTypes("impl fmt::Display for Box<Body>") == ["Body"])
        #expect(try Self.orphanTypes("impl<'a> Future for Pin<&'a mut Body>") == ["Body"])
        #expect(try Self.orphanTypes("impl Future for std::pin::Pin<Box<crate::body::Body>>") == ["crate::body::Body"])
        #expect(try Self.orphanTypes("impl<'a> fmt::Debug for &'a mut Body") == ["Body"])
        // Negative: a raw pointer is no fundamental type, and a covering type is named itself.
        #expect(try Self.orphanTypes("unsafe impl Send for *const Body") == nil)
        #expect(try Self.orphanTypes("impl fmt::Debug for Vec<Body>") == ["Vec"])
    }

    @Test func uncoveredTypeParametersHideTheTypesAfterThem() throws {
        // Allowed in Local's crate: the local type comes first.
        #expect(try Self.orphanTypes("impl<T> From<T> for Local") == ["Local"])
        #expect(try Self.orphanTypes("impl<S> FromRequest<S> for Body") == ["Body"])
        // Not allowed in Local's crate: an uncovered `T` comes before it, bare, behind `&` or in a `Box`.
        #expect(try Self.orphanTypes("impl<T> ForeignTrait<Local> for T") == nil)
        #expect(try Self.orphanTypes("impl<'a, T: Clone> ForeignTrait<Local> for &'a T") == nil)
        #expect(try Self.orphanTypes("impl<T> ForeignTrait<Local> for Box<T>") == nil)
        #expect(try Self.orphanTypes("impl<T> ForeignTrait<T, Local> for Other") == ["Other"])
        // A covered parameter (`Vec<T>`) hides nothing; a const parameter is no type.
        #expect(try Self.orphanTypes("impl<T> ForeignTrait<Local> for Vec<T>") == ["Vec", "Local"])
        #expect(try Self.orphanTypes("impl<const N: usize> ForeignTrait<Local> for [u8; N]") == ["Local"])
    }

    /// In a module: `impl fmt::Display for Box<Body>` stays with body.rs; `impl<T> Into<Body> for T` (possible only in
    /// the trait's crate) binds to nothing of the module, while `impl<T> From<T> for Body` binds to body.rs.
    @Test func aSplitKeepsAFundamentalImplWithItsType() throws {
        let files = try [
            ("src/lib.rs", symbols("mod body;\nmod show;\nmod blanket;\nmod from;\n", as: "Rust")),
            ("src/body.rs", symbols("pub struct Body;\n", as: "Rust")),
            ("src/show.rs", symbols("use crate::body::Body;\nimpl fmt::Display for Box<Body> {\n}\n", as: "Rust")),
            ("src/blanket.rs", symbols("use crate::body::Body;\nimpl<T> Wrap<Body> for T {\n}\n", as: "Rust")),
            ("src/from.rs", symbols("use crate::body::Body;\nimpl<T> From<T> for Body {\n}\n", as: "Rust")),
        ]
        var tree = RustModuleTree(
            files: files.map(\.0), items: Dictionary(uniqueKeysWithValues: files.map { ($0.0, $0.1.moduleItems) }))
        for (path, _) in files.dropFirst(2) { tree.uses[path] = ["Body": "crate::body::Body"] }
        let bound = BoundFiles(
            declarations: files.map(\.1.declarations), declaredNames: files.map(\.1.declaredNames),
            paths: files.map(\.0), rust: tree)

        #expect(bound.group(of: "src/show.rs") == ["src/body.rs", "src/show.rs", "src/from.rs"])
        #expect(bound.anchors(of: "src/blanket.rs").isEmpty)
    }

    /// A trait names a type too, its trait object: `impl Handler for dyn Service` is Handler's crate's or Service's to
    /// write, so with both the module's it moves with or after either (it had been bound to handler.rs alone, as if
    /// `dyn Service` were another crate's type); `impl fmt::Display for Box<dyn Service + Send>` is Service's, and an
    /// inherent `impl dyn Service` extends it: both stay with service.rs.
    @Test func aTraitObjectIsItsTraitsType() throws {
        #expect(try Self.orphanTypes("impl Handler for dyn Service") == ["Service"])
        #expect(try Self.orphanTypes("impl fmt::Display for Box<dyn Service + Send>") == ["Service"])
        let files = try [
            ("src/lib.rs", symbols("mod service;\nmod handler;\nmod both;\nmod inherent;\nmod show;\n", as: "Rust")),
            ("src/service.rs", symbols("pub trait Service {}\n", as: "Rust")),
            ("src/handler.rs", symbols("pub trait Handler {}\n", as: "Rust")),
            ("src/both.rs", symbols("use crate::handler::Handler;\nimpl Handler for dyn Service {\n}\n", as: "Rust")),
            ("src/inherent.rs", symbols("use crate::service::Service;\nimpl dyn Service {\n}\n", as: "Rust")),
            ("src/show.rs", symbols("use std::fmt;\nimpl fmt::Display for Box<dyn Service + Send> {\n}\n", as: "Rust")),
        ]
        var tree = RustModuleTree(
            files: files.map(\.0), items: Dictionary(uniqueKeysWithValues: files.map { ($0.0, $0.1.moduleItems) }))
        tree.uses = [
            "src/both.rs": ["Handler": "crate::handler::Handler", "Service": "crate::service::Service"],
            "src/inherent.rs": ["Service": "crate::service::Service"],
            "src/show.rs": ["fmt": "std::fmt", "Service": "crate::service::Service"],
        ]
        let bound = BoundFiles(
            declarations: files.map(\.1.declarations), declaredNames: files.map(\.1.declaredNames),
            paths: files.map(\.0), rust: tree)

        #expect(bound.anchors(of: "src/both.rs") == ["src/service.rs", "src/handler.rs"])
        #expect(bound.group(of: "src/both.rs") == nil)
        #expect(bound.group(of: "src/service.rs") == ["src/service.rs", "src/inherent.rs", "src/show.rs"])
    }
}
