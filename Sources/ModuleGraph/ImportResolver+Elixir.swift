/// Elixir modules by Mix's layout: `ExUnit.Case` is defined in `lib/ex_unit/case.ex`, `Mix.Tasks.Compile.Elixir`
/// in `lib/mix/tasks/compile.elixir.ex`. Names and paths are compared lower-cased without `_`, so `IEx` finds
/// `lib/iex.ex` and `MyApp` `lib/my_app/`. An app's namespace may also be its folder's name, the files below
/// `lib/` leaving it out: `ElixirLS.Utils.Matcher` in `apps/elixir_ls_utils/lib/matcher.ex`.
extension ImportResolver {
    /// The keys a `.ex` file answers to: its path below each `lib/` folder, without the extension, dots in the
    /// name read as folders (`mix/tasks/compile/elixir`), lower-cased without `_`; and the same path after the
    /// name of the folder holding that `lib/` (`elixirlsutils/matcher`).
    static func elixirKeys(of path: String) -> [String] {
        var parts = path.dropLast(3).split(separator: "/")
        guard let name = parts.popLast() else { return [] }
        parts += name.split(separator: ".")
        return parts.indices.filter { parts[$0] == "lib" && $0 + 1 < parts.count }.flatMap { lib -> [String] in
            let below = parts[(lib + 1)...].map(Self.normalized).joined(separator: "/")
            return lib > 0 ? [below, Self.normalized(parts[lib - 1]) + "/" + below] : [below]
        }
    }

    /// `alias MyApp.Accounts.User`: the module owning the file that defines it or, for a module nested in a
    /// file's module (`MyApp.Accounts.User.Query`), the nearest enclosing one's file; nil outside the repository.
    /// Each name is tried as written and with its first words joined into an app's name (`ElixirLS.Utils` →
    /// `elixirlsutils`).
    func resolveElixir(_ alias: String, own: Int?) -> Int? {
        var parts = alias.split(separator: ".").map(Self.normalized)
        while !parts.isEmpty {
            for app in 0..<max(1, parts.count - 1) {
                let key = ([parts[...app].joined()] + parts[(app + 1)...]).joined(separator: "/")
                if let owners = elixirFiles[key] { return preferred(owners, own: own) }
            }
            parts.removeLast()
        }
        return nil
    }

    private static func normalized(_ part: Substring) -> String {
        String(part.lowercased().filter { $0 != "_" })
    }
}
