import SourceScan

/// One file's tokens as the import grammars read them, and the imports found so far.
///
/// Positions are token indices; every accessor answers false or nil outside `0..<count`, so a grammar
/// can look ahead or behind without bounds checks of its own.
struct ImportReader {
    let tokens: UnsafeBufferPointer<Token>
    /// The lexer's `wordCode` of each token.
    let codes: UnsafeBufferPointer<UInt64>
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file's repository-relative path (`""` when unknown).
    let path: String
    private(set) var found: [ImportFacts] = []

    init(_ buffer: TokenBuffer, bytes: UnsafeBufferPointer<UInt8>, path: String = "") {
        self.tokens = buffer.tokens
        self.codes = buffer.codes
        self.bytes = bytes
        self.path = path
    }

    var count: Int { tokens.count }

    func kind(at position: Int) -> Token.Kind? {
        tokens.indices.contains(position) ? tokens[position].kind : nil
    }

    func isWord(_ position: Int) -> Bool { kind(at: position) == .word }

    func isString(_ position: Int) -> Bool { kind(at: position) == .string }

    func isWord(_ position: Int, _ text: StaticString) -> Bool {
        kind(at: position) == .word && tokens[position].equals(text, in: bytes)
    }

    func isPunct(_ position: Int, _ text: StaticString) -> Bool {
        kind(at: position) == .punct && tokens[position].equals(text, in: bytes)
    }

    /// Whether the token is the word `text`, or one of `texts`.
    func isWord(_ position: Int, oneOf texts: [StaticString]) -> Bool {
        guard kind(at: position) == .word else { return false }
        return texts.contains { tokens[position].equals($0, in: bytes) }
    }

    func isPunct(_ position: Int, oneOf texts: [StaticString]) -> Bool {
        guard kind(at: position) == .punct else { return false }
        return texts.contains { tokens[position].equals($0, in: bytes) }
    }

    func text(at position: Int) -> String { tokens[position].text(in: bytes) }

    func line(at position: Int) -> Int { Int(tokens[position].line) }

    /// Whether the token is a word starting with a capital letter (an Elixir alias, a Haskell module name's
    /// first segment), not a variable, a call or `__MODULE__`.
    func isCapitalizedWord(_ position: Int) -> Bool {
        guard isWord(position), let first = text(at: position).utf8.first else { return false }
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    /// Whether the token is the first on its line (the file's first token counts).
    func startsLine(_ position: Int) -> Bool {
        position == 0 || (position > 0 && tokens[position - 1].line < tokens[position].line)
    }

    /// Whether the token is a member access (`x.import`), which no grammar reads as a keyword.
    func followsDot(_ position: Int) -> Bool {
        isPunct(position - 1, oneOf: [".", "?.", "->", "::"])
    }

    /// A string token's contents: one quote byte off each end (only the opening one when unterminated).
    func unquoted(at position: Int) -> String {
        let token = tokens[position]
        var start = Int(token.start)
        var end = token.end
        let quote = bytes[start]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") || quote == UInt8(ascii: "`") else {
            return token.text(in: bytes)
        }
        start += 1
        if end - start >= 1 && bytes[end - 1] == quote { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A path of words joined by `separator` (`a.b.c`, `a::b`), starting at a word at `position`.
    ///
    /// With `allowingStar`, a final `*` segment is taken too (`java.util.*`). Returns the path joined with
    /// the separator and the position just past it, or nil when no word starts there.
    func path(
        from position: Int, separator: StaticString, allowingStar: Bool = false
    ) -> (path: String, end: Int)? {
        guard isWord(position) else { return nil }
        var path = text(at: position)
        var next = position + 1
        let joiner = separator.description
        while isPunct(next, separator) {
            if isWord(next + 1) {
                path += joiner + text(at: next + 1)
            } else if allowingStar && isPunct(next + 1, "*") {
                path += joiner + "*"
            } else {
                break
            }
            next += 2
        }
        return (path, next)
    }

    mutating func add(
        _ path: String, _ kind: ImportFacts.Kind, line: Int, alias: String? = nil, names: [String] = [],
        reexports: Bool = false, scopes: [String] = []
    ) {
        found.append(ImportFacts(
            path: path, kind: kind, line: line, alias: alias, names: names, reexports: reexports, scopes: scopes))
    }

    /// Replaces each import `replacement` returns another for.
    mutating func replace(_ replacement: (ImportFacts) -> ImportFacts?) {
        for index in found.indices {
            if let other = replacement(found[index]) { found[index] = other }
        }
    }

    /// Marks the imports added since `count` (`found.count` before reading one statement) as re-exported.
    mutating func markReexported(since count: Int) {
        for index in count..<found.count { found[index].reexports = true }
    }

    /// Adds an import found after the pass, before the first import of a later line (keeping source order).
    mutating func addInOrder(_ path: String, _ kind: ImportFacts.Kind, line: Int, scopes: [String] = []) {
        let index = found.lastIndex { $0.line <= line }.map { $0 + 1 } ?? 0
        found.insert(ImportFacts(path: path, kind: kind, line: line, scopes: scopes), at: index)
    }

    /// The kind of a quoted specifier: `./x` and `../x` are relative, `/x` is a file, anything else a module.
    static func kind(ofSpecifier specifier: String) -> ImportFacts.Kind {
        if specifier == "." || specifier == ".." || specifier.hasPrefix("./") || specifier.hasPrefix("../") {
            return .relative
        }
        return specifier.hasPrefix("/") ? .file : .module
    }
}
