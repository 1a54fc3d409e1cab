import ImportScan
import Lexing
import RuleCatalog
import SourceScan
import Testing

private let languages = Result { try RuleCatalog.bundled().languages }

/// The test items of `text` in language `name`, as the text of each, and their lines counted as a file's are.
private func testItems(in text: String, as name: String) throws -> (items: [String], lines: LineCounts) {
    let table = try languages.get()
    let index = try #require(table.index(named: name))
    let extractor = ImportExtractor(language: table.languages[index])
    let lexer = table.lexers[index]
    return Array(text.utf8).withUnsafeBufferPointer { bytes in
        let buffer = TokenBuffer()
        _ = lexer.lex(bytes, into: buffer)
        let ranges = extractor.testItems(in: buffer, bytes: bytes)
        let lines = ranges.reduce(LineCounts()) { $0 + lexer.lex(UnsafeBufferPointer(rebasing: bytes[$1]), into: nil) }
        return (ranges.map { String(decoding: bytes[$0], as: UTF8.self) }, lines)
    }
}

@Suite struct InFileTestsTests {
    @Test func rustItemsUnderCfgTestAreTestItems() throws {
        // starship/starship: 114 of its module files end in `#[cfg(test)] mod tests { … }`, about half its lines.
        let text = """
            use std::fmt;
            pub fn f() -> u8 { 1 }

            #[cfg(test)]
            mod tests {
                // A comment.
                use super::*;

                #[test]
                fn one() { assert_eq!(f(), 1); }
            }
            #[cfg(test)] use tokio_test::assert_ok;
            #[cfg(not(test))] fn g() {}
            #[cfg(all(test, not(loom)))]
            mod loom_free { fn h() {} }
            #[cfg(any(test, feature = "x"))] fn i() {}
            """

        let (items, lines) = try testItems(in: text, as: "Rust")

        #expect(items == [
            "#[cfg(test)]\nmod tests {\n    // A comment.\n    use super::*;\n\n"
                + "    #[test]\n    fn one() { assert_eq!(f(), 1); }\n}",
            "#[cfg(test)] use tokio_test::assert_ok;",
            "#[cfg(all(test, not(loom)))]\nmod loom_free { fn h() {} }",
        ])
        #expect(lines == LineCounts(total: 11, code: 9, comment: 1, blank: 1))
    }

    @Test func anUnclosedOrEmptyRustItemEndsWithTheFile() throws {
        #expect(try testItems(in: "fn f() {}\n#[cfg(test)]", as: "Rust").items == ["#[cfg(test)]"])
        #expect(try testItems(in: "#[cfg(test)]\nmod tests {\n fn a() {", as: "Rust").items == [
            "#[cfg(test)]\nmod tests {\n fn a() {",
        ])
        #expect(try testItems(in: "fn f() { let test = 1; }", as: "Rust").items == [])
    }

    @Test func zigTestDeclarationsAreTestItems() throws {
        let text = """
            const std = @import("std");
            pub fn add(a: i32, b: i32) i32 { return a + b; }
            test "add" {
                try std.testing.expect(add(1, 2) == 3);
            }
            test add { _ = add(1, 1); }
            test { std.testing.refAllDecls(@This()); }
            const x = config.test;
            """

        let (items, _) = try testItems(in: text, as: "Zig")

        #expect(items == [
            "test \"add\" {\n    try std.testing.expect(add(1, 2) == 3);\n}",
            "test add { _ = add(1, 1); }",
            "test { std.testing.refAllDecls(@This()); }",
        ])
    }

    @Test func otherLanguagesWriteNoTestItems() throws {
        #expect(try testItems(in: "func test() { }\n", as: "Go").items == [])
        #expect(try testItems(in: "def test(): pass\n", as: "Python").items == [])
    }
}
