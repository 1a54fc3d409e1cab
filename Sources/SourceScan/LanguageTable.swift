// SourceScan's callers use the lexer's types (Language, Token, TokenBuffer, LineCounts) with its table: re-exported.
@_exported import Lexing

/// All known languages, indexed for detection by file name, extension and shebang.
public struct LanguageTable: Sendable {
    public let languages: [Language]
    /// One lexer per language, same order as `languages`.
    public let lexers: [Lexer]
    /// For each language with `script_blocks` (Vue, Svelte), the finder of its `<script>` blocks, whose
    /// `language` is an index in this table; nil for the others. Names of unknown languages are left out.
    public let scriptBlocks: [ScriptBlockFinder?]
    private let byExtension: [String: Int]
    private let byFilename: [String: Int]
    private let byShebang: [String: Int]
    /// `(marker bytes, language)` pairs from `first_line_markers`, in table order.
    private let firstLineMarkers: [([UInt8], Int)]

    public init(_ languages: [Language]) {
        self.languages = languages
        self.lexers = languages.map(Lexer.init(language:))
        let byName = Dictionary(languages.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.scriptBlocks = languages.map { language in
            guard !language.scriptBlocks.isEmpty else { return nil }
            return ScriptBlockFinder(language.scriptBlocks.sorted { $0.key < $1.key }.compactMap { value, name in
                byName[name].map { (value, $0) }
            })
        }
        var byExtension: [String: Int] = [:]
        var byFilename: [String: Int] = [:]
        var byShebang: [String: Int] = [:]
        for (index, language) in languages.enumerated() {
            for ext in language.extensions where byExtension[ext] == nil { byExtension[ext] = index }
            for name in language.filenames where byFilename[name] == nil { byFilename[name] = index }
            for name in language.shebangs where byShebang[name] == nil { byShebang[name] = index }
        }
        self.byExtension = byExtension
        self.byFilename = byFilename
        self.byShebang = byShebang
        self.firstLineMarkers = languages.enumerated().flatMap { index, language in
            language.firstLineMarkers.map { (Array($0.utf8), index) }
        }
    }

    /// The language of a path by its name alone, or nil.
    ///
    /// Tries the exact file name, then the longest dotted ending (`d.ts` before `ts`), exact case first.
    public func language(forPath path: String) -> Int? {
        var path = path
        return path.withUTF8 { utf8 in
            let nameStart = (utf8.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            let name = UnsafeBufferPointer(rebasing: utf8[nameStart...])
            if let index = byFilename[String(decoding: name, as: UTF8.self)] { return index }
            for dot in name.indices where name[dot] == UInt8(ascii: ".") && dot != 0 {
                let ext = String(decoding: UnsafeBufferPointer(rebasing: name[(dot + 1)...]), as: UTF8.self)
                if let index = byExtension[ext] ?? byExtension[ext.lowercased()] { return index }
            }
            return nil
        }
    }

    /// The language named by a `#!` first line (`#!/usr/bin/env python3`), or nil.
    public func language(forShebang bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "!") else { return nil }
        var end = 2
        while end < bytes.count && end < 200 && bytes[end] != 10 { end += 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[2..<end]), as: UTF8.self)
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard !words.isEmpty else { return nil }
        var program = words[0].split(separator: "/").last.map(String.init) ?? words[0]
        if program == "env" {
            words.removeFirst()
            words.removeAll { $0.hasPrefix("-") }
            guard let first = words.first else { return nil }
            program = first
        }
        if let index = byShebang[program] { return index }
        // python3.11 → python3 → python
        var trimmed = program
        while let last = trimmed.last, last.isNumber || last == "." {
            trimmed.removeLast()
            if let index = byShebang[trimmed] { return index }
        }
        return nil
    }

    /// The language named by a file's first line, for names without a known extension, or nil.
    ///
    /// A `#!` line names the interpreter (`language(forShebang:)`); otherwise a language's
    /// `first_line_markers` (`<?xml ` for XML, as cloc checks for `.xcscheme` and other unknown endings).
    /// A UTF-8 byte order mark is skipped.
    public func language(forFirstLine bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        let rest = UnsafeBufferPointer(rebasing: bytes[start...])
        if let index = language(forShebang: rest) { return index }
        var end = 0
        while end < rest.count && end < 200 && rest[end] != 10 { end += 1 }
        let line = UnsafeBufferPointer(rebasing: rest[0..<end])
        for (marker, index) in firstLineMarkers where marker.count <= line.count {
            for offset in 0...(line.count - marker.count) where matches(line, at: offset, marker) { return index }
        }
        return nil
    }

    /// The index of the language with this name.
    public func index(named name: String) -> Int? {
        languages.firstIndex { $0.name == name }
    }
}

extension LanguageTable {
    /// The tokens a grammar reads in `bytes`, a file in language `index`, with offsets and lines of the whole
    /// file: a component's (`script_blocks`) are those of its `<script>` blocks, each lexed as its language;
    /// any other file's are all its tokens.
    public func codeTokens(of bytes: UnsafeBufferPointer<UInt8>, language index: Int) -> [Token] {
        guard let finder = scriptBlocks[index] else { return lexers[index].lex(bytes, collectTokens: true).tokens }
        let buffer = TokenBuffer()
        var tokens: [Token] = []
        for block in finder.blocks(in: bytes) {
            _ = lexers[block.language].lex(UnsafeBufferPointer(rebasing: bytes[block.content]), into: buffer, firstLine: block.line)
            let shift = Int32(truncatingIfNeeded: block.content.lowerBound)
            tokens += buffer.tokens.lazy.map { Token(kind: $0.kind, line: $0.line, start: $0.start + shift, length: $0.length) }
        }
        return tokens
    }
}
