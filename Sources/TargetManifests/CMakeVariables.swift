import BuildManifests
import Foundation
import ManifestSyntax
import ModuleGraph

/// The variables of one `CMakeLists.txt` as literal text: `project()`, the folders, `set()`, `unset()`, `list()`
/// (CMakeListCommand), `file(GLOB)`/`file(GLOB_RECURSE)` over the tracked paths and `cmake_parse_arguments`.
///
/// Commands apply in text order, whatever `if()` they sit in (unless CMakeConditions can tell the branch is not
/// taken): the last value set wins, and a variable an `if` block's branches set differently keeps every value for
/// include folders. A function's body sets its own copy (CMakeReading); `set(… PARENT_SCOPE)` is kept in `returned`
/// for the caller. The current source
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
    /// What `if()` can tell of the variables `cmake_parse_arguments` set.
    private var decided: [String: CMakeConditions.Decided] = [:]
    /// The values `set(NAME … PARENT_SCOPE)` gave, in order, for the caller of the function setting them.
    private(set) var returned: [(name: String, items: [String])] = []
    /// The manifest's folder and the tracked paths, for `file(GLOB)`.
    let folder: String
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

    /// Records what a `project`, `set`, `unset`, `list` or `file` command defines, and the `if` blocks' branches;
    /// false for any other command.
    mutating func apply(_ command: String, _ arguments: [String]) -> Bool {
        switch command {
        case "if": branches.append([:])
        case "endif": endBlock()
        case "project": arguments.first.map { project($0) }
        case "set": arguments.first.map { set($0, Array(arguments.dropFirst())) }
        case "unset": arguments.first.map { define($0, nil) }
        case "list": list(arguments)
        case "file": file(arguments)
        default: return text(command, arguments)
        }
        return true
    }

    /// Records what a `string` or `get_filename_component` command defines (CMakeTextCommand); false for another.
    private mutating func text(_ command: String, _ arguments: [String]) -> Bool {
        guard let (name, items) = CMakeTextCommand.result(command, arguments) else { return false }
        if let items { define(name, items) } else { forget(name) }
        return true
    }

    /// A `list` command (CMakeListCommand); an undefined list is made by its first APPEND (libuv's `uv_test_sources`).
    private mutating func list(_ arguments: [String]) {
        let folder = folder
        let writes = CMakeListCommand.results(arguments, items: items(of:)) { left, right in
            left == right || (!left.isEmpty && !right.isEmpty && ManifestContext.join(folder, left) == ManifestContext.join(folder, right))
        }
        for (name, items) in writes { (lists[name], values[name], decided[name]) = (items, nil, nil) }
    }

    /// The items of a list or value by that name; nil when it is not defined.
    private func items(of name: String) -> [String]? {
        lists[name] ?? values[name].map { $0.isEmpty ? [] : [$0] }
    }

    /// Sets `name` to `items` (a value for one item, a list for more), or unsets it (nil, or no item): a variable
    /// known to be unset is an empty list, so `${NAME}` stands for nothing, as in CMake.
    private mutating func define(_ name: String, _ items: [String]?) {
        guard let items, items.count == 1 else {
            (lists[name], values[name], alternatives[name], decided[name]) = (items ?? [], nil, nil, nil)
            return
        }
        set(name, items)
    }

    /// Makes `name` unknown: a command gave it a value that cannot be told, so `${NAME}` stays as written.
    private mutating func forget(_ name: String) {
        (lists[name], values[name], alternatives[name], decided[name]) = (nil, nil, nil, nil)
    }

    /// `cmake_parse_arguments(PREFIX options one multi args…)` from its `raw` arguments: each keyword list expanded on
    /// its own (`"${oneValueArgs}"` is one list, not the arguments it holds).
    mutating func parseArguments(_ raw: [String]) {
        guard raw.count >= 4, raw.first != "PARSE_ARGV" else { return }
        let keywords = (1...3).map { CMakeParsedArguments.keywords(expand([raw[$0]])) }
        let parsed = CMakeParsedArguments(
            prefix: resolve(raw[0]), options: keywords[0], single: keywords[1], multiple: keywords[2],
            arguments: expand(Array(raw.dropFirst(4))))
        for assignment in parsed.assignments {
            define(assignment.name, assignment.items)
            decided[assignment.name] = CMakeConditions.Decided(isDefined: assignment.items != nil, isTrue: assignment.isTrue)
        }
    }

    /// `CMAKE_CURRENT_LIST_DIR`: the folder of the file being read, an included one's while it runs.
    var listFolder: String {
        get { values["CMAKE_CURRENT_LIST_DIR"] ?? "." }
        set { values["CMAKE_CURRENT_LIST_DIR"] = newValue }
    }

    /// What `if()` can tell of `name`: set by `cmake_parse_arguments` and not changed since.
    func decided(_ name: String) -> CMakeConditions.Decided? {
        decided[name]
    }

    /// These variables, the caller's, once a function it called returns with `inner` its variables then: the values
    /// the function gave with `PARENT_SCOPE` are set.
    func returning(from inner: CMakeVariables) -> CMakeVariables {
        var caller = self
        for (name, items) in inner.returned { caller.define(name, items) }
        return caller
    }

    /// A copy for a function's body: nothing returned yet.
    func enteringFunction() -> CMakeVariables {
        var inner = self
        inner.returned = []
        return inner
    }

    /// `file(GLOB NAME …)` and `file(GLOB_RECURSE NAME …)`: the tracked paths matching (CMakeGlob); a glob that
    /// cannot be read as text leaves `NAME` undefined. Other `file` commands define nothing here.
    private mutating func file(_ arguments: [String]) {
        guard let glob = CMakeGlob(arguments) else { return }
        (values[glob.name], lists[glob.name], decided[glob.name]) = (nil, glob.paths(folder: folder, context: context), nil)
    }

    /// `project(NAME …)`: the project's name and source folder.
    private mutating func project(_ name: String) {
        values["PROJECT_NAME"] = name
        values["CMAKE_PROJECT_NAME"] = values["CMAKE_PROJECT_NAME"] ?? name
        values["PROJECT_SOURCE_DIR"] = "."
        values["\(name)_SOURCE_DIR"] = "."
    }

    /// `set(NAME value)` (also `CACHE`) makes a value, `set(NAME a b…)` a list, `set(NAME)` unsets;
    /// `set(NAME … PARENT_SCOPE)` is the caller's (`returned`).
    private mutating func set(_ name: String, _ value: [String]) {
        decided[name] = nil
        if value.last == "PARENT_SCOPE" {
            returned.append((name, Array(value.dropLast())))
        } else if value.isEmpty {
            (values[name], lists[name], alternatives[name]) = (nil, [], nil)
        } else if value.count == 1 || value.dropFirst().first == "CACHE" {
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

    /// The arguments with `${NAME}` of a list expanded to its items and other known `${NAME}`s replaced.
    func expand(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument in
            listed(argument) ?? {
                let resolved = resolve(argument)
                return resolved == argument ? [resolved] : listed(resolved) ?? [resolved]
            }()
        }
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

    /// Replaces `${NAME}` with known values (nothing for a variable known to be unset), names read first
    /// (`${${OUT}}`); unknown references stay as written.
    private func resolve(_ argument: String) -> String {
        CMakeFunctions.substituted(argument) { name in values[name] ?? (lists[name]?.isEmpty == true ? "" : nil) }
    }
}

extension CMakeVariables {
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
