import SourceScan

/// OCaml's top-level structure and signature items, by layout as ocamlformat writes them: an item starts in column
/// one outside any `struct`/`sig`/`object`/`begin`/`do` block and any bracket, with `let`, `type`, `module`,
/// `exception`, `external`, `class` or `val` (a declaration, named by the name after the keyword and its modifiers:
/// `let rec f`, `type ('a, 'b) t`, `module type S`, `class virtual ['a] c`), or with `open`, `include` or an
/// attribute `[@@@…]` (no declaration). An item runs to the last line before the next item starts, so a
/// `module X = struct … end` ends at its `end`, and a comment or `open` after it is in no region.
///
/// `and` in column one adds a name to the item before it (`type t = … and u = …`, `let rec f … and g …`): one
/// region, as the names cannot move apart. A `let` binding a pattern (`let () = …`) has a region named `_`, an
/// extension's (`let%expect_test "parses" = …`) one named by its string; neither declares a name, nor does a type
/// extension (`type t += …`).
package struct OCamlDeclarations {
    let source: SymbolSource

    package init(source: SymbolSource) {
        self.source = source
    }

    /// Keywords starting a top-level item that declares no name.
    private static let itemWords: Set<String> = ["open", "include"]

    package func find() -> [FoundDeclaration] {
        var items = Items()
        var depth = 0
        var lastLine = 0
        for index in source.tokens.indices {
            if depth == 0, source.startsInColumnOne(index) { item(at: index, after: lastLine, into: &items) }
            depth = max(0, depth + nesting(index))
            lastLine = endLine(index)
        }
        items.close(at: lastLine)
        return items.found
    }

    /// The declarations found, and the region whose end is not known yet.
    private struct Items {
        var found: [FoundDeclaration] = []
        var open: Int?

        mutating func close(at line: Int) {
            if let open { found[open].endLine = line }
            open = nil
        }

        mutating func start(_ declaration: FoundDeclaration) {
            open = found.count
            found.append(declaration)
        }
    }

    /// A column-one token outside any block: `and` names one more of the open item's group, an item's start ends
    /// the open one (at `lastLine`, the line of the token before) and may declare.
    private func item(at index: Int, after lastLine: Int, into items: inout Items) {
        if isAnd(index), let open = items.open {
            let kind = items.found[open].kind
            if let name = name(after: index + 1, kind: kind) {
                items.found.append(FoundDeclaration(name: name, kind: kind, startLine: line(index), isRegion: false))
            }
        } else if startsItem(index) {
            items.close(at: lastLine)
            if let declaration = declaration(at: index) { items.start(declaration) }
        }
    }

    private func line(_ index: Int) -> Int { Int(source.tokens[index].line) }

    /// The line a token ends on: a string's last line (`{|` and `"` literals span lines), else its line.
    private func endLine(_ index: Int) -> Int {
        let token = source.tokens[index]
        guard token.kind == .string else { return Int(token.line) }
        var newlines = 0
        for offset in Int(token.start)..<token.end where source.bytes[offset] == 10 { newlines += 1 }
        return Int(token.line) + newlines
    }

    private func word(_ index: Int) -> String? { source.isWord(index) ? source.text(source.tokens[index]) : nil }

    private func isAnd(_ index: Int) -> Bool { word(index) == "and" }

    /// Whether the column-one token at `index` starts an item: a declaring keyword, `open`, `include`, or `[`
    /// (an attribute `[@@@warning …]` or extension `[%%…]`).
    private func startsItem(_ index: Int) -> Bool {
        if source.isPunct(index, "[") { return true }
        guard let word = word(index) else { return false }
        return Self.itemWords.contains(word) || Self.kinds[word] != nil
    }

    /// The keywords that declare, by the kind they give.
    private static let kinds: [String: String] = [
        "let": "let", "type": "type", "module": "module", "exception": "exception", "external": "external",
        "class": "class", "val": "val",
    ]

    /// The declaration an item keyword at `index` starts, or nil (`open`, an attribute).
    private func declaration(at index: Int) -> FoundDeclaration? {
        guard let keyword = word(index), var kind = Self.kinds[keyword] else { return nil }
        var cursor = pastExtension(index + 1)
        while let modifier = word(cursor), ["rec", "nonrec", "virtual", "type"].contains(modifier) {
            if modifier == "type" { kind += " type" }  // `module type S`, `class type c`
            cursor += 1
        }
        guard let name = name(after: cursor, kind: kind) else {
            return FoundDeclaration(
                name: patternName(at: cursor), kind: kind, startLine: line(index), declaresName: false)
        }
        return FoundDeclaration(
            name: name, kind: kind, startLine: line(index), declaresName: !isTypeExtension(after: cursor))
    }

    /// The position after an extension node's name (`let%expect_test`, `module%test`) and an attribute
    /// (`let[@inline never]`) right after a keyword.
    private func pastExtension(_ start: Int) -> Int {
        var cursor = start
        if source.isPunct(cursor, "%") && source.isWord(cursor + 1) { cursor += 2 }
        if source.isPunct(cursor, "[") && source.isPunct(cursor + 1, "@") {
            cursor = source.skipGroup(from: cursor, open: "[", close: "]")
        }
        return cursor
    }

    /// The name at `start`, after a type's or class's parameters (`'a t`, `_ t`, `('a, 'b) t`, `['a] c`), or an
    /// operator in parentheses (`( >>= )`); nil for a pattern (`()`, `(a, b)`, `{ x; _ }`) or a literal.
    private func name(after start: Int, kind: String) -> String? {
        var cursor = start
        if kind.hasPrefix("type") || kind.hasPrefix("class") { cursor = pastParameters(start) }
        if source.isPunct(cursor, "("), let name = operatorName(at: cursor) { return name }
        return word(cursor)
    }

    /// The position after a type's parameters: one (`'a`, `+'a`, `_`) or a group in parentheses or brackets.
    private func pastParameters(_ start: Int) -> Int {
        var cursor = start
        if source.isPunct(cursor, "+") || source.isPunct(cursor, "-") { cursor += 1 }
        if source.isPunct(cursor, "'") && source.isWord(cursor + 1) { return cursor + 2 }
        if word(cursor) == "_" && source.isWord(cursor + 1) { return cursor + 1 }
        if source.isPunct(cursor, "(") { return source.skipGroup(from: cursor, open: "(", close: ")") }
        if source.isPunct(cursor, "[") { return source.skipGroup(from: cursor, open: "[", close: "]") }
        return cursor
    }

    /// What names a binding of a pattern: an extension's string (`let%expect_test "parses a rule"`), else `_`.
    private func patternName(at cursor: Int) -> String {
        guard cursor < source.tokens.count, source.tokens[cursor].kind == .string else { return "_" }
        let text = source.text(source.tokens[cursor])
        return text.count >= 2 && text.first == "\"" && text.last == "\"" ? String(text.dropFirst().dropLast()) : text
    }

    /// `( >>= )`, `( let* )`: the operator's tokens joined, when punctuation (with `let` or `and` before it) stands
    /// in the parentheses; nil for `()` or a pattern.
    private func operatorName(at open: Int) -> String? {
        var cursor = open + 1
        var name = ""
        while cursor < min(source.tokens.count, open + 6), !source.isPunct(cursor, ")") {
            let token = source.tokens[cursor]
            guard token.kind == .punct || (name.isEmpty && ["let", "and"].contains(source.text(token))) else { return nil }
            name += source.text(token)
            cursor += 1
        }
        let isOperator = source.isPunct(cursor, ")") && source.tokens[cursor - 1].kind == .punct && cursor > open + 1
        return isOperator ? name : nil
    }

    /// `type t += A`, `type 'a t += …`: an extension of `t`'s constructors, not a new type.
    private func isTypeExtension(after cursor: Int) -> Bool {
        let end = min(source.tokens.count, cursor + 8)
        guard let equal = (cursor..<end).first(where: { source.isPunct($0, "=") }) else { return false }
        return source.isPunct(equal - 1, "+")
    }

    /// How the token at `index` changes the nesting: +1 for `(`, `[`, `{`, `struct`, `sig`, `object`, `begin`,
    /// `do`; -1 for `)`, `]`, `}`, `end`, `done`.
    private func nesting(_ index: Int) -> Int {
        let token = source.tokens[index]
        guard token.kind == .word else {
            return token.kind == .punct && token.length == 1 ? Self.bracket(source.bytes[Int(token.start)]) : 0
        }
        if token.equals("end", in: source.bytes) || token.equals("done", in: source.bytes) { return -1 }
        return Self.openers.contains { token.equals($0, in: source.bytes) } ? 1 : 0
    }

    private static let openers: [StaticString] = ["struct", "sig", "object", "begin", "do"]

    private static func bracket(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): -1
        default: 0
        }
    }
}
