import DeclarationScan

/// One top-level declaration of a file: the region from its first line to the line before the next one, or to its
/// own last line where the grammar knows it (OCaml's items, whose `open` lines and comments after them are in none).
///
/// Regions tile a file's top-level code, so moving a set of declarations moves `codeLines` lines.
public struct Declaration: Hashable, Sendable, Codable {
    /// The declared name (for an extension or `impl`, the extended type).
    public var name: String
    /// The keyword that declared it (`struct`, `func`, `extension`, `type`, `function`, `def`), or
    /// `function`/`typedef`/`variable` for C, which has no declaring keyword for them.
    public var kind: String
    /// First and last line of the region, 1-based and inclusive.
    public var startLine: Int
    public var endLine: Int
    /// The first line of its attributes and documentation right above `startLine` (`#[derive(…)]`, `@Test`, `///`
    /// lines), when it has any: they move with it.
    public var leadingLine: Int? = nil
    /// Lines of the region holding code tokens (comments and blank lines excluded).
    public var codeLines: Int
    /// What the declaration cannot leave its module without, by name; nil for most. A bound modifier's declaration
    /// (`DeclarationGrammar.bindingModifiers`: Kotlin's `expect class Buffer`, C#'s `partial class Policy`) has the
    /// counterparts of its name qualified by the file's namespace or package, with a generic type's arity
    /// (`okio.Buffer`, ``Polly.Policy`1``); a Go method or a Rust inherent `impl` has the type it extends (`Context`).
    /// `BoundFiles` joins the files that hold them.
    public var boundName: String?
    /// A Rust `impl Trait for Type` item's trait, as written without generic arguments (`FromRequest`, `fmt::Display`):
    /// the orphan rule keeps it in the crate of the trait or of the type (`BoundFiles`). Nil elsewhere.
    public var trait: String?
    /// The types that may make that impl local to a crate by Rust's orphan rule (SymbolScan's `RustOrphanTypes`), as
    /// paths: its type, then the trait's type arguments (`Str`, `Id` of `impl From<Id> for Str`), `Box<…>`, `Pin<…>`
    /// and references looked through (`Body` of `impl Future for Pin<&mut Body>`), up to the first uncovered type
    /// parameter (none of `impl<T> Into<Local> for T`). A type of the module among them makes the impl the module's
    /// too. Nil for none, and elsewhere.
    public var orphanTypes: [String]?
    /// A Rust `impl` item's type where its path says more than `name` (`super::Foo`, `crate::body::Body`), or empty
    /// for a type with no name (a tuple, an array: `name` is then the trait's); nil for a bare name, and elsewhere.
    public var typePath: String?
    /// The type of an operator function's first parameter (Swift's `func == (lhs: Point, rhs: Point)`: `Point`,
    /// where `name` is `==`): a split keeps the operator with that type. Nil for any other declaration.
    public var operand: String?

    /// Kinds that add to a type declared elsewhere, named after it: Go's methods, Rust's `impl`, Swift's and
    /// Kotlin's extensions, Elixir's `defimpl`.
    public static let extendingKinds: Set<String> = ["method", "impl", "extension", "defimpl"]

    /// The first line of the attributes and comments right above it, which a move takes along (`leadingLine`, else
    /// `startLine`).
    public var firstLine: Int { leadingLine ?? startLine }

    /// The kinds of a JavaScript test file's units, its top-level test calls (`describe`, `test`, …).
    public static let testCallKinds = DeclarationGrammar.javaScriptTestCalls

    /// Whether it is bound by a modifier to the others of its name (`boundName` on a declaration extending nothing).
    public var hasCounterparts: Bool { boundName != nil && !Self.extendingKinds.contains(kind) }

    /// Creates a declaration.
    public init(
        name: String, kind: String, startLine: Int, endLine: Int, codeLines: Int, boundName: String? = nil,
        trait: String? = nil, orphanTypes: [String]? = nil, typePath: String? = nil, leadingLine: Int? = nil,
        operand: String? = nil
    ) {
        self.leadingLine = leadingLine
        self.operand = operand
        self.name = name
        self.kind = kind
        self.startLine = startLine
        self.endLine = endLine
        self.codeLines = codeLines
        self.boundName = boundName
        self.trait = trait
        self.orphanTypes = orphanTypes
        self.typePath = typePath
    }

    /// The path its `impl` names its type by (`typePath`, else `name`); nil for a type with no name.
    public var implementedType: String? { typePath.map { $0.isEmpty ? nil : $0 } ?? name }

    private enum CodingKeys: String, CodingKey {
        case name, kind, trait
        case startLine = "start_line"
        case endLine = "end_line"
        case codeLines = "code_lines"
        case boundName = "bound_name"
        case typePath = "type_path"
        case orphanTypes = "orphan_types"
    }
}

/// What one file declares at top level and which identifiers it uses.
public struct SymbolFacts: Hashable, Sendable {
    /// Top-level declarations in source order; their regions tile the file's top-level code.
    public var declarations: [Declaration]
    /// Every name the file declares at top level that any other file can use (a Go `var (…)` group or C globals
    /// declare several names in one region), sorted; not one only the file can use (Swift's `private`, what a
    /// module file does not export), nor one of `moduleNames`.
    public var declaredNames: [String]
    /// The names it declares that only its module's files can use, its own and its submodules' (Rust's items
    /// without `pub`; `SymbolGraph.submoduleFolder(of:)`), sorted.
    public var moduleNames: [String]
    /// Every identifier the file mentions, keywords included, sorted; not a member after the grammar's
    /// `memberAccess` operators (Rust's `buf.len()`, PHP's `$this->name`) unless the file also names it bare.
    public var uses: [String]
    /// For each of `declarations`, the other declarations of the file it uses by name (their indices, sorted):
    /// what a split must move with it where files are modules that may not import each other both ways.
    public var internalUses: [[Int]]
    /// Rust: its `mod x;` declarations, with their `#[path]` attributes (`RustModuleTree` finds their files). Empty
    /// elsewhere.
    public var moduleItems: [RustModuleItem] = []
    /// Rust: the names its paths start from (`message` of `message::Field::new`, `self::message::Field`), sorted: a
    /// module the file declares, so named, is a use of that module's file (`SymbolGraph`). Empty elsewhere.
    public var pathRoots: [String] = []
    /// Swift: the types it declares inside extensions, by name, to the type each extends (`Manager` →
    /// `HTTPConnectionPool` for `extension HTTPConnectionPool { final class Manager }`): among `declaredNames`, but another file uses one
    /// only where it names the extended type too (`SymbolGraph`). Empty elsewhere.
    public var memberTypes: [String: String] = [:]
    /// PHP: the namespace its `namespace` statements open (nil for none, or for several), and the qualified names it
    /// writes (`Psr7\Utils`; `\GuzzleHttp\Psr7\Utils` without its leading `\`), sorted: which of the files declaring
    /// a name it can mean (an unqualified name resolves in its own namespace or through a `use`). Elixir: the whole
    /// names of the modules it names, expanded by its `alias` lines (`ElixirAliases`). Nil and empty elsewhere.
    public var namespace: String?
    public var qualifiedUses: [String] = []
    /// Elixir: the whole names of the modules it declares (`Tesla.Middleware.Compression.Error` for a `defmodule
    /// Error` nested in `defmodule Tesla.Middleware.Compression`), sorted: another file uses one only where it names
    /// it whole (AccruePlan's `ElixirAliasScope`). Ruby: the whole names of the classes and modules it declares
    /// (`RSpec::Core::Example`, `Puma::Rack`; `RubyConstants`). Empty elsewhere.
    public var qualifiedDeclarations: [String] = []
    /// Python: the names it writes only after a dot, each with the first words of the dotted paths ending in them
    /// (`Mapping` → [`typing`] for `typing.Mapping`; "" for a path starting at no word, `f().x`): a name reached only
    /// through modules outside the project is no use of the project's declarations (AccruePlan's
    /// `PythonImportScope`). Ruby: the first segments of the constant paths it writes, each with the whole names
    /// those paths may mean where they are written (`Rack` → [`Puma::Rack`, `Rack`] for `Rack` inside `module Puma`;
    /// `RubyConstants`, AccruePlan's `RubyConstantScope`). Empty elsewhere.
    public var qualifiers: [String: [String]] = [:]
    /// Lua: the names it declares as a table's fields (`function M.status`, `M.x = …`), sorted, among `declaredNames`:
    /// another file uses one only where it writes the name after a dot or colon (`memberUses`, `SymbolGraph`).
    /// Empty elsewhere.
    public var fieldNames: [String] = []
    /// Lua: the words it writes after a dot or colon, but in paths from a standard global or `vim`, sorted. Empty
    /// elsewhere.
    public var memberUses: [String] = []

    /// Creates the facts of one file.
    public init(
        declarations: [Declaration], declaredNames: [String], moduleNames: [String] = [], uses: [String],
        internalUses: [[Int]] = []
    ) {
        self.declarations = declarations
        self.declaredNames = declaredNames
        self.moduleNames = moduleNames
        self.uses = uses
        self.internalUses = internalUses
    }
}
