import SourceScan

/// Dart: `import`, `export` and `part` directives, with their `as`, `show`, `hide`, `deferred` clauses and
/// conditional URIs (`import 'a.dart' if (dart.library.io) 'b.dart';`, each URI an import of its own).
///
/// `package:http/http.dart` is a module import (the package is the first segment after `package:`),
/// `dart:io` a system library, anything else a path relative to the importing file (`src/x.dart`,
/// `../a.dart`). `part of` names the library a part belongs to, not something it uses: skipped.
enum DartImports {
    private static let directives: [StaticString] = ["import", "export", "part"]

    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard isDirective(reader, at: position) else {
                position += 1
                continue
            }
            let line = reader.line(at: position)
            let (uris, alias, end) = clauses(reader, from: position + 1)
            for uri in uris {
                let path = reader.unquoted(at: uri)
                reader.add(path, kind(of: path), line: line, alias: alias)
            }
            position = end
        }
    }

    /// `import`, `export` or `part` opening a directive: first on its line or after `;`/`}`, then a URI.
    private static func isDirective(_ reader: ImportReader, at position: Int) -> Bool {
        reader.isWord(position, oneOf: directives) && !reader.followsDot(position)
            && (reader.startsLine(position) || reader.isPunct(position - 1, oneOf: [";", "}"]))
            && reader.isString(position + 1)
    }

    /// The URI at `start` and the clauses after it up to `;`: conditional URIs follow `if (…)`, `as p` names
    /// the alias. Stops early at a directive starting a line (a missing `;`).
    private static func clauses(_ reader: ImportReader, from start: Int) -> (uris: [Int], alias: String?, end: Int) {
        var uris = [start]
        var alias: String?
        var next = start + 1
        var depth = 0
        while next < reader.count && !(depth == 0 && reader.isPunct(next, ";")) {
            if reader.isWord(next, oneOf: directives) && reader.startsLine(next) { break }
            depth += reader.isPunct(next, "(") ? 1 : reader.isPunct(next, ")") ? -1 : 0
            if depth == 0 && reader.isString(next) && reader.isPunct(next - 1, ")") { uris.append(next) }
            if depth == 0 && reader.isWord(next, "as") && reader.isWord(next + 1) { alias = reader.text(at: next + 1) }
            next += 1
        }
        return (uris, alias, next)
    }

    private static func kind(of uri: String) -> ImportFacts.Kind {
        if uri.hasPrefix("package:") { return .module }
        if uri.hasPrefix("dart:") { return .system }
        return uri.hasPrefix("/") ? .file : .relative
    }
}
