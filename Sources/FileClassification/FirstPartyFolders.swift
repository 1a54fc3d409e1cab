import SourceScan

/// Folders under a vendored name that hold the project's own code: erlang.mk's `deps/` in a monorepo.
///
/// erlang.mk fetches a project's dependencies into `deps/` at build time, and projects ignore that folder; a
/// repository that tracks `erlang.mk` beside a `deps/` whose applications have their own tracked `Makefile`
/// builds those applications as its own (rabbitmq/rabbitmq-server: 57 applications, `deps/rabbit` among them,
/// each `Makefile` including `../../erlang.mk`). redis's `deps/` (jemalloc, lua, hiredis) has no `erlang.mk`
/// beside it and stays vendored. Paths only: nothing is read.
public enum FirstPartyFolders {
    /// The `PREFIX/deps/NAME` folders that are first-party, from every tracked path.
    public static func find(in paths: some Sequence<String>) -> Set<String> {
        var erlangMk: Set<String> = []
        var candidates: [(prefix: String, folder: String)] = []
        for path in paths {
            if path == "erlang.mk" || path.hasSuffix("/erlang.mk") {
                erlangMk.insert(String(path.dropLast("erlang.mk".count)))
                continue
            }
            // PREFIX/deps/NAME/Makefile: the last three components.
            guard path.hasSuffix("/Makefile") else { continue }
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[parts.count - 1] == "Makefile", parts[parts.count - 3] == "deps" else { continue }
            let prefix = parts.dropLast(3).map { $0 + "/" }.joined()
            candidates.append((prefix, prefix + "deps/" + parts[parts.count - 2]))
        }
        return Set(candidates.filter { erlangMk.contains($0.prefix) }.map(\.folder))
    }
}
