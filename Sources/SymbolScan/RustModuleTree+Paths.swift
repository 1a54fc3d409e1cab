/// Which file of the crate a Rust path written in a file names, through the module tree and the file's `use` lines.
extension RustModuleTree {
    /// Where a path leads.
    public enum Target: Hashable, Sendable {
        /// An item `name` of the module file `file` (declared there, or re-exported by it).
        case local(file: String, name: String)
        /// Another crate's item (`fmt::Display` after `use std::fmt;`, `http_body::Body`).
        case external
        /// Nothing the tree can tell: a bare name no `use` line binds, a module inline in its file.
        case unknown
    }

    /// The target of `written` (`Foo`, `super::Foo`, `crate::body::Body`, `extract::FromRequest`) in `file`: `crate`,
    /// `self` and `super` walk the tree from the file's module, a first segment naming one of its modules or a name a
    /// `use` line binds goes through it, any other first segment is another crate.
    public func target(of written: String, from file: String) -> Target {
        target(of: written.split(separator: ":").map(String.init), from: file, depth: 0)
    }

    private func target(of segments: [String], from file: String, depth: Int) -> Target {
        guard let name = segments.last, depth < 8 else { return .unknown }
        let bound = uses[file] ?? [:]
        guard segments.count > 1 else {
            guard let path = bound[name] else { return .unknown }
            return target(of: path.split(separator: ":").map(String.init), from: file, depth: depth + 1)
        }
        let module = segments.dropLast()
        guard let first = module.first else { return .unknown }
        // A first segment no module of the file and no `use` line names is another crate's.
        guard ["crate", "self", "super"].contains(first) || child(named: first, of: file) != nil else {
            guard let path = bound[first] else { return .external }
            let rest = path.split(separator: ":").map(String.init) + segments.dropFirst()
            return target(of: rest, from: file, depth: depth + 1)
        }
        return self.file(of: module, from: file).map { .local(file: $0, name: name) } ?? .unknown
    }

    /// The file of the module `path` names from `file` (`crate::a`, `super::super`, `self::b`, `b::c` of a module
    /// `file` declares); nil when a step names no module file (an inline module, a module another file re-exports).
    private func file(of path: ArraySlice<String>, from file: String) -> String? {
        var rest = path
        var current = file
        switch rest.first {
        case "crate":
            current = crateRoot(of: file)
            rest = rest.dropFirst()
        case "self":
            rest = rest.dropFirst()
        default:
            while rest.first == "super" {
                guard let parent = parent(of: current) else { return nil }
                current = parent.file
                rest = rest.dropFirst()
            }
        }
        for segment in rest {
            guard let next = child(named: segment, of: current) else { return nil }
            current = next
        }
        return current
    }

    /// The file of module `name` that `file` declares; with `#[path]` alternatives, the first.
    private func child(named name: String, of file: String) -> String? {
        children(of: file).first { parent(of: $0)?.name == name }
    }

    /// The crate root above `file` (the file itself for a root).
    private func crateRoot(of file: String) -> String {
        var current = file
        for _ in 0..<64 {
            guard let parent = parent(of: current) else { return current }
            current = parent.file
        }
        return current
    }
}
