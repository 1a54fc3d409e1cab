/// A tolerant reader for the TOML that manifests use: tables, arrays of tables, dotted keys, strings,
/// arrays (multi-line too) and inline tables. Numbers, booleans and dates stay raw text.
///
/// Never fails: a line it cannot read becomes a problem with its line number and is skipped. Nesting
/// deeper than `maximumDepth` is a problem too, so hostile input cannot exhaust the stack.
package struct TOMLDocument: Sendable {
    package indirect enum Value: Hashable, Sendable {
        case string(String)
        /// A number, boolean or date, as written.
        case scalar(String)
        case array([Value])
        case table([Entry])

        package var string: String? {
            if case .string(let text) = self { return text }
            return nil
        }

        /// The strings of an array (non-strings skipped), or a lone string as a one-element list.
        package var strings: [String] {
            switch self {
            case .string(let text): [text]
            case .array(let items): items.compactMap(\.string)
            default: []
            }
        }
    }

    /// One `key = value` line (or a pair in an inline table); `key` is dotted, so it has 1+ parts.
    package struct Entry: Hashable, Sendable {
        package var key: [String]
        package var value: Value
        package var line: Int
    }

    /// A `[header]` or `[[header]]` section; the first table is the root, with an empty header.
    package struct Table: Hashable, Sendable {
        package var header: [String]
        package var isArrayElement: Bool
        package var line: Int
        package var entries: [Entry]
    }

    package static let maximumDepth = 64

    package private(set) var tables: [Table]
    package private(set) var problems: [(line: Int, message: String)]

    package init(_ bytes: [UInt8]) {
        var parser = TOMLParser(bytes: bytes)
        parser.parseDocument()
        tables = parser.tables
        problems = parser.problems
    }

    // MARK: - Queries

    /// The value at a full key path (`["package", "name"]`), whether written under a `[package]`
    /// header, as a dotted key or inside an inline table. The first definition wins.
    package func value(_ path: [String]) -> Value? {
        valueWithLine(path)?.value
    }

    /// The value at `path` and the line that defines it.
    package func valueWithLine(_ path: [String]) -> (value: Value, line: Int)? {
        for table in tables where !table.isArrayElement && path.starts(with: table.header) {
            if let found = Self.lookup(table.entries, path.dropFirst(table.header.count)) { return found }
        }
        return nil
    }

    /// The line of the `[header]` that opens `header`, if written.
    package func headerLine(_ header: [String]) -> Int? {
        tables.first { $0.header == header && !$0.isArrayElement }?.line
    }

    /// The entries of every `[[header]]` element, in order, each with its header's line.
    package func arrayOfTables(_ header: [String]) -> [(entries: [Entry], line: Int)] {
        tables.filter { $0.isArrayElement && $0.header == header }.map { ($0.entries, $0.line) }
    }

    /// The distinct keys one level below `pattern` (`*` matches any part), in first-seen order, with
    /// the value when it is written inline (`foo = "1"`, `foo = { … }`) and the line.
    ///
    /// `keys(under: ["dependencies"])` finds `[dependencies] a = …`, `[dependencies.b]` and
    /// `dependencies.c.path = …` alike.
    package func keys(under pattern: [String]) -> [(key: String, line: Int)] {
        var seen = Set<String>()
        var found: [(key: String, line: Int)] = []
        func add(_ key: String, _ line: Int) {
            if seen.insert(key).inserted { found.append((key, line)) }
        }
        for table in tables where !table.isArrayElement {
            if table.header.count > pattern.count, Self.matches(pattern, table.header.prefix(pattern.count)) {
                add(table.header[pattern.count], table.line)
                continue
            }
            guard table.header.count <= pattern.count,
                Self.matches(pattern.prefix(table.header.count), table.header[...])
            else { continue }
            let rest = pattern.dropFirst(table.header.count)
            for entry in table.entries {
                Self.collectKeys(entry, rest, add)
            }
        }
        return found
    }

    /// The full header paths matching `pattern` (`*` matches any part), for `[target.'cfg(…)'.dependencies]`.
    package func headers(matching pattern: [String]) -> [[String]] {
        var found: [[String]] = []
        for table in tables where table.header.count >= pattern.count {
            let prefix = Array(table.header.prefix(pattern.count))
            if Self.matches(pattern, prefix[...]) && !found.contains(prefix) { found.append(prefix) }
        }
        return found
    }

    private static func matches(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard pattern.count == path.count else { return false }
        return zip(pattern, path).allSatisfy { $0 == "*" || $0 == $1 }
    }

    private static func matches(_ pattern: [String], _ path: ArraySlice<String>) -> Bool {
        matches(pattern[...], path)
    }

    private static func collectKeys(
        _ entry: Entry, _ rest: ArraySlice<String>, _ add: (String, Int) -> Void
    ) {
        if entry.key.count > rest.count, matches(rest, entry.key.prefix(rest.count)[...]) {
            add(entry.key[rest.count], entry.line)
        } else if entry.key.count <= rest.count, matches(rest.prefix(entry.key.count), entry.key[...]),
            case .table(let inner) = entry.value
        {
            for innerEntry in inner { collectKeys(innerEntry, rest.dropFirst(entry.key.count), add) }
        }
    }

    private static func lookup(_ entries: [Entry], _ path: ArraySlice<String>) -> (value: Value, line: Int)? {
        for entry in entries {
            if entry.key[...] == path { return (entry.value, entry.line) }
            if path.starts(with: entry.key), case .table(let inner) = entry.value,
                let found = lookup(inner, path.dropFirst(entry.key.count))
            {
                return found
            }
        }
        return nil
    }
}
