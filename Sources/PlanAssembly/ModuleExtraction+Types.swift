import PlanNaming
import Planning
import SymbolScan

/// The names a split's files use against its layering, by what they are. A type is no member an interface can
/// declare (bubbletea's `Msg` and `Cmd`, which the files moving to a lower module use from the one they leave): it
/// moves down with the files that use it, and what stays uses it through the lower module. Functions and values
/// stay behind the interface.
struct CrossingNames: Equatable {
    /// Functions and values, and names whose declaration was not found: the interface's members.
    var members: [String] = []
    /// Types that move to the lower module with the first batch, by their name, with the file declaring them.
    var moving: [String: String] = [:]
    /// Types that cannot move (declared only by their methods or extensions there, extended by a file that
    /// stays, using declarations of their file that stay or, as most of their file, another file that stays, larger
    /// than a quarter of the budget, bound to counterparts, or of an upper layer): the interface carries the methods
    /// the files call on them.
    var kept: [String] = []
    /// Modules whose functions the files call (Rust's `mod x;`, an Elixir `defmodule`, a Ruby or OCaml `module`): no
    /// member an interface can declare (ex_doc's behaviour had been asked for callbacks `Config` and `HTML`); it
    /// carries the functions called from them.
    var modules: [String] = []
    /// Code lines of the moving types' declarations (with their methods and extensions in the same file).
    var movingLines = 0

    /// The moving types by the file declaring them, in name order.
    var movingByFile: [String: [String]] { Dictionary(grouping: moving.keys.sorted()) { moving[$0] ?? "" } }

    /// The names the interface stage lists: members, kept types and modules.
    var interfaceNames: [String] { (members + kept + modules).sorted() }
}

extension ModuleExtraction {
    /// Declaring keywords (`Declaration.kind`) that declare a type.
    static let typeKinds: Set<String> = [
        "struct", "class", "enum", "protocol", "actor", "typealias", "type", "trait", "union", "interface", "record",
        "delegate", "data", "newtype", "typedef", "module type", "class type", "defprotocol", "annotation",
    ]
    /// Kinds that add to a type declared elsewhere (`Declaration.extendingKinds`).
    static let extendingKinds = Declaration.extendingKinds

    /// The uses against the layering (the moving files' uses of the rest when they go lower, the rest's uses of
    /// them otherwise): each name with the files using it and the file declaring it.
    var invertedUsage: [String: (users: Set<String>, declaredIn: String)] {
        var usage: [String: (users: Set<String>, declaredIn: String)] = [:]
        for dependency in isLower ? outward : inward {
            for name in dependency.names {
                usage[name, default: ([], dependency.to)].users.insert(dependency.from)
            }
        }
        return usage
    }

    /// The names used against the layering, split by what they declare.
    func crossingNames() -> CrossingNames {
        var result = CrossingNames()
        let usage = invertedUsage
        let types = usage.filter { isType($0.key, in: $0.value.declaredIn) }
        // A type an earlier extraction of the split moved down is in that module now: the files import it there.
        for name in usage.keys.sorted() where earlier.types[name] == nil {
            guard let declaredIn = usage[name]?.declaredIn, types[name] != nil else {
                sortUntyped(name, declaredIn: usage[name]?.declaredIn, into: &result)
                continue
            }
            let regions = canMove(name, in: declaredIn, alongside: Set(types.keys))
            if let regions {
                result.moving[name] = declaredIn
                result.movingLines += regions
            } else {
                result.kept.append(name)
            }
        }
        return result
    }

    func file(at path: String) -> PlanFile? { module.files.first { $0.path == path } }

    /// Kinds of declarations that name a module, which no interface can have as a member.
    static let moduleKinds: Set<String> = ["mod", "defmodule", "module"]

    /// Sorts a name that declares no type: a module's (Rust's `mod array;`, an Elixir `defmodule`) is one whose
    /// functions the interface carries, no member (crossbeam's `trait` had been asked for members `array`, `list`,
    /// `never`, `tick`, `zero`); a type whose declaration was not found is kept; the rest are members.
    private func sortUntyped(_ name: String, declaredIn path: String?, into result: inout CrossingNames) {
        let named = path.flatMap(file(at:))?.declarations.filter { $0.name == name } ?? []
        if !named.isEmpty, named.allSatisfy({ Self.moduleKinds.contains($0.kind) }) {
            result.modules.append(name)
        } else if extendsOnly(name, in: path) {
            result.kept.append(name)
        } else {
            result.members.append(name)
        }
    }

    /// Whether the file at `path` declares `name` by a type's keyword.
    private func isType(_ name: String, in path: String) -> Bool {
        file(at: path)?.declarations.contains { $0.name == name && Self.typeKinds.contains($0.kind) } ?? false
    }

    /// Whether the file at `path` has declarations named `name` and all of them extend a type (a Go type declared
    /// in a `type ( … )` group, whose region is its group's, with its methods there): a type whose declaration
    /// was not found.
    private func extendsOnly(_ name: String, in path: String?) -> Bool {
        let named = path.flatMap(file(at:))?.declarations.filter { $0.name == name } ?? []
        return !named.isEmpty && named.allSatisfy { Self.extendingKinds.contains($0.kind) }
    }

    /// The code lines of `name`'s declarations in the file at `path` when they can move down with the files: the
    /// new module is the lower one, no file that stays extends the type (Go's methods and Rust's `impl`s must
    /// stay in its package or crate), they use no declaration of their file that stays (`types` move too), and
    /// they are a small declaration to carry along (a quarter of the budget at most), bound to no counterparts (a C#
    /// `partial` type's part, a Kotlin `expect` or `actual`: `Declaration.hasCounterparts`). Uses of other files are known
    /// per file only: a type that is most of its file (a C# class in a file of its own, jellyfin's `LibraryManager`)
    /// uses what the file uses, and stays when that is a file that stays.
    private func canMove(_ name: String, in path: String, alongside types: Set<String>) -> Int? {
        guard isLower, let file = file(at: path), !isExtendedByAFileThatStays(name) else { return nil }
        let regions = file.declarations.indices.filter { file.declarations[$0].name == name }
        let uses = regions.flatMap { file.declarationUses.indices.contains($0) ? file.declarationUses[$0] : [] }
        guard uses.allSatisfy({ types.contains(file.declarations[$0].name) }),
            !regions.contains(where: { file.declarations[$0].hasCounterparts }) else { return nil }
        let lines = regions.reduce(0) { $0 + file.declarations[$1].codeLines }
        guard lines <= settings.budget / 4, lines * 2 <= file.codeLines || !usesAFileThatStays(path) else { return nil }
        return lines
    }

    /// Whether the file at `path` uses a file of the module that does not move.
    private func usesAFileThatStays(_ path: String) -> Bool {
        module.dependencies.contains { $0.from == path && $0.to != path && !paths.contains($0.to) }
    }

    private func isExtendedByAFileThatStays(_ name: String) -> Bool {
        module.files.contains { file in
            !paths.contains(file.path)
                && file.declarations.contains { $0.name == name && ($0.kind == "method" || $0.kind == "impl") }
                && !file.declarations.contains { $0.name == name && Self.typeKinds.contains($0.kind) }
        }
    }

    // MARK: - The move

    /// What the types moving with the first batch add to it.
    struct TypeMove {
        var steps: [String] = []
        /// The files that stay and use the types, which import the new module, and the types.
        var users: (files: [String], names: [String]) = ([], [])
        /// The files declaring them, which the stage touches, and the types by file.
        var files: [String] = []
        var declarations: [String: [String]] = [:]
        /// The lines the moves change (the declarations, an import line in each user), and those the old module loses.
        var changedLines = 0
        var removedLines = 0
    }

    /// The types moving with `batch` when it is the `first`: none with a later one.
    func typeMove(with batch: [MoveUnit], first: Bool) -> TypeMove {
        guard first, let step = typeMoveStep else { return TypeMove() }
        let users = typeUsers(after: Set(batch.map(\.path)))
        return TypeMove(
            steps: [step], users: users, files: Set(crossing.moving.values).sorted(),
            declarations: crossing.movingByFile, changedLines: crossing.movingLines + users.files.count,
            removedLines: crossing.movingLines)
    }

    /// The step moving the types down, by declaring file: "Move the declarations of `Cmd`, `Msg` (types, in tea.go)
    /// to keymod with the files: what stays in tea uses them through keymod".
    var typeMoveStep: String? {
        guard !crossing.moving.isEmpty else { return nil }
        let byFile = crossing.movingByFile
        let listed = byFile.keys.sorted().map { path in
            let names = byFile[path] ?? []
            let shown = names.map { "`\($0)`" }.joined(separator: ", ")
            return "\(shown) (\(names.count == 1 ? "type" : "types"), in \(path))"
        }
        let all = listed.count > 1 ? listed.dropLast().joined(separator: ", ") + " and " + (listed.last ?? "") : listed.joined()
        return "Move the declarations of \(all) to \(name) with the files: what stays in "
            + "\(module.name) uses them through \(name)"
    }

    /// The files that stay (after `batch`) and use the moving types, and those types: they import the new module.
    /// The declaring file counts when a declaration of it that stays uses one of them.
    func typeUsers(after batch: Set<String>) -> (files: [String], names: [String]) {
        guard !crossing.moving.isEmpty else { return ([], []) }
        let names = Set(crossing.moving.keys)
        var users = Set<String>()
        for dependency in module.dependencies where !batch.contains(dependency.from) && relocated[dependency.from] == nil {
            if dependency.names.contains(where: { crossing.moving[$0] == dependency.to }) { users.insert(dependency.from) }
        }
        for path in Set(crossing.moving.values) where declaringFileStillUses(path, names) { users.insert(path) }
        return (users.sorted(), names.sorted())
    }

    /// Whether a declaration of the file at `path` that stays uses one of `names`.
    private func declaringFileStillUses(_ path: String, _ names: Set<String>) -> Bool {
        guard let file = file(at: path) else { return false }
        return file.declarations.indices.contains { index in
            !names.contains(file.declarations[index].name) && file.declarationUses.indices.contains(index)
                && file.declarationUses[index].contains { names.contains(file.declarations[$0].name) }
        }
    }
}
