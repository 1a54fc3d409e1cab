import BuildManifests
import Foundation
import ManifestSyntax
import ModuleGraph

/// The variables of one `CMakeLists.txt` as literal text: `project()`, the folders, `set()`, `list(APPEND)` and
/// `file(GLOB)`/`file(GLOB_RECURSE)` over the tracked paths.
///
/// Commands apply in text order, whatever `if()` they sit in (no branch is evaluated): the last value set wins, and a
/// variable an `if` block's branches set differently keeps every value for include folders. The current source
/// folder is `.` (paths then join onto the manifest's folder); the build folders are `CMakeSources.buildFolder`.
/// A file another adds with `add_subdirectory` starts with that file's variables as they stand at that command, as in
/// CMake (`inherited(by:context:)`).
struct CMakeVariables {
    private var values = ["CMAKE_CURRENT_SOURCE_DIR": ".", "CMAKE_CURRENT_LIST_DIR": "."]
    /// Lists made by `set(NAME a b…)`: `${NAME}` alone as an argument stands for its items.
    private var lists: [String: [String]] = [:]
    /// The values a variable is given in the branches of one `if` block, when they differ (nlohmann/json's
    /// `if(JSON_MultipleHeaders) set(DIR include/) else() set(DIR single_include/) endif()`): CMake reads one branch,
    /// `expandEveryBranch` every one, as `select` and generator expressions are read.
    private var alternatives: [String: [String]] = [:]
    /// For each `if` block open, innermost last, the single values its branches set, by name.
    private var branches: [[String: [String]]] = []
    /// The manifest's folder and the tracked paths, for `file(GLOB)`.
    private let folder: String
    private let context: ManifestContext

    /// The variables of the `CMakeLists.txt` in `folder`, starting with those of `parent`, the file adding it.
    init(folder: String, context: ManifestContext, inheriting parent: CMakeVariables? = nil) {
        (self.folder, self.context) = (folder, context)
        if let parent {
            // Paths are relative to the file's folder: the parent's (`.`, `./src`, `../x`) go up to it first.
            let depth = folder.split(separator: "/").count - parent.folder.split(separator: "/").count
            let up = String(repeating: "../", count: max(depth, 0))
            values = parent.values.mapValues { Self.rebased($0, up: up) }
            lists = parent.lists.mapValues { $0.map { Self.rebased($0, up: up) } }
            alternatives = parent.alternatives.mapValues { $0.map { Self.rebased($0, up: up) } }
        }
        (values["CMAKE_CURRENT_SOURCE_DIR"], values["CMAKE_CURRENT_LIST_DIR"]) = (".", ".")
        for name in ["CMAKE_BINARY_DIR", "CMAKE_CURRENT_BINARY_DIR", "PROJECT_BINARY_DIR"] {
            values[name] = CMakeSources.buildFolder
        }
    }

    /// A path relative to a folder `up` above, relative to this one; other values as they are.
    private static func rebased(_ value: String, up: String) -> String {
        guard !up.isEmpty else { return value }
        if value == "." { return String(up.dropLast()) }
        if value.hasPrefix("./") { return up + value.dropFirst(2) }
        return value == ".." || value.hasPrefix("../") ? up + value : value
    }

    /// Records what a `project`, `set`, `list(APPEND)` or `file` command defines, and the `if` blocks' branches;
    /// false for any other command.
    mutating func apply(_ command: String, _ arguments: [String]) -> Bool {
        switch command {
        case "if": branches.append([:])
        case "endif": endBlock()
        case "project": arguments.first.map { project($0) }
        case "set": arguments.first.map { set($0, Array(arguments.dropFirst())) }
        case "list": list(arguments)
        case "file": file(arguments)
        default: return false
        }
        return true
    }

    /// `list(APPEND NAME items…)`; an undefined list is made by its first APPEND (libuv's `uv_test_sources`).
    private mutating func list(_ arguments: [String]) {
        if arguments.count > 2 && arguments[0] == "APPEND" { appendList(arguments[1], arguments.dropFirst(2)) }
    }

    /// `file(GLOB NAME …)` and `file(GLOB_RECURSE NAME …)`: the tracked paths matching (CMakeGlob); a glob that
    /// cannot be read as text leaves `NAME` undefined. Other `file` commands define nothing here.
    private mutating func file(_ arguments: [String]) {
        guard let glob = CMakeGlob(arguments) else { return }
        (values[glob.name], lists[glob.name]) = (nil, glob.paths(folder: folder, context: context))
    }

    /// `project(NAME …)`: the project's name and source folder.
    private mutating func project(_ name: String) {
        values["PROJECT_NAME"] = name
        values["CMAKE_PROJECT_NAME"] = values["CMAKE_PROJECT_NAME"] ?? name
        values["PROJECT_SOURCE_DIR"] = "."
        values["\(name)_SOURCE_DIR"] = "."
    }

    /// `set(NAME value)` (also `CACHE`) makes a value, `set(NAME a b…)` a list; `PARENT_SCOPE` is not ours.
    private mutating func set(_ name: String, _ value: [String]) {
        if value.count == 1 || value.dropFirst().first == "CACHE" {
            values[name] = value[0]
            lists[name] = nil
            alternatives[name] = nil
            if !branches.isEmpty { branches[branches.count - 1][name, default: []].append(value[0]) }
        } else if value.count > 1 && !value.contains("PARENT_SCOPE") && !value.contains("CACHE") {
            lists[name] = value
            values[name] = nil
        }
    }

    /// An `endif`: the variables its branches set to different values have them all as alternatives; the
    /// enclosing block, if any, sees them set too.
    private mutating func endBlock() {
        guard let block = branches.popLast() else { return }
        for (name, set) in block {
            var distinct: [String] = []
            for value in set where !distinct.contains(value) { distinct.append(value) }
            if distinct.count > 1 { alternatives[name] = distinct }
            if !branches.isEmpty { branches[branches.count - 1][name, default: []] += set }
        }
    }

    private mutating func appendList(_ name: String, _ items: ArraySlice<String>) {
        (lists[name], values[name]) = ((lists[name] ?? values[name].map { [$0] } ?? []) + items, nil)
    }

    /// The arguments with `${NAME}` of a list expanded to its items and other known `${NAME}`s replaced.
    func expand(_ arguments: [String]) -> [String] {
        arguments.flatMap { listed($0) ?? [resolve($0)] }
    }

    /// `command`'s arguments expanded: an include folder set in either branch of an `if` is the target's either way
    /// (nlohmann/json's), so `target_include_directories` expands every branch.
    func arguments(of command: CMakeScript.Command) -> [String] {
        arguments(of: command.name, command.arguments)
    }

    /// The arguments of a command named `name`, expanded as `arguments(of:)` does.
    func arguments(of name: String, _ arguments: [String]) -> [String] {
        name == "target_include_directories" ? expandEveryBranch(arguments) : expand(arguments)
    }

    /// The arguments as `expand` makes them, one naming a variable the branches of an `if` set differently once
    /// for each of its values: the folders `target_include_directories` may name.
    func expandEveryBranch(_ arguments: [String]) -> [String] {
        guard !alternatives.isEmpty else { return expand(arguments) }
        return arguments.flatMap { argument -> [String] in
            guard let name = alternatives.keys.sorted().first(where: { argument.contains("${\($0)}") }),
                let options = alternatives[name]
            else { return expand([argument]) }
            return options.flatMap { expand([argument.replacingOccurrences(of: "${\(name)}", with: $0)]) }
        }
    }

    private func listed(_ argument: String) -> [String]? {
        guard !lists.isEmpty, argument.hasPrefix("${"), argument.hasSuffix("}") else { return nil }
        return lists[String(argument.dropFirst(2).dropLast())]
    }

    /// Replaces `${NAME}` with known values; unknown references stay as written.
    private func resolve(_ argument: String) -> String {
        guard argument.contains("${") else { return argument }
        var result = argument
        for (name, value) in values where result.contains("${\(name)}") {
            result = result.replacingOccurrences(of: "${\(name)}", with: value)
        }
        return result
    }
}

extension CMakeVariables {
    /// The variables the `CMakeLists.txt` in `folder` starts with: those of the nearest ancestor `CMakeLists.txt`
    /// whose `add_subdirectory` names `folder` (Catch2's root adds `tests/ExtraTests`, past `tests/`), as they stand at
    /// that command, that file's own start found the same way; nil when no ancestor adds it. An `add_subdirectory`
    /// inside `foreach` adds the folder each item names (`foreach(dir IN ITEMS a b) add_subdirectory(${dir})`).
    static func inherited(by folder: String, context: ManifestContext, depth: Int = 0) -> CMakeVariables? {
        guard !folder.isEmpty, depth < 16 else { return nil }
        for parent in context.ancestors(of: folder, holding: ["CMakeLists.txt"]) {
            guard let bytes = context.read(ManifestContext.join(parent, "CMakeLists.txt")), !ManifestText.looksBinary(bytes)
            else { continue }
            let script = CMakeScript(ManifestTokens(CMakeScript.escapedHashesHidden(bytes), grammar: ManifestTokens.cmake).items)
            // Most ancestors add other folders: only one naming this folder, or naming one through a variable, is read.
            let mayAdd = script.commands.contains { command in
                command.name == "add_subdirectory"
                    && command.arguments.first.map { $0.contains("$") || ManifestContext.join(parent, $0) == folder } == true
            }
            guard mayAdd else { continue }
            let start = inherited(by: parent, context: context, depth: depth + 1)
            if let variables = variables(adding: folder, script, parent: parent, context: context, start: start) {
                return variables
            }
        }
        return nil
    }
}

extension CMakeVariables {
    /// The variables of `script`, the `CMakeLists.txt` of `parent` starting with `start`, as they stand at the
    /// `add_subdirectory` adding `folder`, directly or through a `foreach`'s items; nil when none adds it.
    private static func variables(
        adding folder: String, _ script: CMakeScript, parent: String, context: ManifestContext, start: CMakeVariables?
    ) -> CMakeVariables? {
        var variables = CMakeVariables(folder: parent, context: context, inheriting: start)
        var loops = CMakeLoops()
        for command in script.commands {
            let arguments = variables.expand(command.arguments)
            if loops.follow(command, arguments, variables: variables) || variables.apply(command.name, arguments) { continue }
            guard command.name == "add_subdirectory", let added = arguments.first.map(loops.unrolled) else { continue }
            if added.contains(where: { ManifestContext.join(parent, $0) == folder }) { return variables }
        }
        return nil
    }

    /// The loop variable and items of a `foreach` whose arguments are expanded: `foreach(x a b)`,
    /// `foreach(x IN ITEMS a b)`, `foreach(x IN LISTS L M)` (the known lists' items); none for `RANGE`, `ZIP_LISTS`.
    func loop(_ arguments: [String]) -> (variable: String, items: [String]) {
        guard let variable = arguments.first else { return ("", []) }
        var rest = arguments.dropFirst()
        guard rest.first == "IN" else { return (variable, rest.first == "RANGE" ? [] : Array(rest)) }
        rest = rest.dropFirst()
        var items: [String] = []
        var isList = false
        for word in rest {
            switch word {
            case "ITEMS": isList = false
            case "LISTS": isList = true
            case "ZIP_LISTS": return (variable, [])
            default: items += isList ? lists[word] ?? values[word].map { [$0] } ?? [] : [word]
            }
        }
        return (variable, items)
    }
}
