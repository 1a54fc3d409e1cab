import SourceScan

/// Rust: `use` trees (`use a::b::{c, d as e, f::*};`), `mod x;` and `extern crate x;`.
///
/// A use tree becomes one import per leaf, its prefix joined on (`a::b::c`, `a::b::f::*`; an absolute
/// `::a::b` as `a::b`); a `self` leaf
/// names its prefix (`use a::{self}` is `a`). Paths from `crate`, `self` or `super` are relative.
/// `mod x;` names a module file (`x.rs` or `x/mod.rs`); `mod x { … }` is inline and not an import.
/// An item under `#[cfg(test)]` (the in-file `mod tests { … }`, a test-only `use`) is compiled only for the
/// crate's tests: its imports are test code's, not the crate's, so they are skipped, as a `tests/` folder is.
/// A crate named by a path in code without a `use` (`tokio::spawn(…)`, `#[tokio::main]`) is a `.path` import
/// (`RustCratePaths`). `pub use` and `pub extern crate` re-export what they import (`pub(crate) use` does not:
/// it ends in `)`).
/// A path whose first segment is a module the file declares (`mod protobuf;`, `mod util { … }`) is that module's,
/// relative as `self::protobuf` is, not a crate's: prost-types' `mod protobuf; pub use protobuf::*;` had made an
/// edge to the workspace's `protobuf` crate, closing a false cycle. (Rust 2018 paths resolve in the current module
/// first.)
/// The body of a proc macro's `quote!`, `quote_spanned!`, `parse_quote!` or `parse_quote_spanned!` is code the
/// macro writes into its user's crate: its `extern crate serde` is the user's import, not the macro crate's.
enum RustImports {
    /// Groups nested deeper than this are garbage, not code: their leaves are skipped so a pathological
    /// `use {{{{…` stays linear.
    private static let maximumDepth = 64
    private static let maximumLength = 4096

    static func read(_ reader: inout ImportReader) {
        var position = 0
        var paths = RustCratePaths()
        var inlineModules: Set<String> = []
        while position < reader.count {
            if reader.isWord(position, "mod"), reader.isWord(position + 1), reader.isPunct(position + 2, "{") {
                inlineModules.insert(reader.text(at: position + 1))
            }
            if let after = RustTestItems.attributeEnd(reader, at: position) {
                position = RustTestItems.itemEnd(reader, from: after)
            } else if let after = quotedCodeEnd(reader, at: position) {
                position = after
            } else if let after = readUse(&reader, at: position) ?? readModule(&reader, at: position)
                ?? readExternCrate(&reader, at: position)
            {
                position = after
            } else {
                paths.note(reader, at: position)
                position += 1
            }
        }
        paths.finish(into: &reader)
        resolveLocalModules(&reader, inline: inlineModules)
    }

    /// Makes relative the paths that start with a module the file declares (`mod x;` or `mod x { … }`).
    private static func resolveLocalModules(_ reader: inout ImportReader, inline: Set<String>) {
        let local = inline.union(reader.found.lazy.filter { $0.kind == .file }.map(\.path))
        guard !local.isEmpty else { return }
        reader.replace { facts in
            guard facts.kind == .module || facts.kind == .path,
                let first = facts.path.split(separator: ":", maxSplits: 1).first, local.contains(String(first))
            else { return nil }
            var relative = facts
            relative.path = "self::" + facts.path
            relative.kind = .relative
            return relative
        }
    }

    /// Reads the `use` tree at `position` (`pub use` re-exports it) and returns the position after it; nil when no
    /// `use` item starts there.
    private static func readUse(_ reader: inout ImportReader, at position: Int) -> Int? {
        guard reader.isWord(position, "use"), !reader.followsDot(position), !reader.isPunct(position + 1, "<") else {
            return nil
        }
        let count = reader.found.count
        let after = readUseTree(&reader, from: position + 1)
        if reader.isWord(position - 1, "pub") { reader.markReexported(since: count) }
        return after
    }

    /// Reads `mod x;` at `position`, a module file; nil when none starts there.
    private static func readModule(_ reader: inout ImportReader, at position: Int) -> Int? {
        guard reader.isWord(position, "mod"), reader.isWord(position + 1), reader.isPunct(position + 2, ";") else {
            return nil
        }
        reader.add(reader.text(at: position + 1), .file, line: reader.line(at: position))
        return position + 3
    }

    /// Reads `extern crate x;` or `extern crate x as y;` at `position` (`pub extern crate` re-exports it); nil when
    /// none starts there.
    private static func readExternCrate(_ reader: inout ImportReader, at position: Int) -> Int? {
        guard reader.isWord(position, "extern"), reader.isWord(position + 1, "crate"), reader.isWord(position + 2) else {
            return nil
        }
        let alias = reader.isWord(position + 3, "as") && reader.isWord(position + 4) ? reader.text(at: position + 4) : nil
        reader.add(
            reader.text(at: position + 2), .module, line: reader.line(at: position), alias: alias,
            reexports: reader.isWord(position - 1, "pub"))
        return position + (alias == nil ? 3 : 5)
    }

    private static let quotingMacros: [StaticString] = ["quote", "quote_spanned", "parse_quote", "parse_quote_spanned"]
    private static let delimiters: [(open: StaticString, close: StaticString)] = [("{", "}"), ("(", ")"), ("[", "]")]

    /// The position after a quoting macro's invocation (`quote! { … }`, `quote!(…)`, `quote![…]`) when one starts
    /// at `position`.
    private static func quotedCodeEnd(_ reader: ImportReader, at position: Int) -> Int? {
        guard reader.isPunct(position + 1, "!"), reader.isWord(position, oneOf: quotingMacros),
            !reader.followsDot(position),
            let (open, close) = delimiters.first(where: { reader.isPunct(position + 2, $0.open) })
        else { return nil }
        var depth = 0
        var index = position + 2
        while index < reader.count {
            if reader.isPunct(index, open) {
                depth += 1
            } else if reader.isPunct(index, close) {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return index
    }

    /// Reads one use tree up to its `;`, adding a leaf at every `,`, `}` or `;` that ends one.
    ///
    /// The path is one byte buffer; each open `{` remembers the length to cut back to, so the work is
    /// linear in the tokens (leaves longer than `maximumLength` are skipped). Stops at the first token a
    /// tree cannot hold.
    private static func readUseTree(_ reader: inout ImportReader, from start: Int) -> Int {
        var tree = UseTree(line: reader.line(at: start - 1))
        var position = start
        while position < reader.count {
            let token = reader.tokens[position]
            if token.kind == .word {
                if !tree.expectsSegment {
                    guard reader.isWord(position, "as"), reader.isWord(position + 1) else { return position }
                    tree.alias = reader.text(at: position + 1)
                    position += 2
                    continue
                }
                if tree.path.count == tree.groupStart { tree.line = Int(token.line) }
                tree.path.append(contentsOf: UnsafeBufferPointer(rebasing: reader.bytes[Int(token.start)..<token.end]))
                tree.expectsSegment = false
            } else if reader.isPunct(position, "::") {
                // `use ::serde::Serialize;` names the crate `serde`: an absolute path's leading `::` is no segment.
                if tree.path.isEmpty && tree.groupStarts.isEmpty && tree.expectsSegment {
                    position += 1
                    continue
                }
                tree.path.append(contentsOf: [58, 58])
                tree.expectsSegment = true
            } else if reader.isPunct(position, "*") && tree.expectsSegment {
                tree.path.append(UInt8(ascii: "*"))
                tree.expectsSegment = false
            } else if reader.isPunct(position, "{") && tree.expectsSegment {
                tree.groupStarts.append(tree.path.count)
            } else if reader.isPunct(position, ",") {
                tree.finishLeaf(into: &reader)
            } else if reader.isPunct(position, "}") && !tree.groupStarts.isEmpty {
                tree.finishLeaf(into: &reader)
                tree.groupStarts.removeLast()
                // The group is no leaf of its own: only `,`, `}` or `;` may follow it.
                tree.path.removeSubrange(tree.groupStart...)
            } else if reader.isPunct(position, ";") {
                tree.finishLeaf(into: &reader)
                return position + 1
            } else {
                return position
            }
            position += 1
        }
        return position
    }

    /// The state of one use tree being read.
    private struct UseTree {
        var line: Int
        var path: [UInt8] = []
        /// The path's length at each open `{`.
        var groupStarts: [Int] = []
        var alias: String?
        var expectsSegment = true

        var groupStart: Int { groupStarts.last ?? 0 }

        /// Adds the leaf just read, if any, and cuts the path back to the open group.
        mutating func finishLeaf(into reader: inout ImportReader) {
            defer {
                path.removeSubrange(groupStart...)
                alias = nil
                expectsSegment = true
            }
            guard !expectsSegment, groupStarts.count <= maximumDepth, path.count <= maximumLength else { return }
            var leaf = String(decoding: path, as: UTF8.self)
            if leaf.hasSuffix("::self") { leaf.removeLast(6) }
            reader.add(leaf, kind(of: leaf), line: line, alias: alias)
        }
    }

    private static func kind(of path: String) -> ImportFacts.Kind {
        for root in ["crate", "self", "super"] where path == root || path.hasPrefix(root + "::") {
            return .relative
        }
        return .module
    }
}
