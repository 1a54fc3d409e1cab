import DeclarationScan
import SourceScan

/// One out-of-line module a Rust file declares (`mod watch;`), with where the compiler looks for its file.
///
/// A `#[path = "…"]` attribute names the file instead of the default layout (ripgrep's `#[path = "disabled.rs"] mod
/// imp;`); `#[cfg_attr(…, path = "…")]` names another file the module may be, so a declaration can name several. A
/// declaration inside inline modules (`mod a { mod b; }`) sits below their folders (`RustModuleTree` resolves them).
public struct RustModuleItem: Hashable, Sendable {
    /// An inline module around a declaration (`mod a { … }`), with its own `#[path]` if any.
    public struct Inline: Hashable, Sendable {
        public var name: String
        public var path: String?

        public init(name: String, path: String? = nil) {
            self.name = name
            self.path = path
        }
    }

    /// The module's name (`watch`).
    public var name: String
    /// The paths its `#[path]` and `#[cfg_attr(…, path)]` attributes give, as written; empty for the default layout.
    public var paths: [String]
    /// The inline modules around it, outermost first.
    public var inline: [Inline]

    public init(name: String, paths: [String] = [], inline: [Inline] = []) {
        self.name = name
        self.paths = paths
        self.inline = inline
    }

    /// Where the file may be, relative to the declaring file's folder, as rustc looks: `x.rs` or `x/mod.rs` in the
    /// declaring module's folder (the file's own for a file owning its folder, a crate root, a `mod.rs` or a file a
    /// `#[path]` named; else the folder named after its stem), below the inline modules' folders; a `#[path]` is
    /// relative to the file's own folder at top level, and to the inline modules' folders inside them.
    func candidates(stem: String?) -> [String] {
        var folder = stem.map { $0 + "/" } ?? ""
        var besideFile = stem != nil
        for module in inline {
            if let path = module.path {
                folder = Self.joined(folder, path, besideFile: besideFile)
                if !folder.isEmpty && !folder.hasSuffix("/") { folder += "/" }
            } else {
                folder += module.name + "/"
            }
            besideFile = false
        }
        guard paths.isEmpty else { return paths.map { Self.joined(folder, $0, besideFile: besideFile) } }
        return [folder + name + ".rs", folder + name + "/mod.rs"]
    }

    /// `path` (backslashes as slashes, without a leading `./`) after `folder`, or after the folder above it where the
    /// declaring file owns no folder of its own (a `#[path]` at the top of `a/b.rs` is relative to `a/`).
    private static func joined(_ folder: String, _ path: String, besideFile: Bool) -> String {
        var base = folder
        if besideFile {
            base = String(folder.dropLast())
            base = base.lastIndex(of: "/").map { String(base[...$0]) } ?? ""
        }
        var relative = String(path.map { $0 == "\\" ? "/" : $0 })
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        return base + relative
    }
}

/// Reads a Rust file's `mod x;` declarations with their `#[path]` attributes and the inline modules around them.
///
/// A declaration inside any block but an inline module's (a function body) is left out: rustc accepts one only with
/// a `#[path]`, relative to a folder no layout gives.
struct RustModuleItems {
    let source: SymbolSource

    /// An open brace: the inline module it opens, or nil for any other block.
    private struct Block {
        var module: RustModuleItem.Inline?
    }

    func find() -> [RustModuleItem] {
        var state = State()
        var index = 0
        while index < source.tokens.count {
            if let (end, found) = attribute(at: index) {
                state.paths += found
                index = end
            } else if let end = module(at: index, into: &state) {
                index = end
            } else {
                if source.isPunct(index, "{") { state.blocks.append(Block()) }
                if source.isPunct(index, "}") { _ = state.blocks.popLast() }
                if source.isPunct(index, "{") || source.isPunct(index, "}") || source.isPunct(index, ";") { state.paths = [] }
                index += 1
            }
        }
        return state.items
    }

    /// What the reading has found and where it is.
    private struct State {
        var items: [RustModuleItem] = []
        var blocks: [Block] = []
        /// The `#[path]`s of the attributes since the last item.
        var paths: [String] = []
    }

    /// Reads `mod x;` (an item, when every block around it is an inline module) or `mod x {` (a block) at `index`;
    /// returns where reading goes on, or nil when neither starts there.
    private func module(at index: Int, into state: inout State) -> Int? {
        guard source.isWord(index, "mod"), source.isWord(index + 1), index == 0 || !source.isPunct(index - 1, "::") else {
            return nil
        }
        let name = source.text(source.tokens[index + 1])
        let inline = state.blocks.compactMap(\.module)
        defer { state.paths = [] }
        if source.isPunct(index + 2, ";") {
            if inline.count == state.blocks.count {
                state.items.append(RustModuleItem(name: name, paths: state.paths, inline: inline))
            }
            return index + 3
        }
        guard source.isPunct(index + 2, "{") else { return nil }
        state.blocks.append(Block(module: RustModuleItem.Inline(name: name, path: state.paths.first)))
        return index + 3
    }

    /// The attribute starting at `index` (`#[…]`, `#![…]`): where it ends, and the paths it gives (`#[path = "x"]`,
    /// each `path = "x"` of a `#[cfg_attr(…)]`); nil when none starts there.
    private func attribute(at index: Int) -> (end: Int, paths: [String])? {
        guard source.isPunct(index, "#") else { return nil }
        let open = source.isPunct(index + 1, "!") ? index + 2 : index + 1
        guard source.isPunct(open, "[") else { return nil }
        let end = source.skipGroup(from: open, open: "[", close: "]")
        let isPath = source.isWord(open + 1, "path"), isConditional = source.isWord(open + 1, "cfg_attr")
        guard isPath || isConditional else { return (end, []) }
        var paths: [String] = []
        var cursor = open + 1
        while cursor + 2 < end {
            if source.isWord(cursor, "path"), source.isPunct(cursor + 1, "="), source.tokens[cursor + 2].kind == .string {
                paths.append(Self.unquoted(source.text(source.tokens[cursor + 2])))
            }
            cursor += 1
        }
        return (end, paths)
    }

    /// A string literal's contents: `"a.rs"` and `r#"a.rs"#` are `a.rs`.
    static func unquoted(_ literal: String) -> String {
        guard let first = literal.firstIndex(of: "\""), let last = literal.lastIndex(of: "\""), first < last else {
            return literal
        }
        return String(literal[literal.index(after: first)..<last])
    }
}
