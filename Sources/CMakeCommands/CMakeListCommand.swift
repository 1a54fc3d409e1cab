/// A `list()` command run over lists known as text: what it writes to which variable.
///
/// `APPEND`, `PREPEND` and `INSERT` (an unknown list starts empty), `REMOVE_ITEM` (a path equal once both are
/// normalised counts as the item: a `file(GLOB)` result is `../../x/a.c` where `${CMAKE_CURRENT_SOURCE_DIR}/a.c` is
/// `./a.c`), `REMOVE_AT`, `REMOVE_DUPLICATES`, `FILTER … INCLUDE|EXCLUDE REGEX` and `TRANSFORM` with `APPEND`,
/// `PREPEND`, `TOLOWER`, `TOUPPER`, `STRIP`, `GENEX_STRIP` or `REPLACE`, an `AT`, `FOR` or `REGEX` selector and
/// `OUTPUT_VARIABLE` (the usual `list(TRANSFORM SRCS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/src/)`), `POP_FRONT` and
/// `POP_BACK` (the list and the variables given the items taken). Reading commands
/// (`LENGTH`, `GET`, `FIND`, `JOIN`…) and reordering ones (`SORT`, `REVERSE`) write nothing a target's sources
/// depend on; a command on a list not known, with a regex CMakeRegex cannot read or an index out of range, writes
/// nothing either.
public enum CMakeListCommand {
    /// The operations that only read a list, writing their result to the last argument.
    public static let reading: Set = ["LENGTH", "GET", "FIND", "JOIN", "SUBLIST"]

    /// The variables `list(arguments…)` writes and their items, in order; none when it writes nothing that is
    /// followed. `items` gives a known list's items; `same` tells whether two items name the same path.
    public static func results(
        _ arguments: [String], items: (String) -> [String]?, same: (String, String) -> Bool
    ) -> [(name: String, items: [String])] {
        guard arguments.count > 1 else { return [] }
        if arguments[0] == "POP_FRONT" || arguments[0] == "POP_BACK" {
            return items(arguments[1]).map { popped(arguments, $0) } ?? []
        }
        return result(arguments, items: items, same: same).map { [$0] } ?? []
    }

    /// `list(POP_FRONT|POP_BACK name [out…])` on the known `list`: each `out` takes an item from that end, in turn
    /// (one when none is named), and the list loses them.
    private static func popped(_ arguments: [String], _ list: [String]) -> [(name: String, items: [String])] {
        var rest = list
        var writes: [(name: String, items: [String])] = []
        let fromFront = arguments[0] == "POP_FRONT"
        for output in arguments.dropFirst(2) where !rest.isEmpty {
            writes.append((output, [fromFront ? rest.removeFirst() : rest.removeLast()]))
        }
        if arguments.count == 2 && !rest.isEmpty { _ = fromFront ? rest.removeFirst() : rest.removeLast() }
        return [(arguments[1], rest)] + writes
    }

    private static func result(
        _ arguments: [String], items: (String) -> [String]?, same: (String, String) -> Bool
    ) -> (name: String, items: [String])? {
        let (name, rest) = (arguments[1], Array(arguments.dropFirst(2)))
        switch arguments[0] {
        case "APPEND": return (name, (items(name) ?? []) + rest)
        case "PREPEND": return (name, rest + (items(name) ?? []))
        case "INSERT": return inserted(name, rest, into: items(name) ?? [])
        case "TRANSFORM": return items(name).flatMap { transformed(name, $0, rest) }
        default: return items(name).flatMap { edited(arguments[0], name, $0, rest, same: same) }
        }
    }

    /// `REMOVE_ITEM`, `REMOVE_AT`, `REMOVE_DUPLICATES` and `FILTER` on the known `list`.
    private static func edited(
        _ operation: String, _ name: String, _ list: [String], _ rest: [String], same: (String, String) -> Bool
    ) -> (name: String, items: [String])? {
        switch operation {
        case "REMOVE_ITEM": return (name, list.filter { item in !rest.contains { same(item, $0) } })
        case "REMOVE_AT":
            let indexes = rest.compactMap { index($0, count: list.count) }
            guard indexes.count == rest.count else { return nil }
            return (name, list.indices.filter { !indexes.contains($0) }.map { list[$0] })
        case "REMOVE_DUPLICATES":
            var seen = Set<String>()
            return (name, list.filter { seen.insert($0).inserted })
        case "FILTER":
            guard rest.count == 3, rest[1] == "REGEX", rest[0] == "INCLUDE" || rest[0] == "EXCLUDE",
                let regex = CMakeRegex(rest[2])
            else { return nil }
            return (name, list.filter { regex.matches($0) == (rest[0] == "INCLUDE") })
        default: return nil
        }
    }

    /// `list(INSERT name index items…)`.
    private static func inserted(_ name: String, _ rest: [String], into list: [String]) -> (name: String, items: [String])? {
        guard let first = rest.first, let at = index(first, count: list.count + 1) else { return nil }
        var result = list
        result.insert(contentsOf: rest.dropFirst(), at: at)
        return (name, result)
    }

    /// `list(TRANSFORM name ACTION [arguments] [selector] [OUTPUT_VARIABLE out])` on the known `list`.
    private static func transformed(_ name: String, _ list: [String], _ rest: [String]) -> (name: String, items: [String])? {
        var words = rest[...]
        var output = name
        if words.count >= 2 && words[words.endIndex - 2] == "OUTPUT_VARIABLE" {
            output = words[words.endIndex - 1]
            words = words.dropLast(2)
        }
        guard let action = TransformAction(&words), let selected = selection(words, count: list.count) else { return nil }
        return (output, list.enumerated().map { offset, item in selected(offset, item) ? action.apply(item) : item })
    }

    /// Which items a selector (`AT i…`, `FOR start stop [step]`, `REGEX r`, none: all) picks; nil when unreadable.
    private static func selection(_ words: ArraySlice<String>, count: Int) -> ((Int, String) -> Bool)? {
        guard let selector = words.first else { return { _, _ in true } }
        let values = Array(words.dropFirst())
        switch selector {
        case "AT":
            let indexes = values.compactMap { index($0, count: count) }
            return indexes.count == values.count && !values.isEmpty ? { offset, _ in indexes.contains(offset) } : nil
        case "FOR": return range(values, count: count)
        case "REGEX":
            guard values.count == 1, let regex = CMakeRegex(values[0]) else { return nil }
            return { _, item in regex.matches(item) }
        default: return nil
        }
    }

    /// `FOR start stop [step]`: the indexes from start to stop, step apart.
    private static func range(_ values: [String], count: Int) -> ((Int, String) -> Bool)? {
        guard (2...3).contains(values.count), let start = index(values[0], count: count),
            let stop = index(values[1], count: count), let step = values.count == 3 ? Int(values[2]) : 1, step > 0
        else { return nil }
        return { offset, _ in offset >= start && offset <= stop && (offset - start) % step == 0 }
    }

    /// A list index as CMake reads it (negative from the end), when it is one of `0..<count`.
    private static func index(_ text: String, count: Int) -> Int? {
        guard let value = Int(text) else { return nil }
        let index = value < 0 ? count + value : value
        return (0..<count).contains(index) ? index : nil
    }

    /// What `TRANSFORM` does to each selected item.
    private enum TransformAction {
        case append(String), prepend(String), lower, upper, strip, genexStrip
        case replace(CMakeRegex, String)

        /// The actions taking no argument, by name.
        private static var plain: [String: TransformAction] {
            ["TOLOWER": .lower, "TOUPPER": .upper, "STRIP": .strip, "GENEX_STRIP": .genexStrip]
        }

        /// The action at the start of `words`, which are left past it; nil when unknown or its arguments are missing.
        init?(_ words: inout ArraySlice<String>) {
            guard let action = words.popFirst() else { return nil }
            if let plain = Self.plain[action] {
                self = plain
                return
            }
            switch action {
            case "APPEND", "PREPEND":
                guard let text = words.popFirst() else { return nil }
                self = action == "APPEND" ? .append(text) : .prepend(text)
            case "REPLACE":
                guard words.count >= 2, let regex = CMakeRegex(words.removeFirst()) else { return nil }
                self = .replace(regex, words.removeFirst())
            default: return nil
            }
        }

        func apply(_ item: String) -> String {
            switch self {
            case .append(let text): item + text
            case .prepend(let text): text + item
            case .lower: item.lowercased()
            case .upper: item.uppercased()
            case .strip: String(item.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
            case .genexStrip: item.hasPrefix("$<") ? "" : item
            case .replace(let regex, let replacement): regex.replacingMatches(in: item, with: replacement)
            }
        }
    }
}
