import SourceScan

/// C, C++, Objective-C: `#include`/`#import`/`#include_next` of `"x.h"` or `<x.h>`, Objective-C's
/// `@import X.Y;`, and C++20's `import m;` / `import <h>;`.
///
/// `<stdio.h>` is not a string token (the lexer sees `<`, `stdio`, `.`, `h`, `>`), so the header name is
/// read from the raw bytes after the directive, up to the end of its line.
enum CImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            let token = reader.tokens[position]
            if token.kind == .directive {
                if isInclude(token, reader.bytes), let (name, kind) = headerName(reader.bytes, after: token.end) {
                    reader.add(name, kind, line: Int(token.line))
                }
                position += 1
                continue
            }
            if reader.codes[position] == 0x74726F706D69 && token.kind == .word {  // wordCode("import")
                position = readImport(&reader, at: position)
                continue
            }
            position += 1
        }
    }

    /// Reads `@import X.Y;` or a C++20 `import …;` at `position`; returns where to go on.
    private static func readImport(_ reader: inout ImportReader, at position: Int) -> Int {
        let line = reader.line(at: position)
        if reader.isPunct(position - 1, "@") {
            guard let (path, end) = reader.path(from: position + 1, separator: ".") else { return position + 1 }
            reader.add(path, .module, line: line)
            return end
        }
        let opensLine = reader.startsLine(position)
            || (reader.isWord(position - 1, "export") && reader.startsLine(position - 1))
        guard opensLine else { return position + 1 }
        if reader.isString(position + 1) && reader.isPunct(position + 2, ";") {
            reader.add(reader.unquoted(at: position + 1), .file, line: line)
            return position + 3
        }
        if reader.isPunct(position + 1, "<"),
            let (name, kind) = headerName(reader.bytes, after: reader.tokens[position].end)
        {
            reader.add(name, kind, line: line)
            return position + 1
        }
        // A named module: `import std.core;`.
        guard let (path, end) = reader.path(from: position + 1, separator: "."), reader.isPunct(end, ";") else {
            return position + 1
        }
        reader.add(path, .module, line: line)
        return end + 1
    }

    /// Whether a directive token is `#include`, `#import` or `#include_next` (spaces may follow the `#`).
    private static func isInclude(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = Int(token.start) + 1
        while start < token.end && (bytes[start] == 32 || bytes[start] == 9) { start += 1 }
        let word = Token(kind: .word, line: token.line, start: Int32(start), length: Int32(token.end - start))
        return word.equals("include", in: bytes) || word.equals("import", in: bytes)
            || word.equals("include_next", in: bytes)
    }

    /// The `"name"` or `<name>` that follows `offset` on the same line, or nil (a macro, or unterminated).
    private static func headerName(
        _ bytes: UnsafeBufferPointer<UInt8>, after offset: Int
    ) -> (String, ImportFacts.Kind)? {
        var start = offset
        while start < bytes.count && (bytes[start] == 32 || bytes[start] == 9) { start += 1 }
        guard start < bytes.count else { return nil }
        let close: UInt8
        let kind: ImportFacts.Kind
        switch bytes[start] {
        case UInt8(ascii: "\""): (close, kind) = (UInt8(ascii: "\""), .file)
        case UInt8(ascii: "<"): (close, kind) = (UInt8(ascii: ">"), .system)
        default: return nil
        }
        var end = start + 1
        while end < bytes.count && bytes[end] != close {
            if bytes[end] == 10 { return nil }
            end += 1
        }
        guard end < bytes.count, end > start + 1 else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self), kind)
    }
}
