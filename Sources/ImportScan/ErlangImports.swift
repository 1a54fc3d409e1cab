import SourceScan

/// Erlang: `-include("x.hrl")` and `-include_lib("app/include/x.hrl")` name files; `-behaviour(gen_server)`,
/// `-import(lists, […])` and every remote call or reference `mod:f(…)` (`fun mod:f/1`, a type `mod:t()` in a spec)
/// name the module `mod`, the file `mod.erl`. Erlang has no import statement for modules it calls, so a call is the
/// dependency: each module once per file, at its first use. A variable or macro as module (`Mod:f()`,
/// `?MODULE:f()`) names nothing.
enum ErlangImports {
    static func read(_ reader: inout ImportReader) {
        var seen: Set<String> = []
        var position = 0
        while position < reader.count {
            if reader.isPunct(position, "-"), reader.startsLine(position), reader.isPunct(position + 2, "(") {
                attribute(&reader, at: position + 1, seen: &seen)
                position += 3
                continue
            }
            // `mod:f(` or `mod:f/`: a lower-case atom, then `:` and a name, not after `?` (a macro) or `#` (a record).
            if reader.isWord(position), reader.isPunct(position + 1, ":"), reader.isWord(position + 2),
                isAtom(reader.text(at: position)), position == 0 || !reader.isPunct(position - 1, oneOf: ["?", "#", "."])
            {
                let module = reader.text(at: position)
                if seen.insert(module).inserted { reader.add(module, .module, line: reader.line(at: position)) }
                position += 3
                continue
            }
            position += 1
        }
    }

    /// `-include("…")`, `-include_lib("…")`, `-behaviour(m)`, `-behavior(m)`, `-import(m, […])`, the attribute's
    /// name at `name`.
    private static func attribute(_ reader: inout ImportReader, at name: Int, seen: inout Set<String>) {
        let argument = name + 2
        let line = reader.line(at: name)
        if reader.isWord(name, oneOf: ["include", "include_lib"]), reader.isString(argument) {
            reader.add(reader.unquoted(at: argument), .file, line: line)
        } else if reader.isWord(name, oneOf: ["behaviour", "behavior", "import"]), reader.isWord(argument) {
            let module = reader.text(at: argument)
            if isAtom(module), seen.insert(module).inserted { reader.add(module, .module, line: line) }
        }
    }

    /// A plain atom: starts with a lower-case letter (an upper-case or `_` start is a variable).
    private static func isAtom(_ text: String) -> Bool {
        text.utf8.first.map { $0 >= 97 && $0 <= 122 } ?? false
    }
}
