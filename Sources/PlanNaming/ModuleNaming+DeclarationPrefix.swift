import Foundation

extension ModuleNaming {
    /// The prefix most of a C or C++ module's declarations share, a word before an underscore (libuv's `uv__close`,
    /// `uv_fs_event_cb`: `uv`): C has no namespaces, so a project spells its own on every function, and a name made of
    /// one says the project's name again (libuv's `src/unix/` packs were `uv__stream_close`, `uv__strscpy`). Nil when
    /// no lower-case word before an underscore begins more than half of `declarations` (a type's first word is no
    /// namespace: `AlamofireExtended` is not `Extended`; and only C files lose it: OCaml's `dune_project` stays).
    package static func declarationPrefix(of declarations: some Sequence<String>) -> String? {
        var counts: [Substring: Int] = [:]
        var total = 0
        for name in Set(declarations) {
            total += 1
            guard let underscore = name.firstIndex(of: "_"), underscore > name.startIndex else { continue }
            counts[name[..<underscore], default: 0] += 1
        }
        guard let (word, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), 2 * count > total,
            word.allSatisfy({ $0.isLowercase || $0.isNumber }), word.first?.isLetter == true
        else { return nil }
        return String(word)
    }

    /// `name` without `prefix` and the underscores after it (`uv__stream_close` → `stream_close`), when three
    /// characters are left; else `name`.
    static func stripped(_ name: String, prefix: String?) -> String {
        guard let prefix, name.hasPrefix(prefix + "_") else { return name }
        let rest = name.dropFirst(prefix.count).drop { $0 == "_" }
        return rest.count >= 3 ? String(rest) : name
    }

    /// Whether `path` is a C or C++ source or header: the languages whose projects spell a prefix as a namespace.
    static func isCFamily(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return cFamilyExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    private static let cFamilyExtensions: Set<String> = ["c", "h", "cc", "cpp", "cxx", "c++", "hh", "hpp", "hxx", "h++", "inl", "ipp"]
}
