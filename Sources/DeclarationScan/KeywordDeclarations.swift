import SourceScan

/// Declarations introduced by a keyword at brace depth zero: `struct Name`, `func name`, `type Name`.
///
/// Go's method receivers (`func (s *S) Name`) and parenthesised groups (`var (…)`) are followed;
/// generic parameters after `impl`/`extension` are skipped to reach the extended type. Where the grammar has
/// `endBlocks` (Elixir), `do`/`fn` … `end` blocks are levels too (`EndBlockDepth`).
package struct KeywordDeclarations {
    let source: SymbolSource
    let grammar: DeclarationGrammar
    let visibility: DeclarationVisibility
    let binding: DeclarationBinding

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
        visibility = DeclarationVisibility(source: source, grammar: grammar)
        binding = DeclarationBinding(source: source, grammar: grammar)
    }

    package func find() -> [FoundDeclaration] {
        let tokens = source.tokens
        var found: [FoundDeclaration] = []
        var index = 0
        var nesting = KeywordNesting(braces: NamespaceBraces(enabled: grammar.namespaceBraces))
        var blocks = EndBlockDepth()
        var macro = ItemMacroRegion()
        while index < tokens.count {
            let token = tokens[index]
            if grammar.endBlocks, let next = blocks.step(source, at: index, declaring: grammar.declaring, found: &found, declare: {
                declaration(after: $0, keyword: source.text(tokens[$0]), into: &$1)
            }) {
                index = next
                continue
            }
            if token.kind == .punct {
                nesting.step(source, at: index)
                index += 1
                continue
            }
            if startsTopLevel(at: index) { nesting.reset() }
            if nesting.isTopLevel { enterItemGroup(at: index, nesting: &nesting, macro: &macro) }
            guard token.kind == .word, nesting.isTopLevel, !isMember(index) else {
                index += 1
                continue
            }
            let before = found.count
            let next = read(at: index, into: &found)
            macro.adjust(&found, from: before, at: index)
            if found.count > before { blocks.opened(region: found.count - 1) }
            index = next
        }
        return found
    }

    /// Reads the top-level word at `index`: a declaration or an extension into `found`; the index after it.
    private func read(at index: Int, into found: inout [FoundDeclaration]) -> Int {
        let word = source.text(source.tokens[index])
        if grammar.declaring.contains(word), !isImportOrLifetime(index), !isSymbol(index) {
            return declaration(after: index, keyword: word, into: &found)
        }
        if grammar.extending.contains(word), let extended = extended(at: index) { found.append(extended) }
        return index + 1
    }

    /// Whether the word at `index` starts a top-level declaration whatever came before (`topLevelInColumnOne`).
    private func startsTopLevel(at index: Int) -> Bool {
        source.tokens[index].kind == .word && !grammar.topLevelInColumnOne.isEmpty && source.startsInColumnOne(index)
            && grammar.topLevelInColumnOne.contains(source.text(source.tokens[index]))
    }

    /// `extension Name`, `impl<T> Trait for Type`, `defimpl Protocol`: a region of the extended type, declaring no
    /// new name; nil when no name follows the keyword at `index`.
    private func extended(at index: Int) -> FoundDeclaration? {
        let tokens = source.tokens
        var cursor = index + 1
        if source.isPunct(cursor, "<") { cursor = source.skipGroup(from: cursor, open: "<", close: ">") }
        let kind = source.text(tokens[index])
        if kind == "impl" { return rustImpl(at: index, headerAt: cursor) }
        guard source.isWord(cursor) else { return nil }
        let name = source.text(tokens[cursor])
        return FoundDeclaration(
            name: name, kind: kind, startLine: Int(tokens[index].line), declaresName: false,
            boundName: binding.boundName(extending: name, kind: kind))
    }

    /// Rust's `impl Type` or `impl Trait for Type` (`RustImplHeader`): the region belongs to the type, named by its last
    /// segment (the trait's where the type has no name: a tuple, an array), with the paths as written. An inherent
    /// `impl` item starting its line (or `unsafe impl`) is bound to its type; a return type's (`fn iter() -> impl
    /// Iterator`) binds nothing.
    private func rustImpl(at index: Int, headerAt cursor: Int) -> FoundDeclaration? {
        let parameters = source.isPunct(index + 1, "<")
            ? RustImplHeader.parameters(source, open: index + 1, end: cursor) : []
        guard let header = RustImplHeader.read(source, from: cursor, parameters: parameters),
            let named = header.type ?? header.trait
        else { return nil }
        let name = RustImplHeader.name(of: named)
        let isItem = startsImplItem(at: index)
        let bound = isItem && header.trait == nil && !implementsTrait(from: cursor)
            ? binding.boundName(extending: name, kind: "impl") : nil
        var found = FoundDeclaration(
            name: name, kind: "impl", startLine: Int(source.tokens[index].line), declaresName: false, boundName: bound)
        if isItem {
            found.trait = header.trait
            found.orphanTypes = header.orphanTypes.isEmpty ? nil : header.orphanTypes
            found.typePath = header.type.map { $0 == name ? nil : $0 } ?? ""
        }
        return found
    }

    /// Notes the group whose items are top level that the word at `index` opens: a `namespace`'s braces where the
    /// grammar has `namespaceBraces`, or the brackets of one of its `itemMacros` (`pin_project! {`,
    /// `thread_local!(static X: … );`, `lazy_static![ … ]`; a path before it too: `pin_project_lite::pin_project! {`).
    private func enterItemGroup(at index: Int, nesting: inout KeywordNesting, macro: inout ItemMacroRegion) {
        guard source.tokens[index].kind == .word else { return }
        if grammar.namespaceBraces {
            if source.isWord(index, "namespace"), !isMember(index) { nesting.braces.noteNamespace() }
        } else if let close = itemMacroClose(at: index) {
            nesting.passOver([index + 2, close])
            macro.open(at: index, end: close + 1, in: source)
        }
    }

    /// Where the brackets of the item macro invoked at `index` close (`name!` then `{`, `(` or `[`); nil for any other
    /// word, and for brackets the file leaves open.
    private func itemMacroClose(at index: Int) -> Int? {
        guard source.isPunct(index + 1, "!"), grammar.itemMacros.contains(source.text(source.tokens[index])) else {
            return nil
        }
        for (open, close) in Self.brackets where source.isPunct(index + 2, open) {
            let end = source.skipGroup(from: index + 2, open: open, close: close)
            return source.isPunct(end - 1, close) ? end - 1 : nil
        }
        return nil
    }

    /// The brackets a macro may be invoked with.
    private static let brackets: [(open: StaticString, close: StaticString)] = [("{", "}"), ("(", ")"), ("[", "]")]

    /// Whether the `impl` at `index` is an item: it starts its line, or `unsafe` before it does.
    private func startsImplItem(at index: Int) -> Bool {
        source.startsInColumnOne(index)
            || index > 0 && source.isWord(index - 1, "unsafe") && source.startsInColumnOne(index - 1)
    }

    /// Whether the `impl` whose type or trait starts at `start` implements a trait: a `for` before its body, not one
    /// of a higher-ranked bound (`for<'a>`).
    private func implementsTrait(from start: Int) -> Bool {
        var cursor = start
        while cursor < min(start + 96, source.tokens.count), !source.isPunct(cursor, "{"), !source.isPunct(cursor, ";") {
            if source.isWord(cursor, "for"), !source.isPunct(cursor + 1, "<") { return true }
            cursor += 1
        }
        return false
    }

    /// Words after `class` that make it anonymous: no language names a class so.
    private static let anonymousMarks: Set<String> = ["extends", "implements"]

    /// Swift's `import struct WinSDK.ip_mreq`, TypeScript's `import type Foo from …` and PHP's
    /// `use function Illuminate\Support\enum_value;` import, not declare (laravel's Foundation declared
    /// `Illuminate`); Rust's lifetime `'static` (`-> &'static str`) is no `static` item.
    private func isImportOrLifetime(_ index: Int) -> Bool {
        index > 0 && (source.isWord(index - 1, "import") || source.isWord(index - 1, "use") || source.isPunct(index - 1, "'"))
    }

    /// A `:` touching the keyword makes it a symbol literal: Julia's and Ruby's `:function` (DataFrames.jl's
    /// `return :function` had declared a function `end`, the word on the next line, which a split then named a
    /// module after).
    private func isSymbol(_ index: Int) -> Bool {
        index > 0 && source.isPunct(index - 1, ":") && source.tokens[index - 1].end == Int(source.tokens[index].start)
    }

    /// `x.class`, `x.type`: a member access, not a declaration; nor is TypeScript's `[…] as const`, a type (vite's
    /// `} as const` before `export function` declared `export`).
    private func isMember(_ index: Int) -> Bool {
        index > 0 && (source.isPunct(index - 1, ".") || source.isPunct(index - 1, "::") || source.isWord(index - 1, "as"))
    }

    /// Records the declaration whose keyword is at `index`; returns where scanning continues.
    private func declaration(after index: Int, keyword: String, into found: inout [FoundDeclaration]) -> Int {
        let tokens = source.tokens
        let line = Int(tokens[index].line)
        var cursor = index + 1
        // A modifier is passed over only when a word follows it: `let final = 1` declares `final`.
        while source.isWord(cursor + 1), grammar.skipped.contains(source.text(tokens[cursor])) { cursor += 1 }
        if keyword == "func" && source.isPunct(cursor, "(") {
            return goMethod(receiverAt: cursor, keywordAt: index, line: line, into: &found)
        }
        if grammar.grouping.contains(keyword) && source.isPunct(cursor, "(") {
            return group(from: cursor, keyword: keyword, line: line, into: &found)
        }
        if keyword == "func", let function = operatorFunction(at: cursor, keywordAt: index) {
            found.append(function.found)
            return function.next
        }
        cursor = nameIndex(from: cursor, keyword: keyword)
        guard source.isWord(cursor) else { return cursor }
        let name = source.text(tokens[cursor])
        // `class func`, `enum class`: the second keyword is a modifier, not a name. An anonymous class
        // (PHP's `new class extends Vite`, JavaScript's `export default class extends Base`) declares none.
        if grammar.declaring.contains(name) || Self.anonymousMarks.contains(name) { return cursor }
        let reach = visibility.reach(keywordAt: index, name: name)
        found.append(FoundDeclaration(
            name: name, kind: kind(of: keyword, at: index), startLine: line,
            declaresName: reach != .file, isModuleScoped: reach == .module,
            boundName: binding.boundName(keywordAt: index, nameAt: cursor)))
        endModuleFileItem(keyword: keyword, nameAt: cursor, in: &found[found.count - 1])
        return cursor + 1
    }

    /// Whether the value at `index`, after `name =`, is an import call: `const request = require('supertest')`
    /// imports, its line no part a split moves.
    private func isImportCall(valueAt index: Int) -> Bool {
        source.isPunct(index - 1, "=") && source.isWord(index) && source.isPunct(index + 1, "(")
            && grammar.importCalls.contains(source.text(source.tokens[index]))
    }

    /// Where the name of a declaration by `keyword` stands, from `cursor` after the keyword and its modifiers: past a
    /// receiver (Kotlin's `fun List<T>.second`), or before the parameters after a return type (C#'s `delegate`).
    private func nameIndex(from cursor: Int, keyword: String) -> Int {
        if grammar.receiving.contains(keyword) { return receiver(after: cursor) }
        return grammar.namedBeforeParameters.contains(keyword) ? source.nameBeforeParameters(from: cursor) : cursor
    }

    /// Rust's `mod x;` ends at its `;`, not at the next declaration: the `use` lines after it are no part of it
    /// (syn's tests/repo/mod.rs had read `mod progress;` as 13 code lines, which a split then moved).
    /// A `require` is no region either (`isImportCall`).
    private func endModuleFileItem(keyword: String, nameAt cursor: Int, in declaration: inout FoundDeclaration) {
        if isImportCall(valueAt: cursor + 2) { declaration.isRegion = false }
        guard grammar.declaresModuleFiles && keyword == "mod" && source.isPunct(cursor + 1, ";") else { return }
        declaration.endLine = Int(source.tokens[cursor + 1].line)
    }

    /// The kind `keyword`, at `index`, declares: the keyword, but `annotation` for Kotlin's `annotation class` and
    /// Java's `@interface`.
    private func kind(of keyword: String, at index: Int) -> String {
        guard index > 0 else { return keyword }
        let isAnnotation = keyword == "class" && source.isWord(index - 1, "annotation")
            || keyword == "interface" && source.isPunct(index - 1, "@")
        return isAnnotation ? "annotation" : keyword
    }

    /// Go's `func (r *Receiver) Name(`: the method belongs to the receiver's region, named after it; returns where
    /// scanning continues, after the receiver.
    private func goMethod(receiverAt open: Int, keywordAt index: Int, line: Int, into found: inout [FoundDeclaration]) -> Int {
        let receiverEnd = source.skipGroup(from: open, open: "(", close: ")")
        if let type = (open..<receiverEnd).last(where: { source.isWord($0) }) {
            // Only a method binds: a function type's parameters (echo's `type HandlerFunc func(c *Context) error`) read
            // as a receiver too, but its `func` does not start the line.
            let name = source.text(source.tokens[type])
            found.append(FoundDeclaration(
                name: name, kind: "method", startLine: line, declaresName: false,
                boundName: source.startsInColumnOne(index) ? binding.boundName(extending: name, kind: "method") : nil))
        }
        return receiverEnd
    }

    /// Kotlin's `fun <T> List<T>.second`, `val String?.label`, `fun Outer.Inner.name`: the name after type
    /// parameters and a receiver (the last word of a dotted chain), or the first word when there is no receiver.
    private func receiver(after start: Int) -> Int {
        var cursor = start
        if source.isPunct(cursor, "<") { cursor = source.skipGroup(from: cursor, open: "<", close: ">") }
        guard source.isWord(cursor) else { return cursor }
        var next = cursor + 1
        while true {
            if source.isPunct(next, "<") { next = source.skipGroup(from: next, open: "<", close: ">") }
            if source.isPunct(next, "?") { next += 1 }
            // A nullable receiver's `?.` may be one token.
            guard source.isPunct(next, ".") || source.isPunct(next, "?."), source.isWord(next + 1) else { return cursor }
            cursor = next + 1
            next += 2
        }
    }

    /// Go's `var (`…`)`: one region, named after its first name; each line's first word is declared.
    private func group(
        from open: Int, keyword: String, line: Int, into found: inout [FoundDeclaration]
    ) -> Int {
        let tokens = source.tokens
        let end = source.skipGroup(from: open, open: "(", close: ")")
        var nesting = 0
        var lastLine = Int32(-1)
        var first = true
        for cursor in (open + 1)..<max(open + 1, end - 1) {
            if source.isPunct(cursor, "(") || source.isPunct(cursor, "{") || source.isPunct(cursor, "[") { nesting += 1 }
            if source.isPunct(cursor, ")") || source.isPunct(cursor, "}") || source.isPunct(cursor, "]") { nesting -= 1 }
            let token = tokens[cursor]
            defer { lastLine = token.line }
            guard nesting == 0, token.kind == .word, token.line != lastLine else { continue }
            found.append(FoundDeclaration(
                name: source.text(token), kind: keyword, startLine: line, isRegion: first))
            first = false
        }
        return end
    }
}

/// The depth of braces and of brackets at a token: the braces of a namespace and the brackets of an item macro are no
/// level.
private struct KeywordNesting {
    var braces: NamespaceBraces
    private var depth = 0
    private var parens = 0
    /// The item macros' brackets (their indices), passed over.
    private var passed: Set<Int> = []

    package init(braces: NamespaceBraces) { self.braces = braces }

    var isTopLevel: Bool { depth == 0 && parens == 0 }

    mutating func reset() { (depth, parens) = (0, 0) }

    /// Makes the brackets at `indices` no level.
    mutating func passOver(_ indices: [Int]) { passed.formUnion(indices) }

    /// Follows the punctuation at `index`.
    mutating func step(_ source: SymbolSource, at index: Int) {
        guard passed.isEmpty || !passed.contains(index) else { return }
        if source.isPunct(index, "{") { depth += braces.open() }
        if source.isPunct(index, "}") { depth = max(0, depth - braces.close()) }
        if source.isPunct(index, ";") { braces.endStatement() }
        if source.isPunct(index, "(") || source.isPunct(index, "[") { parens += 1 }
        if source.isPunct(index, ")") || source.isPunct(index, "]") { parens = max(0, parens - 1) }
    }
}

/// The item macro (`DeclarationGrammar.itemMacros`) last opened: its items make one region from the macro's line, named
/// after the first (as Go's `var ( … )` group is), so a split moves the invocation whole; the others only declare their
/// names (`lazy_static! { static ref A: …; static ref B: …; }`).
private struct ItemMacroRegion {
    private var line = 0
    private var end = -1
    private var hasRegion = false

    /// Starts the macro whose name is at `index`; `end` is the index after its closing bracket.
    mutating func open(at index: Int, end: Int, in source: SymbolSource) {
        line = Int(source.tokens[index].line)
        self.end = end
        hasRegion = false
    }

    /// Makes `found[start...]`, declared at `index`, part of the macro's region when the macro holds them.
    mutating func adjust(_ found: inout [FoundDeclaration], from start: Int, at index: Int) {
        guard index < end, start < found.count else { return }
        for position in start..<found.count where found[position].isRegion {
            if hasRegion {
                found[position].isRegion = false
            } else {
                found[position].startLine = line
                hasRegion = true
            }
        }
    }
}

/// Which braces open a `namespace Name { … }` block, which are no level for the declarations inside them.
private struct NamespaceBraces {
    let enabled: Bool
    /// A `namespace` keyword was read and its `{` (or `;`) has not come yet.
    private var pending = false
    /// Per open brace, whether it is a namespace's.
    private var stack: [Bool] = []

    package init(enabled: Bool) { self.enabled = enabled }

    mutating func noteNamespace() { pending = enabled }
    mutating func endStatement() { pending = false }

    /// The depth a `{` adds: 0 for a namespace's.
    mutating func open() -> Int {
        defer { pending = false }
        guard enabled else { return 1 }
        stack.append(pending)
        return pending ? 0 : 1
    }

    /// The depth a `}` removes.
    mutating func close() -> Int {
        guard enabled, let last = stack.popLast() else { return 1 }
        return last ? 0 : 1
    }
}
