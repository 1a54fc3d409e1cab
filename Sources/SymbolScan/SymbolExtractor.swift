import DeclarationScan
import SourceScan

/// Finds a file's top-level declarations and the identifiers it uses, from its tokens.
///
/// The language's `function_style` picks the grammar: C-family files declare functions by name and `(`,
/// Python and Ruby by a keyword in column one, OCaml by its structure items' layout, Lua by its statements outside
/// every block, every other language by a declaring keyword at brace depth zero (`struct Name`, `func name`,
/// `type Name`, `fn name`, `class Name`).
public struct SymbolExtractor: Sendable {
    private let grammar: DeclarationGrammar

    /// Creates the extractor for `language`.
    public init(language: Language) {
        grammar = DeclarationGrammar.forStyle(language.functionStyle ?? language.importStyle)
    }

    /// The declarations and uses in `tokens`, which were lexed from `bytes`.
    /// Whether a call of a member (`graph.resolve()`) puts its name among the file's uses: not in grammars whose
    /// members after `memberAccess` operators are no uses (Rust, JavaScript, PHP) unless named bare.
    public var seesMemberUses: Bool { grammar.memberAccess.isEmpty && !grammar.membersAreNoUses }

    public func symbols(in tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> SymbolFacts {
        let source = SymbolSource(tokens: tokens, bytes: bytes)
        var found: [FoundDeclaration]
        switch grammar.mode {
        case .c: found = CDeclarations(source: source).find()
        case .column: found = ColumnDeclarations(source: source, grammar: grammar).find()
        case .keyword:
            found = KeywordDeclarations(source: source, grammar: grammar).find()
                + ExtensionMemberTypes(source: source, grammar: grammar).find()
                + TestCallDeclarations(source: source, grammar: grammar).find()
                + CSharpExtensionMembers(source: source, grammar: grammar).find()
        case .ocaml: found = OCamlDeclarations(source: source).find()
        case .lua: found = LuaDeclarations(source: source).find()
        }
        found.sort { $0.startLine < $1.startLine }
        if grammar.mode == .keyword {
            // A declaration ends with its statement, and a top-level `#if … #endif` block is one region.
            let ends = StatementEnds(source: source, grammar: grammar)
            ends.close(&found)
            ConditionalBlocks(source: source, ends: ends).join(&found)
            ends.lead(&found)
        } else if grammar.mode == .column {
            // Python's decorators (`@pytest.fixture`, `@app.route(…)`) and the comments above a `def` lead it.
            StatementEnds(source: source, grammar: grammar).lead(&found)
        }
        let declarations = Self.regions(of: found, in: source, lastLine: tokens.last.map { Int($0.line) } ?? 0)
        var facts = SymbolFacts(
            declarations: declarations, declaredNames: [], uses: source.uses(by: grammar),
            internalUses: Self.internalUses(of: declarations, in: tokens, source: source))
        Self.addNames(of: found, to: &facts)
        addLanguageFacts(to: &facts, from: source)
        return facts
    }

    /// The names `found` declares for every file and for the module's, and the types extensions declare.
    private static func addNames(of found: [FoundDeclaration], to facts: inout SymbolFacts) {
        var (names, scoped, fields) = (Set<String>(), Set<String>(), Set<String>())
        // The blank identifier (Go's `var _ Interface = (*T)(nil)`, Swift's `let _ = …`) names nothing to use.
        for declaration in found where declaration.declaresName && declaration.name != "_" {
            if declaration.isModuleScoped { scoped.insert(declaration.name) } else { names.insert(declaration.name) }
            if let owner = declaration.owner { facts.memberTypes[declaration.name] = owner }
            if declaration.isField { fields.insert(declaration.name) }
        }
        facts.declaredNames = names.sorted()
        facts.moduleNames = scoped.subtracting(names).sorted()
        // A name declared as a global too is used bare.
        let globals = Set(found.filter { $0.declaresName && !$0.isField }.map(\.name))
        facts.fieldNames = fields.subtracting(globals).sorted()
    }

    /// Rust's `mod x;` items; PHP's namespace and qualified names; an Erlang file's module; Python's dotted names;
    /// Elixir's whole module names; Ruby's whole class and module names.
    private func addLanguageFacts(to facts: inout SymbolFacts, from source: SymbolSource) {
        if grammar.declaresModuleFiles {
            facts.moduleItems = RustModuleItems(source: source).find()
            facts.pathRoots = source.pathRoots()
        }
        if grammar.moduleAttribute, let module = Self.erlangModule(in: source) {
            facts.declaredNames = Array(Set(facts.declaredNames + [module])).sorted()
        }
        if grammar.moduleQualifiers { facts.qualifiers = source.qualifiers() }
        if grammar.mode == .lua { facts.memberUses = LuaDeclarations(source: source).memberUses() }
        if grammar.aliasChains {
            (facts.qualifiedDeclarations, facts.qualifiedUses) = ElixirAliases(source: source, grammar: grammar).find()
        }
        if grammar.constantPaths {
            (facts.qualifiedDeclarations, facts.qualifiers) = RubyConstants(source: source).find()
        }
        if let separator = grammar.globalPrefix { (facts.namespace, facts.qualifiedUses) = source.qualifiedNames(separator) }
    }

    /// The name of Erlang's `-module(name).` attribute, among the file's first tokens.
    private static func erlangModule(in source: SymbolSource) -> String? {
        let tokens = source.tokens
        for index in 0..<max(0, min(tokens.count, 400) - 3)
        where tokens[index].kind == .punct && source.text(tokens[index]) == "-"
            && source.text(tokens[index + 1]) == "module" && source.text(tokens[index + 2]) == "("
            && tokens[index + 3].kind == .word
        {
            return source.text(tokens[index + 3])
        }
        return nil
    }

    /// The regions of the declarations `found` (sorted by line): each to the line before the next (before its leading
    /// lines: a Python `def` ended above the decorators of the next), or to its own last line where the grammar knows
    /// it.
    private static func regions(of found: [FoundDeclaration], in source: SymbolSource, lastLine: Int) -> [Declaration] {
        let regions = found.filter(\.isRegion)
        return regions.enumerated().map { index, region in
            let following = index + 1 < regions.count ? regions[index + 1] : nil
            let next = following.map { ($0.leadingLine ?? $0.startLine) - 1 } ?? lastLine
            let end = max(region.startLine, min(next, region.endLine ?? next))
            return Declaration(
                name: region.name, kind: region.kind, startLine: region.startLine, endLine: end,
                codeLines: source.codeLines(from: region.startLine, through: end), boundName: region.boundName,
                trait: region.trait, orphanTypes: region.orphanTypes, typePath: region.typePath,
                leadingLine: region.leadingLine, operand: region.operand)
        }
    }

    /// Which other declarations each declaration names inside its region (by the declaration's name; a name
    /// several regions share, overloads or extensions, points at each of them).
    static func internalUses(of declarations: [Declaration], in tokens: [Token], source: SymbolSource) -> [[Int]] {
        var regionsNamed: [String: [Int]] = [:]
        for (index, declaration) in declarations.enumerated() { regionsNamed[declaration.name, default: []].append(index) }
        var result = Array(repeating: Set<Int>(), count: declarations.count)
        var region = 0
        for token in tokens where token.kind == .word {
            let line = Int(token.line)
            while region < declarations.count && declarations[region].endLine < line { region += 1 }
            guard region < declarations.count else { break }
            guard declarations[region].startLine <= line, let named = regionsNamed[source.text(token)] else { continue }
            for other in named where other != region { result[region].insert(other) }
        }
        return result.map { $0.sorted() }
    }
}
