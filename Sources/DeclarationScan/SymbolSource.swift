import SourceScan

/// A declaration as a grammar finds it, before regions are closed.
package struct FoundDeclaration {
    package var name: String
    package var kind: String
    package var startLine: Int
    /// Whether it starts a region (a definition) rather than only naming something (a prototype).
    package var isRegion = true
    /// Whether other files can use it by `name` (an extension names nothing new).
    package var declaresName = true
    /// Whether only its module's files can use it: its own and its submodules' (a Rust item without `pub`).
    package var isModuleScoped = false
    /// The region's last line where the grammar knows it (OCaml's `module … end`); else the line before the next.
    package var endLine: Int?
    /// The first line of the attributes and comments right above it (`LeadingLines`), when there are any.
    package var leadingLine: Int?
    /// What it cannot leave its module without (`Declaration.boundName`).
    package var boundName: String?
    /// A Rust `impl`'s trait, the types that may make it local and the type's path (`Declaration.trait`,
    /// `orphanTypes`, `typePath`).
    package var trait: String?
    package var orphanTypes: [String]?
    package var typePath: String?
    /// The type of an operator function's first parameter (`Declaration.operand`).
    package var operand: String?
    /// The type whose extension declares it (Swift's `extension Pool { struct Manager }`: `Pool`); nil at top level.
    package var owner: String?
    /// Whether it is a table's field (Lua's `function M.status`, `M.x = …`), which another file reaches only after a
    /// dot or colon (`git.status`).
    package var isField = false
}

/// Tokens with their bytes, and the small queries every grammar needs.
package struct SymbolSource {
    package let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
    /// Distinct lines holding a token, ascending.
    let tokenLines: [Int]

    package init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.bytes = bytes
        var lines: [Int] = []
        for token in tokens where lines.last != Int(token.line) { lines.append(Int(token.line)) }
        tokenLines = lines
    }

    package func text(_ token: Token) -> String { token.text(in: bytes) }

    package func isPunct(_ index: Int, _ text: StaticString) -> Bool {
        index < tokens.count && tokens[index].kind == .punct && tokens[index].equals(text, in: bytes)
    }

    package func isWord(_ index: Int) -> Bool { index < tokens.count && tokens[index].kind == .word }

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
    package func qualifiedNames(_ separator: StaticString) -> (namespace: String?, qualified: [String]) {
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

    /// The identifiers the file names, sorted, but a member after one of `grammar`'s `memberAccess` operators,
    /// (`membersAreNoUses`) Rust's members and standard-library roots (`isMember`), PHP's namespaces and global names
    /// (`globalPrefix`), and the segments of an Elixir alias before its last (`aliasChains`). A loop over every token,
    /// kept in the module of the queries it makes.
    package func uses(by grammar: DeclarationGrammar) -> [String] {
        var uses = Set<String>()
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if index > 0, grammar.memberAccess.contains(where: { isPunct(index - 1, $0) }) { continue }
            if grammar.membersAreNoUses, index > 0, isMember(at: index) { continue }
            if grammar.aliasChains, isAliasPrefix(at: index) { continue }
            if let separator = grammar.globalPrefix, namesNamespaceOrGlobal(at: index, separator: separator) { continue }
            uses.insert(text(token))
        }
        return uses.sorted()
    }

    /// Whether the word at `index` is capitalized and joined by `.` to a capitalized word or a `{` after it: a segment
    /// of an Elixir alias before its last (`DeclarationGrammar.aliasChains`).
    func isAliasPrefix(at index: Int) -> Bool {
        guard isCapitalized(index), isPunct(index + 1, "."), index + 2 < tokens.count,
            tokens[index].end == tokens[index + 1].start, tokens[index + 1].end == tokens[index + 2].start
        else { return false }
        return isCapitalized(index + 2) || isPunct(index + 2, "{")
    }

    package func isCapitalized(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        let first = bytes[Int(tokens[index].start)]
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    /// Whether the token at `index` follows a word with no space between (PHP's `A\B`, not `new \B`).
    func joinsWord(before index: Int) -> Bool { index > 0 && isWord(index - 1) && tokens[index - 1].end == tokens[index].start }

    package func isWord(_ index: Int, _ text: StaticString) -> Bool { isWord(index) && tokens[index].equals(text, in: bytes) }

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

    /// The token's indentation, the blanks before it on its line; nil where anything else comes before it there.
    package func indentation(of index: Int) -> Int? {
        let start = Int(tokens[index].start)
        var cursor = start
        while cursor > 0, bytes[cursor - 1] != 10 {
            guard bytes[cursor - 1] == 32 || bytes[cursor - 1] == 9 else { return nil }
            cursor -= 1
        }
        return start - cursor
    }

    /// Lines in `first...last` holding code tokens.
    package func codeLines(from first: Int, through last: Int) -> Int {
        lowerBound(last + 1) - lowerBound(first)
    }

    private func lowerBound(_ line: Int) -> Int { tokenLines.firstIndex(notBelow: line) }

    /// The index just past the bracket group opening at `index` (`(`…`)` or `<`…`>`).
    package func skipGroup(from index: Int, open: StaticString, close: StaticString) -> Int {
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

extension SymbolSource {
    /// The name before the parameters opening at `index`: the word before the `(`, or before the type parameters
    /// ending there (`Name<T>(`); nil when none is.
    package func nameBefore(parametersAt index: Int) -> Int? {
        var cursor = index - 1
        if isPunct(cursor, ">") {
            var depth = 0
            while cursor >= 0 {
                if isPunct(cursor, ">") { depth += 1 }
                if isPunct(cursor, "<") { depth -= 1 }
                if depth == 0 || isPunct(cursor, ";") || isPunct(cursor, "{") { break }
                cursor -= 1
            }
            cursor -= 1
        }
        return cursor >= 0 && isWord(cursor) ? cursor : nil
    }

    /// The name of a declaration that states its return type first (C#'s `delegate Task<T> Name<T>(…)`): the last word
    /// before its parameters, type arguments passed over; `start` where no `(` comes before a `;` or `{`.
    func nameBeforeParameters(from start: Int) -> Int {
        var cursor = start
        while cursor < min(tokens.count, start + 64) {
            if isPunct(cursor, "<") {
                cursor = skipGroup(from: cursor, open: "<", close: ">")
            } else if isPunct(cursor, "(") {
                return cursor > start ? nameBefore(parametersAt: cursor) ?? start : start
            } else if isPunct(cursor, ";") || isPunct(cursor, "{") {
                return start
            } else {
                cursor += 1
            }
        }
        return start
    }
    /// The words a Rust path starts from: a word followed by `::` with no `::` before it, or only `self::`
    /// (`message` of `message::Field::new` and of `self::message::Field`), sorted.
    package func pathRoots() -> [String] {
        var roots = Set<String>()
        func joined(_ index: Int) -> Bool { index >= 0 && isPunct(index, "::") }
        for index in tokens.indices where tokens[index].kind == .word && isPunct(index + 1, "::") {
            let afterSelf = index > 1 && joined(index - 1) && isWord(index - 2, "self") && !joined(index - 3)
            if afterSelf || !joined(index - 1) { roots.insert(text(tokens[index])) }
        }
        roots.remove("self")
        return roots.sorted()
    }
}
