import SourceScan

/// Haskell: `import [safe] [qualified] ["package"] A.B.C [qualified] [as X] [hiding] (…)`, at the start of a line.
///
/// A module is named by capitalized words joined by `.`; a package-qualified import's package string is skipped
/// (the module name says which file), and `{-# SOURCE #-}` is a comment to the lexer. `import` that does not start
/// its line (`foreign import ccall`) is no module import.
enum HaskellImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position, "import"), reader.startsLine(position) else {
                position += 1
                continue
            }
            var next = position + 1
            while reader.isWord(next, oneOf: ["safe", "qualified"]) || reader.isString(next) { next += 1 }
            guard reader.isCapitalizedWord(next), let (path, end) = reader.path(from: next, separator: ".") else {
                position = next
                continue
            }
            var after = end
            if reader.isWord(after, "qualified") { after += 1 }
            let alias = reader.isWord(after, "as") && reader.isWord(after + 1) ? reader.text(at: after + 1) : nil
            reader.add(path, .module, line: reader.line(at: position), alias: alias)
            position = end
        }
    }
}
