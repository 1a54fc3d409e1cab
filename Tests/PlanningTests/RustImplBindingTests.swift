import SymbolScan
import Testing

/// Which file a Rust `impl` binds to: the one its path or its file's `use` lines name, and, for a trait's, the one of
/// the trait or the type the orphan rule keeps it with.
@Suite struct RustImplBindingTests {
    /// An `impl` reads its trait and type as paths: a qualified type is named by its last segment, a reference's by what
    /// it refers to, a tuple's by the trait's; generic arguments, `>>` included, are passed over.
    @Test func implsReadTheirTraitAndTypePaths() throws {
        let text = """
            impl super::Foo {
            }
            impl<S> FromRequest<S> for Body {
            }
            impl<'a> fmt::Display for &'a crate::body::Body {
            }
            impl<A, B> Pair for (A, B) {
            }
            impl<T> From<Vec<Option<T>>> for Wrapper<T> {
            }
            unsafe impl<S, T> FromRequest<S, private::ViaParts> for T where T: Send {
            }
            """

        let impls = try symbols(text, as: "Rust").declarations

        #expect(impls.map(\.name) == ["Foo", "Body", "Body", "Pair", "Wrapper", "T"])
        #expect(impls.map(\.trait) == [nil, "FromRequest", "fmt::Display", "Pair", "From", "FromRequest"])
        #expect(impls.map(\.typePath) == ["super::Foo", nil, "crate::body::Body", "", nil, nil])
        #expect(impls.map(\.boundName) == ["Foo", nil, nil, nil, nil, nil])
        #expect(impls.map(\.orphanTypes) == [nil, ["Body"], ["crate::body::Body"], nil, ["Wrapper", "Vec"], nil])
        let more = try symbols("impl PartialEq<&'_ str> for Str {\n}\nimpl Extend<Item = Foo> for Bar {\n}\n", as: "Rust")
        #expect(more.declarations.map(\.orphanTypes) == [["Str", "str"], ["Bar"]])
    }

    private static func file(_ path: String, _ text: String) throws -> (path: String, facts: SymbolFacts) {
        (path, try symbols(text, as: "Rust"))
    }

    private static func bound(_ files: [(path: String, facts: SymbolFacts)], uses: [String: [String: String]]) -> BoundFiles {
        var tree = RustModuleTree(
            files: files.map(\.path), items: Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.facts.moduleItems) }))
        tree.uses = uses
        return BoundFiles(
            declarations: files.map(\.facts.declarations), declaredNames: files.map(\.facts.declaredNames),
            paths: files.map(\.path), rust: tree)
    }

    /// Two files declare a `Foo`: `impl super::Foo` binds to its parent's, `impl Foo` after `use crate::a::Foo;` to
    /// a.rs; a bare `impl Foo` no `use` line names binds to both, as before; one naming another crate's binds nothing.
    @Test func anImplBindsToTheFooItsPathNames() throws {
        let files = try [
            Self.file("src/lib.rs", "mod a;\nmod b;\nmod c;\nmod d;\nmod e;\n"),
            Self.file("src/a.rs", "pub struct Foo;\n"),
            Self.file("src/b.rs", "pub struct Foo;\nmod imp;\n"),
            Self.file("src/b/imp.rs", "impl super::Foo {\n}\n"),
            Self.file("src/c.rs", "use crate::a::Foo;\nimpl Foo {\n}\n"),
            Self.file("src/d.rs", "impl Foo {\n}\n"),
            Self.file("src/e.rs", "use other::Foo;\nimpl Foo {\n}\n"),
        ]

        let bound = Self.bound(files, uses: ["src/c.rs": ["Foo": "crate::a::Foo"], "src/e.rs": ["Foo": "other::Foo"]])

        #expect(bound.group(of: "src/b/imp.rs") == ["src/a.rs", "src/b.rs", "src/b/imp.rs", "src/c.rs", "src/d.rs"])
        #expect(bound.group(of: "src/e.rs") == nil)
        let narrow = Self.bound(Array(files.prefix(5)), uses: ["src/c.rs": ["Foo": "crate::a::Foo"]])
        #expect(narrow.groups.map { $0.map { files[$0].path } } == [["src/a.rs", "src/c.rs"], ["src/b.rs", "src/b/imp.rs"]])
    }

    /// axum-core: `impl FromRequest for Bytes` (the module's trait, another crate's type) and `impl fmt::Display for
    /// Body` (the reverse) stay with the file declaring the module's one; `impl FromRequest for Body` (both the
    /// module's) moves with or after either; one whose names the tree cannot place binds nothing.
    @Test func traitImplsFollowTheOrphanRule() throws {
        let files = try [
            Self.file("src/lib.rs", "mod body;\nmod extract;\nmod parts;\nmod bytes;\nmod show;\nmod guess;\n"),
            Self.file("src/body.rs", "pub struct Body;\n"),
            Self.file("src/extract.rs", "pub trait FromRequest {}\n"),
            Self.file("src/parts.rs", "use crate::extract::FromRequest;\nuse super::body::Body;\nimpl FromRequest for Body {\n}\n"),
            Self.file("src/bytes.rs", "use super::extract::FromRequest;\nimpl FromRequest for Bytes {\n}\n"),
            Self.file("src/guess.rs", "use super::extract::*;\nimpl FromRequest for Body {\n}\n"),
            Self.file("src/show.rs", "use std::fmt;\nimpl fmt::Display for crate::body::Body {\n}\n"),
        ]

        let bound = Self.bound(files, uses: [
            "src/parts.rs": ["FromRequest": "crate::extract::FromRequest", "Body": "super::body::Body"],
            "src/bytes.rs": ["FromRequest": "super::extract::FromRequest"], "src/show.rs": ["fmt": "std::fmt"],
        ])

        #expect(bound.group(of: "src/bytes.rs") == ["src/extract.rs", "src/bytes.rs"])
        #expect(bound.group(of: "src/show.rs") == ["src/body.rs", "src/show.rs"])
        #expect(bound.anchors(of: "src/parts.rs") == ["src/body.rs", "src/extract.rs"])
        // The trait's type arguments count: `impl From<Id> for Body` is Id's file's to write, or Body's.
        let ids = try Self.bound(files + [
            Self.file("src/id.rs", "pub struct Id;\nimpl From<Id> for Body {\n}\n"),
            Self.file("src/convert.rs", "use crate::id::Id;\nuse crate::body::Body;\nimpl From<Id> for Body {\n}\n"),
        ], uses: ["src/convert.rs": ["Id": "crate::id::Id", "Body": "crate::body::Body"]])
        #expect(ids.group(of: "src/id.rs") == nil && ids.anchors(of: "src/id.rs").isEmpty)
        #expect(ids.anchors(of: "src/convert.rs") == ["src/body.rs", "src/id.rs"])
        // A bare `FromRequest` a glob brings may be any module's: guess.rs is bound to nothing.
        #expect(bound.group(of: "src/guess.rs") == nil && bound.anchors(of: "src/guess.rs").isEmpty)
        // Without its trait or type the file stays; with both leaving it goes, or they stay when it cannot.
        #expect(bound.anchored([3], allowing: [3]) == [])
        #expect(bound.anchored([2, 3, 4], allowing: [2, 3, 4]) == [2, 3, 4])
        #expect(bound.anchored([1, 2, 4, 6], allowing: [1, 2, 3, 4, 6]) == [1, 2, 3, 4, 6])
        #expect(bound.anchored([1, 2, 4, 6], allowing: [1, 2, 4, 6]) == [])
        // In move order, it waits for the first of them.
        let order = bound.afterAnchors([["src/parts.rs"], ["src/other.rs"], ["src/extract.rs", "src/bytes.rs"]]) { $0 }
        #expect(order == [["src/other.rs"], ["src/extract.rs", "src/bytes.rs"], ["src/parts.rs"]])
    }
}
