import SourceScan

/// Ruby: `require 'x'`, `require_relative 'x'` and `load 'x'`, with or without parentheses.
///
/// `require` names a gem or a file on the load path (a module, unless it starts `./` or `/`),
/// `require_relative` a file beside this one, `load` a file.
enum RubyImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position, oneOf: ["require", "require_relative", "load"]),
                !reader.followsDot(position)
            else {
                position += 1
                continue
            }
            let argument = reader.isPunct(position + 1, "(") ? position + 2 : position + 1
            guard reader.isString(argument), !reader.isPunct(argument + 1, oneOf: ["+", "."]) else {
                position += 1
                continue
            }
            let path = reader.unquoted(at: argument)
            let kind: ImportFacts.Kind
            if reader.isWord(position, "require_relative") {
                kind = .relative
            } else if reader.isWord(position, "load") {
                kind = .file
            } else {
                kind = ImportReader.kind(ofSpecifier: path)
            }
            reader.add(path, kind, line: reader.line(at: position))
            position = argument + 1
        }
    }
}
