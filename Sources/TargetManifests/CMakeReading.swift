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
/// `set(FMT_HEADERS ${FMT_HEADERS} include/fmt/${header})` and `add_fuzzer(${source})` do. Calls nest `maxCallDepth` deep at most, and a manifest reads at most
/// `maxCalledCommands` commands from calls and included files: a call past either is an unknown command.
struct CMakeReading {
    /// What a reader is shown of a command: the command, its expanded arguments and the reading as it stands;
    /// false stops the reading.
    typealias Visit = (CMakeScript.Command, [String], CMakeReading) -> Bool

    static let maxCallDepth = 16
    static let maxCalledCommands = 20_000

    private(set) var variables: CMakeVariables
    private(set) var loops = CMakeLoops()
    private var functions: CMakeFunctions
    private var conditions = CMakeConditions()
    private var calledCommands = 0
    private let context: ManifestContext

    /// The reading of the `CMakeLists.txt` in `folder`, starting with the variables and functions of `parent`, the
    /// file adding it.
    init(folder: String, context: ManifestContext, inheriting parent: CMakeReading? = nil) {
        variables = CMakeVariables(folder: folder, context: context, inheriting: parent?.variables)
        functions = parent?.functions ?? CMakeFunctions()
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
        guard runs(command) else { return .next }
        let arguments = variables.arguments(of: command)
        if loops.follow(command, arguments, variables: variables) { return .next }
        if let outcome = control(command, arguments, body, visit: visit) { return outcome }
        return assign(command, arguments, body) || visit(command, arguments, self) ? .next : .stop
    }

    /// Whether `command` runs: not when it belongs to a definition, or is an `if` block's own command, or lies in a
    /// branch that is skipped.
    private mutating func runs(_ command: CMakeScript.Command) -> Bool {
        if functions.isDefining {
            _ = functions.define(command)
            return false
        }
        let variables = variables
        if conditions.follow(command, decided: variables.decided) {
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
            variables.parseArguments(command.arguments)
            return .next
        case "include": return included(arguments, line: command.line).map { readIncluded($0, body, visit: visit) }
        default: return functions.defines(command.name) ? readCalls(command, arguments, body, visit: visit) : nil
        }
    }

    /// Runs a call of a defined function or macro, once per item of the loops its arguments name (fmt's
    /// `foreach (source …) add_fuzzer(${source})`); a call past the bounds is skipped.
    private mutating func readCalls(
        _ command: CMakeScript.Command, _ arguments: [String], _ body: Body, visit: Visit
    ) -> Outcome {
        for reading in loops.instances(of: command, expanded: arguments, expand: variables.expand) {
            guard let call = functions.call(command.name, reading, line: command.line), admits(call.body.count, body)
            else { return .next }
            if readCall(call.body, isMacro: call.isMacro, body, visit: visit) == .stop { return .stop }
        }
        return .next
    }

    /// Whether a call or include reading `count` commands from `body` stays within the bounds; counts them if so.
    private mutating func admits(_ count: Int, _ body: Body) -> Bool {
        guard body.depth < Self.maxCallDepth, calledCommands + count <= Self.maxCalledCommands else { return false }
        calledCommands += count
        return true
    }

    /// Runs a call's bound body: a function's in variables of its own, a macro's in the caller's.
    private mutating func readCall(_ commands: [CMakeScript.Command], isMacro: Bool, _ body: Body, visit: Visit) -> Outcome {
        let caller = variables
        if !isMacro { variables = variables.enteringFunction() }
        let outcome = readNested(commands, returns: !isMacro, ownScope: !isMacro, body, visit: visit)
        if !isMacro { variables = caller.returning(from: variables) }
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

    /// Applies a command setting variables, once per item of the loops it names when it adds to a list; false for
    /// any other command. One taking items out of a list runs only where no `if` opened in the variables' scope may
    /// skip it: every branch is read, so a list holds what any branch adds (libzmq's `if(WIN32) list(REMOVE_ITEM
    /// tests test_many_sockets)` leaves the test).
    private mutating func assign(_ command: CMakeScript.Command, _ arguments: [String], _ body: Body) -> Bool {
        if command.name == "list", let operation = command.arguments.first, Self.removing.contains(operation) {
            guard conditions.isCertain(since: body.scopeDepth) else { return true }
        }
        guard let adding = Self.adding(command) else { return variables.apply(command.name, arguments) }
        let variables = variables
        for reading in loops.instances(of: adding, expanded: variables.expand(adding.arguments), expand: variables.expand) {
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
        return adding
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
            : variables.expand(["${CMAKE_MODULE_PATH}"]).filter { !$0.contains("$") }.map { "\($0)/\(name).cmake" }
        for candidate in candidates {
            let path = ManifestContext.join(variables.folder, candidate)
            guard context.contains(path), let bytes = context.read(path), !ManifestText.looksBinary(bytes) else { continue }
            let script = CMakeScript(ManifestTokens(CMakeScript.escapedHashesHidden(bytes), grammar: ManifestTokens.cmake).items)
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
            let script = CMakeScript(ManifestTokens(CMakeScript.escapedHashesHidden(bytes), grammar: ManifestTokens.cmake).items)
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
