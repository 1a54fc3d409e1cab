import FunctionScan
import ImportScan
import SourceScan
import Testing

@Suite struct ImportGoAndRustTests {
    // MARK: Go

    @Test func goSingleAndGroupedImportsKeepAliasesAndTheirOwnLines() throws {
        let text = """
            package main

            import "fmt"
            import (
                "net/http"
                b "github.com/gin-gonic/gin/binding"
                _ "embed"; . "strings"
                raw `os`
            )
            """

        let found = try imports(in: text, as: "Go")

        #expect(found == [
            ImportFacts(path: "fmt", kind: .module, line: 3),
            ImportFacts(path: "net/http", kind: .module, line: 5),
            ImportFacts(path: "github.com/gin-gonic/gin/binding", kind: .module, line: 6, alias: "b"),
            ImportFacts(path: "embed", kind: .module, line: 7, alias: "_"),
            ImportFacts(path: "strings", kind: .module, line: 7, alias: "."),
            ImportFacts(path: "os", kind: .module, line: 8, alias: "raw"),
        ])
    }

    @Test func goRelativeImportsAreRelative() throws {
        let text = "import \"./internal\"\n"

        let found = try imports(in: text, as: "Go")

        #expect(found.map(\.kind) == [.relative])
    }

    @Test func goUnterminatedGroupKeepsWhatItRead() throws {
        let text = "import (\n\"fmt\"\n\"os\"\nfunc main() {}\n"

        let found = try importPaths(in: text, as: "Go")

        #expect(found == ["fmt", "os"])
    }

    // MARK: Rust

    @Test func rustUseTreesBecomeOneImportPerLeaf() throws {
        let text = """
            use std::collections::HashMap;
            use std::io::{self, Read, Write as W};
            pub(crate) use serde::{de::{self, Visitor}, Serialize};
            use crate::config::*;
            use super::parent;
            use ::log;
            """

        let found = try imports(in: text, as: "Rust")

        #expect(found.map(\.path) == [
            "std::collections::HashMap", "std::io", "std::io::Read", "std::io::Write", "serde::de",
            "serde::de::Visitor", "serde::Serialize", "crate::config::*", "super::parent", "log",
        ])
        #expect(found.map(\.kind) == [
            .module, .module, .module, .module, .module, .module, .module, .relative, .relative, .module,
        ])
        #expect(found[3].alias == "W")
    }

    @Test func rustGroupMembersOnTheirOwnLinesKeepThem() throws {
        let text = "use a::{\n    b,\n    c::d,\n};\n"

        let found = try imports(in: text, as: "Rust")

        #expect(found.map(\.line) == [2, 3])
    }

    @Test func rustPublicUsesAndExternCratesReExport() throws {
        let text = """
            pub use tokio_macros::{main, test};
            pub(crate) use helpers::util;
            use serde::Serialize;
            pub extern crate bytes;
            pub use crate::codec::Framed;
            """

        let found = try imports(in: text, as: "Rust")

        #expect(found.map(\.path) == [
            "tokio_macros::main", "tokio_macros::test", "helpers::util", "serde::Serialize", "bytes", "crate::codec::Framed",
        ])
        #expect(found.map(\.reexports) == [true, true, false, false, true, true])
    }

    @Test func rustModuleFileReferencesAndExternCratesAreRead() throws {
        let text = """
            mod parser;
            pub mod lexer;
            mod tests { use super::*; }
            extern crate libc;
            extern crate serde_json as json;
            fn f() -> impl Sized + use<'a> {}
            """

        let found = try imports(in: text, as: "Rust")

        #expect(found == [
            ImportFacts(path: "parser", kind: .file, line: 1),
            ImportFacts(path: "lexer", kind: .file, line: 2),
            ImportFacts(path: "super::*", kind: .relative, line: 3),
            ImportFacts(path: "libc", kind: .module, line: 4),
            ImportFacts(path: "serde_json", kind: .module, line: 5, alias: "json"),
        ])
    }

    @Test func rustPathsFromTheFilesOwnModulesAreRelative() throws {
        // prost-types' lib.rs: `mod protobuf; pub use protobuf::*;` re-exports its own module, not the workspace's
        // `protobuf` crate.
        let text = """
            mod protobuf;
            mod util { pub fn f() {} }
            pub use protobuf::*;
            use util::f;
            use serde::Serialize;
            """

        let found = try imports(in: text, as: "Rust")

        #expect(found == [
            ImportFacts(path: "protobuf", kind: .file, line: 1),
            ImportFacts(path: "self::protobuf::*", kind: .relative, line: 3, reexports: true),
            ImportFacts(path: "self::util::f", kind: .relative, line: 4),
            ImportFacts(path: "serde::Serialize", kind: .module, line: 5),
        ])
    }

    @Test func rustTestOnlyItemsImportNothingForTheCrate() throws {
        let text = """
            use crate::io;
            #[cfg(test)]
            mod tests {
                use tokio_stream::StreamExt;
                fn f() { let x = { 1 }; }
            }
            #[cfg(test)] use tokio_test::assert_ok;
            #[cfg(not(test))] use std::fmt;
            use futures::Stream;
            #[cfg(all(test, not(loom)))]
            mod more { use tokio_test::io; }
            #[cfg(any(test, feature = "x"))] use bytes::Buf;
            """

        let found = try imports(in: text, as: "Rust")

        #expect(found == [
            ImportFacts(path: "crate::io", kind: .relative, line: 1),
            ImportFacts(path: "std::fmt", kind: .module, line: 8),
            ImportFacts(path: "futures::Stream", kind: .module, line: 9),
            ImportFacts(path: "bytes::Buf", kind: .module, line: 12),
        ])
    }

    @Test func rustCratesNamedByPathsInCodeArePathImports() throws {
        let text = """
            use std::io;
            use bytes::Buf;
            mod local { pub fn f() {} }
            #[tokio::main]
            async fn main() -> io::Result<()> {
                tokio::fuzz::fuzz_linked_list(data);
                let v = Vec::<u8>::new(); local::f(); bytes::Bytes::new(); u32::MAX; x.collect::<T>();
                tracing::info!("x"); std::mem::drop(v); self::log::b(); tokio::spawn(f);
            }
            #[allow(clippy::all)]
            #[cfg(test)]
            mod tests { fn t() { tokio_test::block_on(f); } }
            """

        let found = try imports(in: text, as: "Rust")

        // Once per file, in source order; bound names (`io`, `local`), imported crates (`bytes`), std, types,
        // primitives, lint tools and test-only code are none.
        #expect(found == [
            ImportFacts(path: "std::io", kind: .module, line: 1),
            ImportFacts(path: "bytes::Buf", kind: .module, line: 2),
            ImportFacts(path: "tokio", kind: .path, line: 4),
            ImportFacts(path: "tracing", kind: .path, line: 8),
        ])
    }

    @Test func rustAbsolutePathsNameTheirCrate() throws {
        let text = """
            use ::serde::Serialize;
            fn f(x: Box<dyn ::std::any::Any>) -> Vec<::bytes::Bytes> {
                ::tokio::spawn(g);
                let y = <T as Trait>::assoc::make();
                a::b::c();
            }
            """

        let found = try imports(in: text, as: "Rust")

        // The leading `::` opens no segment; `assoc` after `<…>::` and `b` after `a::` are no roots.
        #expect(found == [
            ImportFacts(path: "serde::Serialize", kind: .module, line: 1),
            ImportFacts(path: "bytes", kind: .path, line: 2),
            ImportFacts(path: "tokio", kind: .path, line: 3),
            ImportFacts(path: "a", kind: .path, line: 5),
        ])
    }

    @Test func rustCodeAProcMacroQuotesIsItsUsersNotItsOwn() throws {
        let text = """
            use quote::quote;
            fn wrap(code: TokenStream) -> TokenStream {
                let use_serde = quote! { extern crate serde as _serde; };
                let path: syn::Path = parse_quote!(::tokio::runtime::Builder);
                quote_spanned![span=> use ::bytes::Buf; #code]
            }
            fn after() { futures::join!(a, b); }
            """

        let found = try imports(in: text, as: "Rust")

        // Each quoting macro's body, whatever its delimiter, ends where its own bracket closes.
        #expect(found == [
            ImportFacts(path: "quote::quote", kind: .module, line: 1),
            ImportFacts(path: "syn", kind: .path, line: 4),
            ImportFacts(path: "futures", kind: .path, line: 7),
        ])
    }
}
