import SourceScan

/// Rust crates named by a path in code, with no `use`: `tokio::spawn(…)`, `#[tokio::main]`, `-> bytes::Bytes`.
///
/// Since the 2018 edition a crate the manifest declares is in scope everywhere by its name, so
/// `tokio::fuzz::fuzz_linked_list(data)` uses tokio as surely as `use tokio::fuzz;` does. Each path's first
/// segment is noted once per file (by its token code, so the pass stays on tokens), and at the end those the
/// file binds itself are dropped: a `use` leaf or alias (`use std::io;` makes `io::Error` local), a `mod`, a name
/// a `use`/`extern crate` already imports, the prelude's roots (`std`, `core`, `alloc`) and primitive types
/// (`u32::MAX`). What is left becomes a `.path` import of the root alone; a module graph counts it only where it
/// names a declared dependency, since most such roots are local items the scan cannot see.
struct RustCratePaths {
    /// The first position of each distinct root, in source order, by token code.
    private var firsts: [Int] = []
    private var seen: Set<UInt64> = []
    /// Inline modules (`mod x { … }`): local names, never crates.
    private var modules: Set<String> = []

    /// Roots that are never a dependency: the crate itself, the standard crates, primitive types and lint tools
    /// (`#[allow(clippy::x)]`).
    private static let skipped: Set<String> = [
        "crate", "self", "super", "std", "core", "alloc", "clippy", "rustdoc", "rustfmt", "bool", "char", "str", "f32", "f64",
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
        // Keywords before an absolute path (`dyn ::std::any::Any`).
        "as", "dyn", "impl", "in", "for", "where", "mut", "ref", "return", "let", "const", "static", "pub", "move",
    ]

    /// Notes the token at `position` when it starts a path `name::segment` in code.
    mutating func note(_ reader: ImportReader, at position: Int) {
        guard reader.isWord(position) else { return }
        if reader.isWord(position, "mod") && reader.isWord(position + 1) && reader.isPunct(position + 2, "{") {
            modules.insert(reader.text(at: position + 1))
            return
        }
        // `name::word` with a lower-case ASCII name, as crates are named: not a type (`Vec::new`, `T::Output`), a
        // macro variable (`$crate::`), the tail of a longer path (`a::name::`) or a method's turbofish
        // (`x.collect::<T>`). An absolute path's root counts (`::tokio::spawn`, `dyn ::serde::Serialize`).
        let first = reader.bytes[Int(reader.tokens[position].start)]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
            reader.isPunct(position + 1, "::"), reader.isWord(position + 2),
            !reader.isPunct(position - 1, "::") || Self.startsAbsolutePath(reader, at: position - 1),
            !reader.isPunct(position - 1, "."),
            seen.insert(reader.codes[position]).inserted
        else { return }
        firsts.append(position)
    }

    /// Words after which `::` opens an absolute path (`dyn ::std::any::Any`), not a longer path's next segment.
    private static let keywords: [StaticString] = [
        "as", "dyn", "impl", "in", "for", "where", "mut", "ref", "return", "let", "const", "static", "pub", "move",
        "if", "else", "match", "while", "unsafe", "break", "yield",
    ]

    /// Whether the `::` at `position` starts an absolute path: it follows no path segment, generic arguments
    /// (`<T as Trait>::`) or brackets, but punctuation (`(`, `<`, `=`…), a keyword or the file's start.
    static func startsAbsolutePath(_ reader: ImportReader, at position: Int) -> Bool {
        if position == 0 { return true }
        if reader.isWord(position - 1) { return reader.isWord(position - 1, oneOf: keywords) }
        return !reader.isPunct(position - 1, oneOf: [">", ")", "]", "::", "$"])
    }

    /// Adds a `.path` import for each noted root the file does not bind or import itself.
    func finish(into reader: inout ImportReader) {
        guard !firsts.isEmpty else { return }
        var bound = modules.union(Self.skipped)
        for facts in reader.found {
            if facts.kind == .file {
                bound.insert(facts.path)
                continue
            }
            if let root = facts.path.split(separator: ":").first { bound.insert(String(root)) }
            if let alias = facts.alias {
                bound.insert(alias)
            } else if let last = facts.path.split(separator: ":").last {
                bound.insert(String(last))
            }
        }
        for position in firsts {
            let name = reader.text(at: position)
            if !bound.contains(name) { reader.addInOrder(name, .path, line: reader.line(at: position)) }
        }
    }
}
