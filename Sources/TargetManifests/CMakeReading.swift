import BuildManifests
import ManifestSyntax
import ModuleGraph

/// One `CMakeLists.txt` read command by command as CMake would run it, as far as its text tells: the variables
/// (CMakeVariables), the `foreach` loops (CMakeLoops), the `if` branches it can tell are not taken
/// (CMakeConditions), and the functions and macros defined (CMakeFunctions), whose calls run their bodies in place.
///
/// A function's body sets variables of its own, dropped when it returns but for `set(… PARENT_SCOPE)`; a macro's
/// sets the caller's. `include(file)` of a tracked file (a path from the manifest's folder, or a module name found
/// in `CMAKE_MODULE_PATH`) runs it in place, as CMake does, with `CMAKE_CURRENT_LIST_DIR` its folder meanwhile: the
/// helpers googletest and libevent define in `cmake/*.cmake`. `return()` ends a function's body, an included file or
/// the manifest when no open `if` may skip it. A command adding to a list (`list(APPEND|PREPEND)`,
/// `set(X ${X} …)`) or calling a function inside `foreach` runs once per known item, as fmt's
/// `set(FMT_HEADERS ${FMT_HEADERS} include/fmt/${header})` and `add_fuzzer(${source})` do.
///
/// Functions and macros are global once defined, as in CMake: the folders `add_subdirectory` added (in this file or,
/// before it, in the files adding it) are read for the definitions their `CMakeLists.txt` and the files it includes
/// and adds make, once a later command names neither a defined function nor a CMake command (googlemock calls the
/// `cxx_library` that `googletest/`'s included `internal_utils.cmake` defines); their targets are their own readings'.
/// Such a reading runs no call, adds only names not defined yet, and skips a file with no `function`, `macro`,
/// `include` or `add_subdirectory` command. Calls nest `maxCallDepth` deep at most, folders `maxCallDepth` deep; a
/// manifest reads at most `maxCalledCommands` commands from calls, included files and added folders, and at most
/// `maxDefinitionCommands` from added folders and the files they include, counting those the files adding it read: a
/// call past a bound is an unknown command, a folder past them is not read.
struct CMakeReading {
    /// What a reader is shown of a command: the command, its expanded arguments and the reading as it stands;
    /// false stops the reading.
    typealias Visit = (CMakeScript.Command, [String], CMakeReading) -> Bool

    static let maxCallDepth = 16
    static let maxCalledCommands = 20_000
    static let maxDefinitionCommands = 2_000

    private(set) var variables: CMakeVariables
    private(set) var loops = CMakeLoops()
    private var functions: CMakeFunctions
    private var conditions = CMakeConditions()
    private var calledCommands = 0
    /// How many `add_subdirectory` folders deep this reading is, read for their definitions; such a reading runs no
    /// call.
    private var folderDepth = 0
    /// The commands read from added folders for their definitions, by this reading and those it starts with.
    private var definitionCommands = 0
    /// The folders added and not read yet for their definitions, each with the reading as it stood when it was added.
    private var pending: [(folder: String, start: CMakeReading)] = []
    private let context: ManifestContext

    /// The reading of the `CMakeLists.txt` in `folder`, starting with the variables and functions of `parent`, the
    /// file adding it.
    init(folder: String, context: ManifestContext, inheriting parent: CMakeReading? = nil) {
        variables = CMakeVariables(folder: folder, context: context, inheriting: parent?.variables)
        functions = parent?.functions ?? CMakeFunctions()
        (pending, definitionCommands) = (parent?.pending ?? [], parent?.definitionCommands ?? 0)
        self.context = context
    }

    private enum Outcome { case next, stop, returned }

    /// How a body is read: a call's or an included file's commands, whether `return()` ends it (not a macro's), and
    /// how many `if` blocks were open where it, or the function running it, began.
    private struct Body {
        var depth = 0
        var returns = true
        var conditionDepth = 0
        /// The blocks open where the variables being set began: the function's call, or the manifest.
        var scopeDepth = 0
    }

    /// Reads `commands` in order; `visit` is shown each command none of the parts above reads (a call's body
    /// commands in place of the call). Returns false when `visit` stopped the reading.
    @discardableResult
    mutating func read(_ commands: [CMakeScript.Command], visit: Visit) -> Bool {
        read(commands, Body(), visit: visit) != .stop
    }

    private mutating func read(_ commands: [CMakeScript.Command], _ body: Body, visit: Visit) -> Outcome {
        var body = body
        body.conditionDepth = conditions.depth
        for command in commands {
            let outcome = step(command, body, visit: visit)
            if outcome != .next { return outcome }
        }
        return .next
    }

    private mutating func step(_ command: CMakeScript.Command, _ body: Body, visit: Visit) -> Outcome {
        guard runs(command), folderDepth == 0 || !Self.declaring.contains(command.name) else { return .next }
        let arguments = variables.arguments(of: command)
        if loops.follow(command, arguments, variables: variables) { return .next }
        variables.region = region
        if let outcome = control(command, arguments, body, visit: visit) { return outcome }
        if assign(command, arguments, body) { return .next }
        if !Self.writesNothing.contains(command.name) { variables.mayWrite(command.arguments) }
        guard visit(command, arguments, self) else { return .stop }
        if command.name == "add_subdirectory", let folder = arguments.first {
            for added in loops.unrolled(folder) { add(ManifestContext.join(variables.folder, added)) }
        }
        return .next
    }

    /// Commands that declare or configure targets: a reading for definitions skips them.
    private static let declaring: Set = [
        "add_library", "add_executable", "add_test", "target_sources", "target_include_directories",
        "target_link_libraries", "target_compile_definitions", "target_compile_options", "install",
        "set_target_properties", "message", "add_custom_command", "add_custom_target", "add_dependencies",
    ]

    /// Commands that set no variable: their bare words are no variables' names.
    private static let writesNothing: Set = [
        "message", "add_subdirectory", "add_library", "add_executable", "add_test", "target_sources",
        "target_include_directories", "target_link_libraries", "target_compile_definitions", "target_compile_options",
        "install", "set_target_properties", "include_directories", "add_definitions", "add_compile_options",
        "source_group", "cmake_minimum_required",
    ]

    /// Where the command being read runs: the innermost branch read without being told to run and the innermost loop;
    /// nil when neither is open.
    private var region: CMakeVariables.Region? {
        let region = CMakeVariables.Region(branch: conditions.uncertainBranch, loop: loops.innermost)
        return region.branch == nil && region.loop == nil ? nil : region
    }

    /// Whether `command` runs: not when it belongs to a definition, or is an `if` block's own command, or lies in a
    /// branch that is skipped.
    private mutating func runs(_ command: CMakeScript.Command) -> Bool {
        if functions.isDefining {
            _ = functions.define(command)
            return false
        }
        // A copy for the condition's value, made only for a command that has one.
        let reading = command.name == "if" || command.name == "elseif" ? self : nil
        if conditions.follow(command, evaluate: { reading?.condition(command) ?? nil }) {
            if command.name == "if" || command.name == "endif" { _ = self.variables.apply(command.name, []) }
            return false
        }
        return conditions.isReading && !functions.define(command)
    }

    /// Runs `return()`, `cmake_parse_arguments`, `include()` of a tracked file and a call of a definition; nil for
    /// any other command.
    private mutating func control(
        _ command: CMakeScript.Command, _ arguments: [String], _ body: Body, visit: Visit
    ) -> Outcome? {
        switch command.name {
        case "return": return body.returns && conditions.isCertain(since: body.conditionDepth) ? .returned : .next
        case "cmake_parse_arguments":
            variables.parseArguments(command.arguments, quoted: command.quoted)
            return .next
        case "include": return included(arguments, line: command.line).map { readIncluded($0, body, visit: visit) }
        default: return call(command, arguments, body, visit: visit)
        }
    }

    /// Runs a call of a defined function or macro (not in a reading for definitions); nil when `command` calls
    /// none, even once the folders added are read for their definitions.
    private mutating func call(
        _ command: CMakeScript.Command, _ arguments: [String], _ body: Body, visit: Visit
    ) -> Outcome? {
        if !pending.isEmpty && !functions.defines(command.name) && !CMakeFunctions.commands.contains(command.name) {
            readPending()
        }
        guard functions.defines(command.name) else { return nil }
        return folderDepth == 0 ? readCalls(command, arguments, body, visit: visit) : .next
    }

    /// Runs a call of a defined function or macro, once per item of the loops its arguments name (fmt's
    /// `foreach (source …) add_fuzzer(${source})`); a call past the bounds is skipped.
    private mutating func readCalls(
        _ command: CMakeScript.Command, _ arguments: [String], _ body: Body, visit: Visit
    ) -> Outcome {
        let variables = variables
        let expand = { variables.expand($0, quoted: command.quoted) }
        for reading in loops.instances(of: command, expanded: arguments, expand: expand) {
            guard let call = functions.call(command.name, reading, line: command.line), admits(call.body.count, body)
            else { return .next }
            if readCall(call, body, visit: visit) == .stop { return .stop }
        }
        return .next
    }

    /// Whether a call or include reading `count` commands from `body` stays within the bounds; counts them if so.
    private mutating func admits(_ count: Int, _ body: Body) -> Bool {
        guard body.depth < Self.maxCallDepth, calledCommands + count <= Self.maxCalledCommands,
            folderDepth == 0 || definitionCommands + count <= Self.maxDefinitionCommands
        else { return false }
        calledCommands += count
        if folderDepth > 0 { definitionCommands += count }
        return true
    }

    /// Runs a call's bound body: a function's in variables of its own, a macro's in the caller's.
    private mutating func readCall(_ call: CMakeFunctions.Call, _ body: Body, visit: Visit) -> Outcome {
        let caller = variables
        if !call.isMacro { variables = variables.enteringFunction(call.scope) }
        let outcome = readNested(call.body, returns: !call.isMacro, ownScope: !call.isMacro, body, visit: visit)
        if !call.isMacro { variables = caller.returning(from: variables) }
        return outcome == .stop ? .stop : .next
    }

    /// Reads `commands` one call deeper, then closes the blocks and loops they left open.
    private mutating func readNested(
        _ commands: [CMakeScript.Command], returns: Bool, ownScope: Bool, _ body: Body, visit: Visit
    ) -> Outcome {
        let (conditionDepth, loopDepth) = (conditions.depth, loops.depth)
        let nested = Body(depth: body.depth + 1, returns: returns, scopeDepth: ownScope ? conditionDepth : body.scopeDepth)
        let outcome = read(commands, nested, visit: visit)
        conditions.close(to: conditionDepth)
        loops.close(to: loopDepth)
        return outcome
    }

    /// Applies a command setting variables, once per item of the loops it names when it adds to a list or takes
    /// items out of one (google/benchmark's `foreach(item ${BENCHMARK_MAIN}) list(REMOVE_ITEM SOURCE_FILES
    /// "${item}")`); false for any other command. One taking items out of a list runs only where no `if` opened in
    /// the variables' scope may skip it: every branch is read, so a list holds what any branch adds (libzmq's
    /// `if(WIN32) list(REMOVE_ITEM tests test_many_sockets)` leaves the test).
    private mutating func assign(_ command: CMakeScript.Command, _ arguments: [String], _ body: Body) -> Bool {
        var editing = Self.adding(command)
        if command.name == "list", let operation = command.arguments.first, Self.removing.contains(operation) {
            guard conditions.isCertain(since: body.scopeDepth) else { return true }
            editing = command
        }
        guard let adding = editing else { return variables.apply(command.name, arguments) }
        let variables = variables
        let expand = { variables.expand($0, quoted: adding.quoted) }
        for reading in loops.instances(of: adding, expanded: expand(adding.arguments), expand: expand) {
            _ = self.variables.apply("list", reading)
        }
        return true
    }

    /// The `list` operations that take items out.
    private static let removing: Set = ["REMOVE_ITEM", "REMOVE_AT", "FILTER", "POP_FRONT", "POP_BACK"]

    /// `command` as a `list(APPEND|PREPEND …)` when it adds to a list: itself, or `set(X ${X} items…)` as
    /// `list(APPEND X items…)`.
    private static func adding(_ command: CMakeScript.Command) -> CMakeScript.Command? {
        let arguments = command.arguments
        if command.name == "list" { return arguments.first == "APPEND" || arguments.first == "PREPEND" ? command : nil }
        guard command.name == "set", arguments.count > 2, arguments[1] == "${\(arguments[0])}",
            !arguments.contains("PARENT_SCOPE"), !arguments.contains("CACHE")
        else { return nil }
        var adding = command
        adding.name = "list"
        adding.arguments = ["APPEND", arguments[0]] + arguments.dropFirst(2)
        adding.quoted = [false, false] + command.quoted.dropFirst(2)
        return adding
    }
}

extension CMakeReading {
    /// The value of the `if` or `elseif` `command`'s condition, when CMakeExpression can tell it from the variables
    /// known for certain here, the functions defined and the tracked files.
    private func condition(_ command: CMakeScript.Command) -> Bool? {
        let (conditions, loops) = (conditions, loops)
        let isOpen = { (region: CMakeVariables.Region) in
            region.branch.map(conditions.isOpen) ?? true && region.loop.map(loops.isOpen) ?? true
        }
        let (variables, functions, context) = (variables, functions, context)
        let expression = CMakeExpression(
            variable: { variables.known($0, isOpen: isOpen) },
            command: { functions.defines($0) ? true : nil },
            exists: { Self.tracked($0, folder: variables.folder, context: context) == nil ? nil : true },
            isFolder: { Self.tracked($0, folder: variables.folder, context: context).map { !$0 } })
        return expression.evaluate(variables.conditionWords(command.arguments, quoted: command.quoted, isOpen: isOpen))
    }

    /// What a path written from the manifest's folder (`./x`, `../x`) names among the tracked paths: true for a file,
    /// false for a folder holding files, nil for anything else (outside the repository, in the build folder, not
    /// tracked: generated, or in a submodule).
    private static func tracked(_ path: String, folder: String, context: ManifestContext) -> Bool? {
        let ups = path.split(separator: "/").filter { $0 == ".." }.count
        guard !path.hasPrefix(CMakeSources.buildFolder), ups <= folder.split(separator: "/").count else { return nil }
        let joined = ManifestContext.join(folder, path)
        if context.contains(joined) { return true }
        return context.hasFiles(under: joined) ? false : nil
    }

    /// Notes the folder an `add_subdirectory` adds, to be read for its definitions when they may be needed; at once
    /// when this reading is itself one for definitions.
    private mutating func add(_ folder: String) {
        var start = self
        start.pending = []
        if folderDepth == 0 { pending.append((folder, start)) } else { readDefinitions(of: folder, from: start) }
    }

    /// Reads the folders added and not read yet for their definitions, in order.
    private mutating func readPending() {
        let added = pending
        pending = []
        for (folder, start) in added { readDefinitions(of: folder, from: start) }
    }

    /// Reads the `CMakeLists.txt` of `folder`, added by an `add_subdirectory`, for the functions and macros it
    /// defines, starting with the reading `start` as it stood at that command; takes the names not defined yet. Not
    /// when it defines, includes and adds nothing, or the bounds are reached.
    private mutating func readDefinitions(of folder: String, from start: CMakeReading) {
        let path = ManifestContext.join(folder, "CMakeLists.txt")
        guard folderDepth < Self.maxCallDepth, calledCommands < Self.maxCalledCommands, context.contains(path),
            let bytes = context.read(path), !ManifestText.looksBinary(bytes), CMakeFunctions.mayDefine(bytes)
        else { return }
        let script = CMakeScript.parse(bytes)
        let count = script.commands.count
        guard calledCommands + count <= Self.maxCalledCommands, definitionCommands + count <= Self.maxDefinitionCommands
        else { return }
        var added = CMakeReading(folder: folder, context: context, inheriting: start)
        (added.calledCommands, added.definitionCommands) = (calledCommands + count, definitionCommands + count)
        added.folderDepth = folderDepth + 1
        added.read(script.commands) { _, _, _ in true }
        functions.adoptMissing(from: added.functions)
        (calledCommands, definitionCommands) = (added.calledCommands, added.definitionCommands)
    }
}

extension CMakeReading {
    /// A file `include()` runs: its commands, each at the include's line, and its folder as the manifest sees it.
    private struct Included {
        let commands: [CMakeScript.Command]
        let folder: String
    }

    /// The tracked file `include(arguments…)` names, read: a path (`cmake/utils.cmake`, `${CMAKE_CURRENT_SOURCE_DIR}/…`)
    /// from the manifest's folder, or a module name in a folder of `CMAKE_MODULE_PATH`; nil when none is tracked.
    private func included(_ arguments: [String], line: Int) -> Included? {
        guard let name = arguments.first, !name.isEmpty, !name.contains("$"), !name.hasPrefix("/") else { return nil }
        let candidates = name.hasSuffix(".cmake") || name.contains("/")
            ? [name]
            : variables.expand(["${CMAKE_MODULE_PATH}"], quoted: []).filter { !$0.contains("$") }.map { "\($0)/\(name).cmake" }
        for candidate in candidates {
            let path = ManifestContext.join(variables.folder, candidate)
            guard context.contains(path), let bytes = context.read(path), !ManifestText.looksBinary(bytes) else { continue }
            let script = CMakeScript.parse(bytes)
            let commands = script.commands.map { command in
                var placed = command
                placed.line = line
                return placed
            }
            // Written from the manifest's folder as the variables write it (`./cmake`), so that it rebases.
            let folder = ManifestContext.folder(of: candidate)
            let relative = folder.isEmpty || folder == "." ? "." : folder.hasPrefix("./") || folder.hasPrefix("../") ? folder : "./" + folder
            return Included(commands: commands, folder: relative)
        }
        return nil
    }

    /// Runs an included file's commands in the including scope, `CMAKE_CURRENT_LIST_DIR` its folder meanwhile.
    private mutating func readIncluded(_ included: Included, _ body: Body, visit: Visit) -> Outcome {
        guard admits(included.commands.count, body) else { return .next }
        let listFolder = variables.listFolder
        variables.listFolder = included.folder
        let outcome = readNested(included.commands, returns: true, ownScope: false, body, visit: visit)
        variables.listFolder = listFolder
        return outcome == .stop ? .stop : .next
    }
}

extension CMakeReading {
    /// The reading the `CMakeLists.txt` in `folder` starts with: that of the nearest ancestor `CMakeLists.txt` whose
    /// `add_subdirectory` names `folder` (Catch2's root adds `tests/ExtraTests`, past `tests/`), as it stands at that
    /// command, that file's own start found the same way; nil when no ancestor adds it. An `add_subdirectory` inside
    /// `foreach` adds the folder each item names (`foreach(dir IN ITEMS a b) add_subdirectory(${dir})`), one in a
    /// function where it is called.
    static func inherited(by folder: String, context: ManifestContext, depth: Int = 0) -> CMakeReading? {
        guard !folder.isEmpty, depth < 16 else { return nil }
        for parent in context.ancestors(of: folder, holding: ["CMakeLists.txt"]) {
            guard let bytes = context.read(ManifestContext.join(parent, "CMakeLists.txt")), !ManifestText.looksBinary(bytes)
            else { continue }
            let script = CMakeScript.parse(bytes)
            // Most ancestors add other folders: only one naming this folder, or naming one through a variable, is read.
            let mayAdd = script.commands.contains { command in
                command.name == "add_subdirectory"
                    && command.arguments.first.map { $0.contains("$") || ManifestContext.join(parent, $0) == folder } == true
            }
            guard mayAdd else { continue }
            let start = inherited(by: parent, context: context, depth: depth + 1)
            if let reading = reading(adding: folder, script, parent: parent, context: context, start: start) {
                return reading
            }
        }
        return nil
    }

    /// The reading of `script`, the `CMakeLists.txt` of `parent` starting with `start`, as it stands at the
    /// `add_subdirectory` adding `folder`; nil when none adds it.
    private static func reading(
        adding folder: String, _ script: CMakeScript, parent: String, context: ManifestContext, start: CMakeReading?
    ) -> CMakeReading? {
        var reading = CMakeReading(folder: parent, context: context, inheriting: start)
        var found: CMakeReading?
        reading.read(script.commands) { command, arguments, current in
            guard command.name == "add_subdirectory", let added = arguments.first.map(current.loops.unrolled),
                added.contains(where: { ManifestContext.join(parent, $0) == folder })
            else { return true }
            found = current
            return false
        }
        return found
    }
}
