import BuildManifests
import CMakeCommands
import Foundation
import ManifestSyntax
import ModuleGraph

/// The variables of one `CMakeLists.txt` as literal text: `project()`, the folders, `set()`, `unset()`, `list()`
/// (CMakeListCommand), `file(GLOB)`/`file(GLOB_RECURSE)` over the tracked paths and `cmake_parse_arguments`; their
/// expansion into a command's arguments is CMakeExpansion.
///
/// Commands apply in text order, whatever `if()` they sit in (unless CMakeConditions can tell the branch is not
/// taken): the last value set wins, and a variable an `if` block's branches set differently keeps every value for
/// include folders. A variable set where the reading cannot tell the command runs (a branch whose condition is
/// unknown, a loop's body) remembers that `Region`: `if()` knows its value only while that region is open, and never
/// that of a cache entry (`set(… CACHE …)`, which the user may set), a `file(GLOB)` result or a variable a command this
/// reading does not follow may write (`math(EXPR n …)`). A function's body sets its own copy (CMakeReading), its
/// parameters, `ARGC`, `ARGV` and `ARGN` set; `set(… PARENT_SCOPE)` is kept in `returned` for the caller. The current
/// source folder is `.` (paths then join onto the manifest's folder); the build folders are `CMakeSources.buildFolder`.
/// A file another adds with `add_subdirectory` starts with that file's variables as they stand at that command, as in
/// CMake (`inherited(by:context:)`).
struct CMakeVariables {
    /// Where a variable was set when that may not have run: the innermost `if` branch read without being told to run
    /// and the innermost loop open then (CMakeConditions, CMakeLoops).
    struct Region: Equatable {
        var branch: Int?
        var loop: Int?
        /// A region never open again: the value may differ whenever it is read.
        static let never = Region(branch: -1, loop: nil)
    }

    private(set) var values = ["CMAKE_CURRENT_SOURCE_DIR": ".", "CMAKE_CURRENT_LIST_DIR": "."]
    /// Lists made by `set(NAME a b…)`: `${NAME}` alone as an argument stands for its items.
    private(set) var lists: [String: [String]] = [:]
    /// The values a variable is given in the branches of one `if` block, when they differ (nlohmann/json's
    /// `if(JSON_MultipleHeaders) set(DIR include/) else() set(DIR single_include/) endif()`): CMake reads one branch,
    /// `expandEveryBranch` every one, as `select` and generator expressions are read.
    private(set) var alternatives: [String: [String]] = [:]
    /// For each `if` block open, innermost last, the single values its branches set, by name.
    private var branches: [[String: [String]]] = []
    /// The variables known to be unset (`unset(X)`, `set(X)`, a keyword `cmake_parse_arguments` was not given).
    private var unset: Set<String> = []
    /// The variables set where the command may not have run, with where.
    private var regions: [String: Region] = [:]
    /// Where the command being applied runs; nil when it surely runs. The reader sets it before each command.
    var region: Region?
    /// The values `set(NAME … PARENT_SCOPE)` gave, in order, for the caller of the function setting them.
    private(set) var returned: [(name: String, items: [String], region: Region?)] = []
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
            unset = parent.unset
            // The parent's regions are never open here.
            regions = parent.regions.mapValues { _ in .never }
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
    /// A reading one (`LENGTH`, `GET`…) makes its output variable unknown.
    private mutating func list(_ arguments: [String]) {
        let folder = folder
        let writes = CMakeListCommand.results(arguments, items: items(of:)) { left, right in
            left == right || (!left.isEmpty && !right.isEmpty && ManifestContext.join(folder, left) == ManifestContext.join(folder, right))
        }
        for (name, items) in writes { assign(name, list: items) }
        if let operation = arguments.first, CMakeListCommand.reading.contains(operation), let output = arguments.last {
            forget(output)
        }
    }

    /// The items of a list or value by that name; nil when it is not defined.
    private func items(of name: String) -> [String]? {
        lists[name] ?? values[name].map { $0.isEmpty ? [] : Self.elements(of: $0, keepingEmpty: true) }
    }

    /// Sets `name` to `items` (a value for one item, a list for more), or unsets it (nil, or no item): a variable
    /// known to be unset is an empty list, so `${NAME}` stands for nothing, as in CMake.
    private mutating func define(_ name: String, _ items: [String]?) {
        guard let items, items.count == 1 else {
            assign(name, list: items ?? [], isUnset: items == nil || items?.isEmpty == true)
            alternatives[name] = nil
            return
        }
        set(name, items)
    }

    /// Makes `name` unknown: a command gave it a value that cannot be told, so `${NAME}` stays as written.
    private mutating func forget(_ name: String) {
        (lists[name], values[name], alternatives[name]) = (nil, nil, nil)
        unset.remove(name)
        regions[name] = .never
    }

    /// Stores a value or a list (the other dropped; an item holding `;` is that many elements), with the region it is
    /// set in.
    private mutating func assign(_ name: String, value: String? = nil, list: [String]? = nil, isUnset: Bool = false) {
        let list = list.map { items in
            items.contains { $0.utf8.contains(UInt8(ascii: ";")) } ? items.flatMap { Self.elements(of: $0, keepingEmpty: true) } : items
        }
        (values[name], lists[name]) = (value, list)
        if isUnset { unset.insert(name) } else { unset.remove(name) }
        regions[name] = region
    }

    /// Marks the variables `arguments` name as bare words (`math(EXPR n …)`'s `n`) as known only where set: a
    /// command this reading does not follow may write them.
    mutating func mayWrite(_ arguments: [String]) {
        for name in arguments where values[name] != nil || lists[name] != nil || unset.contains(name) {
            regions[name] = .never
        }
    }

    /// `cmake_parse_arguments(PREFIX options one multi args…)` from its `raw` arguments: each keyword list expanded on
    /// its own (`"${oneValueArgs}"` is one list, not the arguments it holds).
    mutating func parseArguments(_ raw: [String], quoted: [Bool]) {
        guard raw.count >= 4, raw.first != "PARSE_ARGV" else { return }
        let keywords = (1...3).map { CMakeParsedArguments.keywords(expand([raw[$0]], quoted: [quoted.count > $0 && quoted[$0]])) }
        let parsed = CMakeParsedArguments(
            prefix: resolve(raw[0]), options: keywords[0], single: keywords[1], multiple: keywords[2],
            arguments: expand(Array(raw.dropFirst(4)), quoted: Array(quoted.dropFirst(4))))
        for assignment in parsed.assignments { define(assignment.name, assignment.items) }
    }

    /// `CMAKE_CURRENT_LIST_DIR`: the folder of the file being read, an included one's while it runs.
    var listFolder: String {
        get { values["CMAKE_CURRENT_LIST_DIR"] ?? "." }
        set { values["CMAKE_CURRENT_LIST_DIR"] = newValue }
    }

    /// What `if()` can tell of `name`: its value or that it is unset, when set where the reading is still (`isOpen`
    /// tells which regions are); nil when unknown.
    func known(_ name: String, isOpen: (Region) -> Bool) -> CMakeExpression.Variable? {
        if let region = regions[name], !isOpen(region) { return nil }
        if unset.contains(name) { return .unset }
        if let value = values[name] { return .value(value) }
        return lists[name].map { .value($0.joined(separator: ";")) }
    }

    /// These variables, the caller's, once a function it called returns with `inner` its variables then: the values
    /// the function gave with `PARENT_SCOPE` are set, each known where it was.
    func returning(from inner: CMakeVariables) -> CMakeVariables {
        var caller = self
        for (name, items, region) in inner.returned {
            caller.region = region
            caller.define(name, items)
        }
        caller.region = region
        return caller
    }

    /// A copy for a function's body: nothing returned yet, `scope` (the parameters, `ARGC`, `ARGV`, `ARGN`…) set.
    func enteringFunction(_ scope: [(name: String, items: [String])]) -> CMakeVariables {
        var inner = self
        inner.returned = []
        for (name, items) in scope { inner.assign(name, value: items.count == 1 ? items[0] : nil, list: items.count == 1 ? nil : items) }
        return inner
    }

    /// `file(GLOB NAME …)` and `file(GLOB_RECURSE NAME …)`: the tracked paths matching (CMakeGlob); a glob that
    /// cannot be read as text leaves `NAME` undefined. Other `file` commands define nothing here.
    private mutating func file(_ arguments: [String]) {
        guard let glob = CMakeGlob(arguments) else { return }
        assign(glob.name, list: glob.paths(folder: folder, context: context))
        regions[glob.name] = .never
    }

    /// `project(NAME …)`: the project's name and source folder.
    private mutating func project(_ name: String) {
        assign("PROJECT_NAME", value: name)
        if values["CMAKE_PROJECT_NAME"] == nil { assign("CMAKE_PROJECT_NAME", value: name) }
        assign("PROJECT_SOURCE_DIR", value: ".")
        assign("\(name)_SOURCE_DIR", value: ".")
    }

    /// `set(NAME value)` (also `CACHE`, known only as a default) makes a value, `set(NAME a b…)` a list (each item's
    /// `;`-separated elements), `set(NAME)` unsets; `set(NAME … PARENT_SCOPE)` is the caller's (`returned`).
    private mutating func set(_ name: String, _ value: [String]) {
        if value.last == "PARENT_SCOPE" {
            returned.append((name, Array(value.dropLast()), region))
        } else if value.isEmpty {
            assign(name, list: [], isUnset: true)
            alternatives[name] = nil
        } else if value.count == 1 || value.dropFirst().first == "CACHE" {
            assign(name, value: value[0])
            alternatives[name] = nil
            if value.count > 1 && !value.contains("FORCE") { regions[name] = .never }
            if !branches.isEmpty { branches[branches.count - 1][name, default: []].append(value[0]) }
        } else if !value.contains("PARENT_SCOPE") && !value.contains("CACHE") {
            assign(name, list: value)
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

    /// The elements of a list's text, split at each `;` not escaped by a backslash; empty ones dropped unless
    /// `keepingEmpty`, as an unquoted argument drops them.
    static func elements(of text: String, keepingEmpty: Bool = false) -> [String] {
        guard text.utf8.contains(UInt8(ascii: ";")) else { return text.isEmpty && !keepingEmpty ? [] : [text] }
        let bytes = Array(text.utf8)
        var (elements, start) = ([String](), 0)
        for index in bytes.indices where bytes[index] == UInt8(ascii: ";") && !isEscaped(bytes, at: index) {
            elements.append(String(decoding: bytes[start..<index], as: UTF8.self))
            start = index + 1
        }
        elements.append(String(decoding: bytes[start...], as: UTF8.self))
        return keepingEmpty ? elements : elements.filter { !$0.isEmpty }
    }

    /// Whether an odd number of backslashes precedes `index`.
    private static func isEscaped(_ bytes: [UInt8], at index: Int) -> Bool {
        var count = 0
        while index - count > 0 && bytes[index - count - 1] == UInt8(ascii: "\\") { count += 1 }
        return count % 2 == 1
    }
}
