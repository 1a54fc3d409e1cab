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
        case .keyword: found = KeywordDeclarations(source: source, grammar: grammar).find()
        case .ocaml: found = OCamlDeclarations(source: source).find()
        case .lua: found = LuaDeclarations(source: source).find()
        }
        found.sort { $0.startLine < $1.startLine }
        let declarations = Self.regions(of: found, in: source, lastLine: tokens.last.map { Int($0.line) } ?? 0)
        // The blank identifier (Go's `var _ Interface = (*T)(nil)`, Swift's `let _ = …`) names nothing to use.
        var (names, scoped) = (Set<String>(), Set<String>())
        for declaration in found where declaration.declaresName && declaration.name != "_" {
            if declaration.isModuleScoped { scoped.insert(declaration.name) } else { names.insert(declaration.name) }
        }
        var facts = SymbolFacts(
            declarations: declarations, declaredNames: names.sorted(), moduleNames: scoped.subtracting(names).sorted(),
            uses: uses(in: source), internalUses: Self.internalUses(of: declarations, in: tokens, source: source))
        addLanguageFacts(to: &facts, from: source)
        return facts
    }

    /// Rust's `mod x;` items; PHP's namespace and qualified names.
    private func addLanguageFacts(to facts: inout SymbolFacts, from source: SymbolSource) {
        if grammar.declaresModuleFiles { facts.moduleItems = RustModuleItems(source: source).find() }
        if let separator = grammar.globalPrefix { (facts.namespace, facts.qualifiedUses) = source.qualifiedNames(separator) }
    }

    /// The regions of the declarations `found` (sorted by line): each to the line before the next, or to its own last
    /// line where the grammar knows it.
    private static func regions(of found: [FoundDeclaration], in source: SymbolSource, lastLine: Int) -> [Declaration] {
        let regions = found.filter(\.isRegion)
        return regions.enumerated().map { index, region in
            let next = index + 1 < regions.count ? regions[index + 1].startLine - 1 : lastLine
            let end = max(region.startLine, min(next, region.endLine ?? next))
            return Declaration(
                name: region.name, kind: region.kind, startLine: region.startLine, endLine: end,
                codeLines: source.codeLines(from: region.startLine, through: end), boundName: region.boundName,
                trait: region.trait, orphanTypes: region.orphanTypes, typePath: region.typePath)
        }
    }

    /// The identifiers the file names, sorted, but a member after one of the grammar's `memberAccess` operators,
    /// (`membersAreNoUses`) Rust's members and standard-library roots (`isMember`), and PHP's namespaces and global names (`globalPrefix`).
    private func uses(in source: SymbolSource) -> [String] {
        var uses = Set<String>()
        for (index, token) in source.tokens.enumerated() where token.kind == .word {
            if index > 0, grammar.memberAccess.contains(where: { source.isPunct(index - 1, $0) }) { continue }
            if grammar.membersAreNoUses, index > 0, source.isMember(at: index) { continue }
            if let separator = grammar.globalPrefix, source.namesNamespaceOrGlobal(at: index, separator: separator) { continue }
            uses.insert(source.text(token))
        }
        return uses.sorted()
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

/// A declaration as a grammar finds it, before regions are closed.
struct FoundDeclaration {
    var name: String
    var kind: String
    var startLine: Int
    /// Whether it starts a region (a definition) rather than only naming something (a prototype).
    var isRegion = true
    /// Whether other files can use it by `name` (an extension names nothing new).
    var declaresName = true
    /// Whether only its module's files can use it: its own and its submodules' (a Rust item without `pub`).
    var isModuleScoped = false
    /// The region's last line where the grammar knows it (OCaml's `module … end`); else the line before the next.
    var endLine: Int?
    /// What it cannot leave its module without (`Declaration.boundName`).
    var boundName: String?
    /// A Rust `impl`'s trait, the types that may make it local and the type's path (`Declaration.trait`,
    /// `orphanTypes`, `typePath`).
    var trait: String?
    var orphanTypes: [String]?
    var typePath: String?
}

/// Tokens with their bytes, and the small queries every grammar needs.
struct SymbolSource {
    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
    /// Distinct lines holding a token, ascending.
    let tokenLines: [Int]

    init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.bytes = bytes
        var lines: [Int] = []
        for token in tokens where lines.last != Int(token.line) { lines.append(Int(token.line)) }
        tokenLines = lines
    }

    func text(_ token: Token) -> String { token.text(in: bytes) }

    func isPunct(_ index: Int, _ text: StaticString) -> Bool {
        index < tokens.count && tokens[index].kind == .punct && tokens[index].equals(text, in: bytes)
    }

    func isWord(_ index: Int) -> Bool { index < tokens.count && tokens[index].kind == .word }

    /// Whether the word at `index` names a namespace or a global (PHP's `\`): a segment before the separator (`A\B`'s
    /// `A`), a name after a leading separator (`\json_encode`), or the last segment of a `namespace A\B` statement.
    func namesNamespaceOrGlobal(at index: Int, separator: StaticString) -> Bool {
        if isPunct(index + 1, separator) { return true }
        var start = index
        while start > 1, isPunct(start - 1, separator), joinsWord(before: start - 1) { start -= 2 }
        if start > 0, isPunct(start - 1, separator) { return start == index }
        return start > 0 && isWord(start - 1, "namespace")
    }

    /// The namespace PHP's `namespace A\B` statements open (nil for none, or several) and the other names written with
    /// `separator` between their words (`Psr7\Utils`, a leading separator dropped), sorted.
    func qualifiedNames(_ separator: StaticString) -> (namespace: String?, qualified: [String]) {
        var (namespaces, qualified) = (Set<String>(), Set<String>())
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard isWord(index), !(index > 0 && isPunct(index - 1, separator) && joinsWord(before: index - 1)) else { continue }
            let first = index
            var words = [text(tokens[index])]
            while isPunct(index + 1, separator), isWord(index + 2), joinsWord(before: index + 1),
                tokens[index + 1].end == tokens[index + 2].start
            {
                words.append(text(tokens[index + 2]))
                index += 2
            }
            let name = words.joined(separator: "\\")
            if first > 0, isWord(first - 1, "namespace") {
                namespaces.insert(name)
            } else if words.count > 1 {
                qualified.insert(name)
            }
        }
        return (namespaces.count == 1 ? namespaces.first : nil, qualified.sorted())
    }

    /// Whether the token at `index` follows a word with no space between (PHP's `A\B`, not `new \B`).
    func joinsWord(before index: Int) -> Bool { index > 0 && isWord(index - 1) && tokens[index - 1].end == tokens[index].start }

    func isWord(_ index: Int, _ text: StaticString) -> Bool { isWord(index) && tokens[index].equals(text, in: bytes) }

    /// Whether the word at `index` (at least 1) names a member or the standard library, no top-level item of the
    /// crate: a function being defined (`fn poll_next`), what follows a capitalized path segment (`Poll::Pending`),
    /// or a path's root `std`, `core` or `alloc` (`std::sync::Arc` is not tokio's `mod std`).
    func isMember(at index: Int) -> Bool {
        if isWord(index - 1, "fn") { return true }
        if isPunct(index + 1, "::"), !isPunct(index - 1, "::"),
            isWord(index, "std") || isWord(index, "core") || isWord(index, "alloc")
        {
            return true
        }
        guard index > 1, isPunct(index - 1, "::"), isWord(index - 2) else { return false }
        let first = bytes[Int(tokens[index - 2].start)]
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    /// The words before `index` on its line, nearest first: no more than `limit` tokens back, none before one of the
    /// `stops` (the end of an attribute or of an item before). A declaration's modifiers stand there.
    func wordsBefore(_ index: Int, within limit: Int, stoppingAt stops: [StaticString] = []) -> [Int] {
        let line = tokens[index].line
        var words: [Int] = []
        var cursor = index - 1
        while cursor >= 0, index - cursor <= limit, tokens[cursor].line == line,
            !stops.contains(where: { isPunct(cursor, $0) })
        {
            if isWord(cursor) { words.append(cursor) }
            cursor -= 1
        }
        return words
    }

    /// Whether the token begins its line (column one, no indentation).
    func startsInColumnOne(_ index: Int) -> Bool {
        let start = Int(tokens[index].start)
        return start == 0 || bytes[start - 1] == 10
    }

    /// Lines in `first...last` holding code tokens.
    func codeLines(from first: Int, through last: Int) -> Int {
        lowerBound(last + 1) - lowerBound(first)
    }

    private func lowerBound(_ line: Int) -> Int { tokenLines.firstIndex(notBelow: line) }

    /// The index just past the bracket group opening at `index` (`(`…`)` or `<`…`>`).
    func skipGroup(from index: Int, open: StaticString, close: StaticString) -> Int {
        var depth = 0
        var cursor = index
        while cursor < tokens.count {
            if isPunct(cursor, open) { depth += 1 }
            if isPunct(cursor, close) {
                depth -= 1
                if depth <= 0 { return cursor + 1 }
            }
            cursor += 1
        }
        return cursor
    }
}
