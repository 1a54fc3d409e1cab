import SourceScan

/// One import as the file writes it: what it names, where, and how it names it.
///
/// Nothing here is resolved: `path` is the string's contents without quotes, or the dotted, `::` or `\`
/// path joined as written, so a module graph can resolve it later against its own rules.
public struct ImportFacts: Hashable, Sendable, Codable {
    /// How an import names what it imports.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A module, package, crate or namespace by name (`import Foundation`, `"github.com/x/y"`, `react`).
        case module
        /// A file by path (`#include "x.h"`, PHP `require 'x.php'`, Ruby `load`, Rust `mod x;`).
        case file
        /// Relative to the importing file or its package (`./x`, Python `..x`, Rust `crate::`/`super::`).
        case relative
        /// A header from the include path (`#include <stdio.h>`).
        case system
        /// Computed at run time with a literal argument (JavaScript `import("x")`, `importlib.import_module`).
        case dynamic
        /// Named only by a path in code, with no import statement. A Rust crate (`tokio::spawn(…)`,
        /// `#[tokio::main]`): `path` is the root alone; it may be a local item the scan cannot see, so it counts only
        /// where it names a declared dependency. A JVM class by its qualified name (`extends cats.kernel.Band`):
        /// `path` is `a.b.C` (in Scala also `kernel.Eq`, and an object's member `cats.syntax.all.toFoo` whole); it
        /// may be a variable's fields, so it counts only where it names a class (or package) of another module of
        /// the repository. Where it does not count, it is no import at all: never an external one.
        case path
    }

    /// The imported module or path as written.
    public var path: String
    /// How `path` names what it imports.
    public var kind: Kind
    /// The 1-based line where the import starts; a member of a group (`import (…)`, `{…}`) has its own line.
    public var line: Int
    /// The local name the import binds (`as c`, Go's `_` and `.`, JavaScript's default or `* as` name).
    public var alias: String?
    /// Names taken from `path` where the grammar lists them apart from the module: Python's
    /// `from m import a, b` and JavaScript's `import {a, b} from "m"`. Empty elsewhere.
    public var names: [String]
    /// Whether the importing module passes what it imports on to its own importers: Swift's `@_exported import`,
    /// Rust's `pub use` and `pub extern crate`, JavaScript's `export … from`. Its importers use the imported
    /// module's names without importing it (ModuleReexports).
    public var reexports: Bool
    /// Scala: the packages `path`'s first name may be a member of, innermost first, before the root package: those
    /// the file's package clauses open around it (`package cats` then `package data`: `cats.data`, `cats`), so
    /// `import kernel.Eq` there is `cats.kernel.Eq` when the package `cats.kernel` exists. Empty elsewhere.
    public var scopes: [String]

    public init(
        path: String, kind: Kind, line: Int, alias: String? = nil, names: [String] = [], reexports: Bool = false,
        scopes: [String] = []
    ) {
        self.path = path
        self.kind = kind
        self.line = line
        self.alias = alias
        self.names = names
        self.reexports = reexports
        self.scopes = scopes
    }

    private enum CodingKeys: String, CodingKey {
        case path, kind, line, alias, names, reexports, scopes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        kind = try container.decode(Kind.self, forKey: .kind)
        line = try container.decode(Int.self, forKey: .line)
        alias = try container.decodeIfPresent(String.self, forKey: .alias)
        names = try container.decodeIfPresent([String].self, forKey: .names) ?? []
        reexports = try container.decodeIfPresent(Bool.self, forKey: .reexports) ?? false
        scopes = try container.decodeIfPresent([String].self, forKey: .scopes) ?? []
    }

    /// Writes `alias`, `names`, `reexports` and `scopes` only when they carry something, so most imports are three keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(kind, forKey: .kind)
        try container.encode(line, forKey: .line)
        try container.encodeIfPresent(alias, forKey: .alias)
        if !names.isEmpty { try container.encode(names, forKey: .names) }
        if reexports { try container.encode(true, forKey: .reexports) }
        if !scopes.isEmpty { try container.encode(scopes, forKey: .scopes) }
    }
}
