/// Elixir modules by Mix's layout: `ExUnit.Case` is defined in `lib/ex_unit/case.ex`, `Mix.Tasks.Compile.Elixir`
/// in `lib/mix/tasks/compile.elixir.ex`. Names and paths are compared lower-cased without `_`, so `IEx` finds
/// `lib/iex.ex` and `MyApp` `lib/my_app/`.
extension ImportResolver {
    /// The keys a `.ex` file answers to: its path below each `lib/` folder, without the extension, dots in the
    /// name read as folders (`mix/tasks/compile/elixir`), lower-cased without `_`.
    static func elixirKeys(of path: String) -> [String] {
        var parts = path.dropLast(3).split(separator: "/")
        guard let name = parts.popLast() else { return [] }
        parts += name.split(separator: ".")
        return parts.indices.filter { parts[$0] == "lib" && $0 + 1 < parts.count }.map { start in
            parts[(start + 1)...].map(Self.normalized).joined(separator: "/")
        }
    }

    /// `alias MyApp.Accounts.User`: the module owning the file that defines it or, for a module nested in a
    /// file's module (`MyApp.Accounts.User.Query`), the nearest enclosing one's file; nil outside the repository.
    func resolveElixir(_ alias: String, own: Int?) -> Int? {
        var parts = alias.split(separator: ".").map(Self.normalized)
        while !parts.isEmpty {
            if let owners = elixirFiles[parts.joined(separator: "/")] { return preferred(owners, own: own) }
            parts.removeLast()
        }
        return nil
    }

    private static func normalized(_ part: Substring) -> String {
        String(part.lowercased().filter { $0 != "_" })
    }
}
