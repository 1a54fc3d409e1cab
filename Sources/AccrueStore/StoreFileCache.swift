import AccrueKit
import FileScanning
import Foundation
import FunctionScan
import ImportScan
import RuleCatalog
import SourceScan
import Synchronization
import TrendStore
import FileClassification
import FunctionTokens

/// Per-file outcomes keyed by content (blob id, or a hash of work-tree bytes) and language, kept in the
/// store so a file version is analysed once across snapshots and runs.
///
/// Lookups hit an in-memory table first, then the store; new outcomes wait in memory until `flush`
/// writes them in one transaction (the caller decides when: after a scan, or with a trend sample).
public final class StoreFileCache: FileFactsCache {
    /// Bump when lexing, functions, imports or type counting change what they report for the same bytes.
    /// 2: Rust items under `#[cfg(test)]` import nothing. 3: Dart functions; Vue and Svelte script blocks; C
    /// function pointers name their typedefs. 4: a sample of each file's lines (amalgamations). 5: Erlang, Clojure,
    /// Haskell and OCaml functions, Clojure imports, Haskell pragmas as code. 6: Kotlin and Scala members without a
    /// body end at the next declaration's line; a C# constructor's `: base(…) => …;` has no braced body; C# and PHP
    /// namespaces' braces are no level, so nested types and methods are not top-level declarations. OCaml files
    /// import the module paths they name (declarations by item: not stored); OCaml's quoted strings (`{id|…|id}`)
    /// are strings, and strings in its comments are lexed; Markdown's code spans and fenced code blocks are text;
    /// an anchored generated marker carrying on a block comment's sentence is prose; prose and tables on long lines
    /// are not minified. 7: TypeScript's generic function declarations (`function f<T>(…)`) are functions;
    /// `auto-generated` headers mark generated files; Ruby's keywords as symbols, labels, method calls or predicates'
    /// names open no block; Ruby's percent literals and regular expressions are strings. 8: Elixir's `@doc ~S"""`
    /// heredocs are documentation; an Elixir module nested in a `do … end` block is no top-level declaration.
    /// 9: Ruby's `#{…}`, and `${…}` in JavaScript and TypeScript templates and Kotlin and Dart strings, hold
    /// literals of their own.
    /// 10: Rust files import the crates their code names by a path without a `use` (`.path` imports).
    /// 11: Swift's `#externalMacro(module: "X", …)` imports X.
    /// 12: Swift's `\(…)`, Python's f-strings, C#'s `$"{…}"` and Scala's `s"${…}"` hold literals of their own.
    /// 13: a Rust absolute path names its crate (`use ::serde::X` imports `serde::X`, `::tokio::spawn` the crate tokio);
    /// a Rust method's name where it is defined and a path rooted in `std::` are no uses.
    /// 14: generated Go files keep their imports (their package is still imported and imports).
    /// 15: PHP functions are declared by `function` (closures are `(anonymous)`); `if (…) {` is none.
    /// 16: a line of a multi-line literal holding only an escape is code.
    /// 17: shell quotes and here-documents are literals, `#` comments only at a word's start, zsh and ksh have
    /// functions, and a `case` item's `)` ends no shell function.
    /// 18: Ruby's heredocs are literals whose `#` lines are comment lines.
    /// 19: PHP heredocs and nowdocs are literals (an indented `EOT);` closes one), `#[…]` attributes are code, and
    /// a nullable type's `?`, `?:` and `?->` add no complexity.
    /// 20: imports record whether they re-export (`@_exported import`, `pub use`, `export … from`).
    /// 21: Python classes read as abstract only for a header base of `Protocol` (not `asyncio.` or Twisted's
    /// `protocol.`), `ABC` or `ABCMeta`, the header ending at a `:` outside brackets; a
    /// type keyword after a dot on an earlier line (`...` ending a Python stub) declares a type.
    /// 22: C#'s block-bodied accessors are functions; a generic method's `where` clause and `new` name none.
    /// 23: a file's imports keep their `reexports` in the store (files-20 to 22 dropped it there, so a cached scan
    /// lost the edges re-exports make).
    /// 24: an interpolation that never closes ends its single-line literal at the line's end, and is text in a
    /// multi-line one (a malformed `"\(` no longer makes the rest of the file code); C#'s raw strings close at as
    /// many quotes as opened them, Scala's `$"` and `$$` are text, a `#` in a Python f-string's `{…}` comments, and
    /// a quote in PHP's `#[…]` holds its brackets.
    /// 25: a doubled quote is text in C# and F# verbatim strings, SQL, Visual Basic, Fortran, Pascal, Ada, PowerShell.
    /// 26: a line or block comment in a JavaScript template's `${…}` is comment (its quotes open nothing), C#'s
    /// `$$$"""` opens code with `{{{`, and a verbatim `@"…"` inside an interpolation keeps its rules.
    /// 27: an interpolation's code reads block comments and raw literals as the top level does: nested where the
    /// language nests them (Swift's `\(a /* b /* c */ d */)`), no escapes in `#"…"#`, `r'…'`, `"""…"""` (Kotlin),
    /// shell's `'…'` inside `"$(…)"`.
    /// 28: a raw literal in an interpolation's code is read as the top level reads it, its own interpolations code
    /// (`#"a \#(g(#"b"#)) c"#` inside `\(…)`): a closer or a bracket in them no longer ends it.
    /// 29: Java, Kotlin and Scala files record the classes they name by a qualified name in code (`.path` imports).
    /// 30: a function literal passed to a call records the call (`test('empty')`, `t.Run("x")`): `FunctionFacts.call`;
    /// Scala's imports and qualified names record the packages its clauses open (`scopes`), and it names classes as
    /// `kernel.Eq` and objects' members as `cats.syntax.all.toFoo` too; Groovy files record their imports;
    /// Python files record the strings whose whole content is a dotted name (`.path` imports).
    /// 31: a function literal passed to no call records the function it is nested in (`enclosing`).
    /// 32: `enclosing` is the innermost function with a name or a call (no `(anonymous) in (anonymous)`).
    /// 33: Python files record object references (`"app.main:app"`) and a Django app list's one-word names
    /// (`INSTALLED_APPS = ["polls"]`) as `.path` imports too.
    /// 34: Kotlin files record the top-level functions and properties they name by a qualified name in code
    /// (`.path` imports: `leakcanary.internal.checkMainThread`), from packages their package or imports start.
    /// 35: Lua files record their functions (`function M.foo`, `local function f`, literals) and complexity, and their
    /// `require("a.b")` imports.
    /// 36: a PHP name in the global namespace (`\json_encode()`, `new \Exception`) is no use of a project's name.
    /// 37: Kotlin's `annotation class` and Java's `@interface` declare kind `annotation`.
    /// 38: headers opening with `Auto generated by` or `Automatically generated by` mark generated files.
    /// 39: JavaScript's and TypeScript's `case x:` and `default:` end at their colon (lizard read a type after it).
    /// 40: a C or C++ test macro's function is named with its arguments (`TEST_CASE("name")`, `TEST(Suite, Name)`).
    /// 41: Zig files record their functions (`fn`, as lizard reads them) and complexity, and their `@import`s.
    /// 42: the bodies of Rust's `quote!`, `quote_spanned!`, `parse_quote!` and `parse_quote_spanned!` import nothing;
    /// a JavaScript or TypeScript member with a computed key is named by the whole key (`[ActionTypes.Open]`, not `[`).
    /// 43: a TypeScript interface of properties alone is a concrete type, abstract only with a method, call or
    /// construct signature.
    /// 44: JavaScript's and TypeScript's regular expression literals are one token (koa's `/^https?:\/\//i` had
    /// opened a `//` comment).
    /// 45: a Rust path from a module the file declares (`mod protobuf; pub use protobuf::*;`) is relative.
    /// 46: PHP's `object` parameter type declares no type; OCaml keywords after `let` or `and` bind no function.
    /// 47: a C or C++ function keeps its name past an annotation macro (`EXCLUDES(lock_)`) or `override final`.
    /// 48: a C# or Java type head with parentheses (primary constructor, record, C# 14's `extension(…)`) is no
    /// function.
    /// 49: a Clojure `ns` form's clauses inside a reader conditional (`#?(:clj (:require …))`) are read.
    /// 50: a file's in-file tests' lines (Rust's `#[cfg(test)]` items, Zig's `test` blocks): `testLines`; a table of
    /// numbers (`scan.data_table_minimum_bytes`) is generated.
    /// 51: declarations run past a `{` on its own line and start at attributes over several lines and Python's
    /// decorators; Swift operator functions, Ruby's whole constant names, Kotlin's file-private and Lua fields are
    /// read; a hashed `dist/` bundle is generated.
    public static let analyserVersion = "files-51"

    private let store: TrendStore
    private let kind: String
    private let memory = Mutex<[String: FileOutcome]>([:])
    private let pending = Mutex<[String: Data]>([:])

    /// A cache in `store` for outcomes under `catalog`'s languages and content rules.
    public init(store: TrendStore, catalog: RuleCatalog, includes: Set<Exclusion>) {
        self.store = store
        var content = catalog.scan
        content.excludedPaths = []
        kind = "file:" + StoreFingerprint.of([
            StoreFingerprint.json(catalog.languages.languages), StoreFingerprint.json(content),
            Data(includes.map(\.rawValue).sorted().joined(separator: ",").utf8),
        ])
    }

    /// New outcomes not yet written.
    public var pendingCount: Int { pending.withLock { $0.count } }

    /// Writes the pending outcomes in one transaction.
    public func flush() throws(StoreError) {
        guard pendingCount > 0 else { return }
        try store.write { try flush(into: $0) }
    }

    /// Writes the pending outcomes inside `transaction` (with what else belongs to the same unit).
    public func flush(into transaction: StoreTransaction) throws {
        let rows = pending.withLock { rows in
            defer { rows = [:] }
            return rows
        }
        for (key, value) in rows.sorted(by: { $0.key < $1.key }) {
            try transaction.cache(kind, key: key, version: Self.analyserVersion, value: value)
        }
    }

    public func lookup(_ key: String, path: String) -> FileOutcome? {
        if let known = memory.withLock({ $0[key] }) { return known.at(path) }
        guard let data = try? store.cached(kind, key: key, version: Self.analyserVersion),
            let outcome = Self.decode(data)
        else { return nil }
        memory.withLock { $0[key] = outcome }
        return outcome.at(path)
    }

    public func record(_ key: String, _ outcome: FileOutcome) {
        memory.withLock { $0[key] = outcome }
        let data = Self.encode(outcome)
        pending.withLock { $0[key] = data }
    }

    static func encode(_ outcome: FileOutcome) -> Data {
        var writer = StoreWriter()
        switch outcome {
        case .excluded(let file):
            writer.int(file.imports.isEmpty ? 0 : 2)
            writer.string(file.reason.rawValue)
            if !file.imports.isEmpty { encode(file.imports, into: &writer) }
        case .scanned(let report):
            writer.int(1)
            writer.string(report.language)
            writer.int(report.bytes)
            for lines in [report.lines, report.testLines] {
                for count in [lines.total, lines.code, lines.comment, lines.blank] { writer.int(count) }
            }
            writer.int(report.functions.count)
            for function in report.functions {
                writer.string(function.name)
                for value in [function.startLine, function.endLine, function.complexity, function.maxNesting] {
                    writer.int(value)
                }
                writer.string(function.call ?? "")
                writer.string(function.enclosing ?? "")
            }
            encode(report.imports, into: &writer)
            writer.int(report.types.map(\.abstract) ?? -1)
            writer.int(report.types.map(\.concrete) ?? -1)
            writer.int(report.lineSample.count)
            for hash in report.lineSample { writer.int(Int(hash)) }
        }
        return writer.data
    }

    private static func encode(_ imports: [ImportFacts], into writer: inout StoreWriter) {
        writer.int(imports.count)
        for facts in imports {
            writer.string(facts.path)
            writer.string(facts.kind.rawValue)
            writer.int(facts.line)
            writer.optionalString(facts.alias)
            writer.int(facts.names.count)
            for name in facts.names { writer.string(name) }
            writer.bool(facts.reexports)
            writer.int(facts.scopes.count)
            for scope in facts.scopes { writer.string(scope) }
        }
    }

    private static func decodeImports(_ reader: inout StoreReader) -> [ImportFacts]? {
        guard let importCount = reader.int(), importCount >= 0 else { return nil }
        var imports: [ImportFacts] = []
        for _ in 0..<importCount {
            guard let path = reader.string(), let raw = reader.string(), let kind = ImportFacts.Kind(rawValue: raw),
                let line = reader.int(), let alias = reader.optionalString(), let names = strings(&reader),
                let reexports = reader.bool(), let scopes = strings(&reader)
            else { return nil }
            imports.append(ImportFacts(
                path: path, kind: kind, line: line, alias: alias, names: names, reexports: reexports, scopes: scopes))
        }
        return imports
    }

    /// A count and as many strings (an import's `names`, its `scopes`).
    private static func strings(_ reader: inout StoreReader) -> [String]? {
        guard let count = reader.int(), count >= 0 else { return nil }
        var strings: [String] = []
        for _ in 0..<count {
            guard let string = reader.string() else { return nil }
            strings.append(string)
        }
        return strings
    }

    static func decode(_ data: Data) -> FileOutcome? {
        var reader = StoreReader(data)
        guard let tag = reader.int() else { return nil }
        if tag == 0 || tag == 2 { return decodeExcluded(&reader, withImports: tag == 2) }
        guard let language = reader.string(), let bytes = reader.int(), let total = reader.int(),
            let code = reader.int(), let comment = reader.int(), let blank = reader.int(),
            let tests = decodeLines(&reader),
            let functions = decodeFunctions(&reader), let imports = decodeImports(&reader),
            let abstract = reader.int(), let concrete = reader.int(), let sample = decodeSample(&reader)
        else { return nil }
        var report = FileReport(
            path: "", language: language, bytes: bytes,
            lines: LineCounts(total: total, code: code, comment: comment, blank: blank),
            functions: functions, imports: imports,
            types: abstract < 0 ? nil : TypeCounts(abstract: abstract, concrete: concrete), lineSample: sample)
        report.testLines = tests
        return .scanned(report)
    }

    private static func decodeLines(_ reader: inout StoreReader) -> LineCounts? {
        guard let total = reader.int(), let code = reader.int(), let comment = reader.int(), let blank = reader.int()
        else { return nil }
        return LineCounts(total: total, code: code, comment: comment, blank: blank)
    }

    /// An excluded file: its reason, and its imports when the tag says it has them (a file left out that still
    /// imports, tag 2).
    private static func decodeExcluded(_ reader: inout StoreReader, withImports: Bool) -> FileOutcome? {
        guard let raw = reader.string(), let reason = Exclusion(rawValue: raw) else { return nil }
        guard withImports else { return .excluded(ExcludedFile(path: "", reason: reason)) }
        guard let imports = decodeImports(&reader) else { return nil }
        return .excluded(ExcludedFile(path: "", reason: reason, imports: imports))
    }

    private static func decodeFunctions(_ reader: inout StoreReader) -> [FunctionFacts]? {
        guard let count = reader.int(), count >= 0 else { return nil }
        var functions: [FunctionFacts] = []
        for _ in 0..<count {
            guard let name = reader.string(), let start = reader.int(), let end = reader.int(),
                let complexity = reader.int(), let nesting = reader.int(), let call = reader.string(),
                let enclosing = reader.string()
            else { return nil }
            functions.append(FunctionFacts(
                name: name, startLine: start, endLine: end, complexity: complexity, maxNesting: nesting,
                call: call.isEmpty ? nil : call, enclosing: enclosing.isEmpty ? nil : enclosing))
        }
        return functions
    }

    /// The file's hashed line sample (`LineSample`), kept for finding amalgamations.
    private static func decodeSample(_ reader: inout StoreReader) -> [UInt32]? {
        guard let count = reader.int(), count >= 0 else { return nil }
        var sample: [UInt32] = []
        sample.reserveCapacity(count)
        for _ in 0..<count {
            guard let hash = reader.int(), let value = UInt32(exactly: hash) else { return nil }
            sample.append(value)
        }
        return sample
    }
}
