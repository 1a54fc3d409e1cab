import SourceScan

/// OCaml: the compilation units a file names. OCaml has no import statement: a file uses another unit (a library's
/// wrapper module `Dune_engine`, a sibling module `Process`) through `open M`, `open! M`, `include M`, `let open M in`,
/// `module X = M`, `(module M)`, and qualified paths `M.x`, `M.N.t`, `M.(…)`, `r.M.field`.
///
/// Each path's head is one import, once per file at its first use. A capitalized word not followed by `.` is a
/// constructor (`Some`, `Error`), not a module. Names the file has bound by then are left out: its own module (`Vcs`
/// in `vcs.ml`), the modules it defines (`module X = M` from there on, `module X = struct … end` after its `end`, as
/// a module's body still means the outer `X` by `X`) and functor parameters (`(X : S)`). Module types live apart
/// from modules and bind nothing. Local opens are not followed (`Path` after `open Stdune` is `Path`).
enum OCamlImports {
    static func read(_ reader: inout ImportReader) {
        var used = Uses()
        used.locals.insert(wordCode(ownModule(reader.path)))
        for position in 0..<reader.count where reader.isWord(position) { step(reader, at: position, into: &used) }
        for position in used.heads {
            reader.add(reader.text(at: position), .module, line: reader.line(at: position))
        }
    }

    /// What the word at `position` uses, binds or opens.
    private static func step(_ reader: ImportReader, at position: Int, into used: inout Uses) {
        if reader.isWord(position, oneOf: ["open", "include"]) {
            let target = reader.isPunct(position + 1, "!") ? position + 2 : position + 1
            if isModuleName(reader, target) { used.note(target, in: reader) }
        } else if reader.isWord(position, "module") {
            moduleBinding(reader, at: position, into: &used)
        } else if isPathHead(reader, position) {
            used.note(position, in: reader)
        } else if reader.isPunct(position - 1, "("), reader.isPunct(position + 1, ":"), isModuleName(reader, position) {
            used.bind(reader.codes[position])  // a functor's parameter `(X : S)`
        } else if reader.isWord(position, oneOf: ["struct", "sig", "object", "begin"]) {
            used.depth += 1
        } else if reader.isWord(position, "end") {
            used.close()
        }
    }

    /// The heads used (token positions, in order of first use), the names bound so far, and the definitions
    /// whose names bind when their body's `end` closes.
    private struct Uses {
        var heads: [Int] = []
        var seen: Set<UInt64> = []
        var locals: Set<UInt64> = []
        /// `struct`, `sig`, `object` and `begin` blocks open.
        var depth = 0
        var pending: [(code: UInt64, depth: Int)] = []

        mutating func note(_ position: Int, in reader: ImportReader) {
            let code = reader.codes[position]
            if !locals.contains(code) && seen.insert(code).inserted { heads.append(position) }
        }

        mutating func bind(_ code: UInt64) { locals.insert(code) }

        /// An `end`: binds the definitions whose body it closes.
        mutating func close() {
            depth = max(0, depth - 1)
            while let last = pending.last, last.depth >= depth {
                locals.insert(last.code)
                pending.removeLast()
            }
        }
    }

    /// `module X = M` (uses M, then binds X), `module X = struct … end`, `module X : sig … end`, `module X (P : S) =
    /// …` (bind X at their body's `end`), `module rec X`; `module type S` binds nothing; `(module M)` uses M.
    private static func moduleBinding(_ reader: ImportReader, at position: Int, into used: inout Uses) {
        if reader.isWord(position + 1, "type") { return }
        let name = reader.isWord(position + 1, "rec") ? position + 2 : position + 1
        guard isModuleName(reader, name) else { return }
        // A first-class module packed in an expression: `(module M)`, `(module M : S)` (or unpacked in a pattern,
        // which binds `M`: not told apart).
        if reader.isPunct(position - 1, "(") { return used.note(name, in: reader) }
        let code = reader.codes[name]
        if reader.isPunct(name + 1, oneOf: ["=", ":"]), isModuleName(reader, name + 2) {
            used.note(name + 2, in: reader)
            used.bind(code)
        } else if reader.isPunct(name + 1, "(") || reader.isWord(name + 2, oneOf: ["struct", "sig", "functor"]) {
            used.pending.append((code, used.depth))
        } else {
            used.bind(code)
        }
    }

    /// A capitalized word starting a module path: followed by `.`, and not a later segment of a path (`N` in
    /// `M.N.x`).
    private static func isPathHead(_ reader: ImportReader, _ position: Int) -> Bool {
        guard reader.isPunct(position + 1, "."), isModuleName(reader, position) else { return false }
        // `M.N`: N continues M's path; `r.M.field` and `(f x).M.field` start one.
        return !(reader.isPunct(position - 1, ".") && isModuleName(reader, position - 2))
    }

    /// Whether the token is a word starting with an ASCII capital letter (a module or constructor name).
    private static func isModuleName(_ reader: ImportReader, _ position: Int) -> Bool {
        guard reader.isWord(position) else { return false }
        let first = reader.bytes[Int(reader.tokens[position].start)]
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    /// The module a file defines: its name up to the first `.`, capitalized (`vcs.ml` → `Vcs`); empty for none.
    static func ownModule(_ path: String) -> [UInt8] {
        var name = Array(path.utf8.split(separator: UInt8(ascii: "/")).last?.prefix { $0 != UInt8(ascii: ".") } ?? [])
        if let first = name.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") { name[0] = first - 32 }
        return name
    }

    private static func wordCode(_ name: [UInt8]) -> UInt64 {
        name.withUnsafeBufferPointer { SourceScan.wordCode($0, start: 0, end: $0.count, kind: .word) }
    }
}
