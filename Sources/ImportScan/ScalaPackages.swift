import SourceScan

/// The packages a Scala file's package clauses open, whose members its names may be (`ImportFacts.scopes`).
///
/// Each clause opens its package inside those before it: `package cats` then `package data` open `cats.data` and
/// `cats`, so `kernel.Eq` there is `cats.data.kernel.Eq` or else `cats.kernel.Eq`, as scalac looks it up, before the
/// root's `kernel.Eq`; the one clause `package cats.data` opens `cats.data` alone. A packaging `package a { … }` opens
/// `a` up to its closing brace. `package object a` is an object, no clause. Java's, Kotlin's and Groovy's package
/// statement opens no scope (`opensScopes` false): their names are never read below it.
struct ScalaPackages {
    /// Whether package clauses open scopes (Scala).
    let opensScopes: Bool
    /// The open packages, innermost first.
    private(set) var scopes: [String] = []
    /// How many `{` are open.
    private var depth = 0
    /// For each open packaging, the depth inside its brace and how many packages were open before it.
    private var packagings: [(depth: Int, outer: Int)] = []

    init(opensScopes: Bool) {
        self.opensScopes = opensScopes
    }

    /// Reads the package clause whose name starts at `position` (after `package`); returns the position after it.
    mutating func readClause(_ reader: ImportReader, at position: Int) -> Int {
        guard !reader.isWord(position, "object"), let (path, end) = reader.path(from: position, separator: ".") else {
            return position
        }
        guard opensScopes else { return end }
        let outer = scopes.count
        scopes.insert(scopes.first.map { $0 + "." + path } ?? path, at: 0)
        guard reader.isPunct(end, "{") else { return end }
        depth += 1
        packagings.append((depth, outer))
        return end + 1
    }

    /// Follows the braces a grammar passes over (a token read by nothing else): a packaging's `}` closes its package.
    mutating func pass(_ reader: ImportReader, at position: Int) {
        if reader.isPunct(position, "{") {
            depth += 1
        } else if reader.isPunct(position, "}") {
            if let packaging = packagings.last, packaging.depth == depth {
                scopes.removeFirst(scopes.count - packaging.outer)
                packagings.removeLast()
            }
            depth -= 1
        }
    }
}
