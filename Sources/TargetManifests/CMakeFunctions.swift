import ManifestSyntax

/// The `function()` and `macro()` definitions a `CMakeLists.txt` has read, and the body a call of one runs.
///
/// A definition does nothing where it is written: its commands are kept, and a later call reads them with the
/// parameters bound to the call's arguments, as CMake runs them (fmt's `add_fmt_test(args-test)` declares the test
/// `args-test`; the `add_executable(${name} …)` in its body is no target). Binding is textual: `${param}`, `${ARGC}`,
/// `${ARGV0}`…, and `${ARGV}` and `${ARGN}` (the arguments past the named ones) standing alone as an argument are
/// replaced by the call's expanded arguments, and `cmake_parse_arguments(PARSE_ARGV n …)` is given the arguments from
/// the n-th on. Each body command takes the call's line, so a target a helper declares is found where it is called.
/// Commands CMakeManifest reads itself keep their meaning even when a project redefines them (an `add_library`
/// wrapper calling `_add_library(${ARGV})`).
struct CMakeFunctions {
    struct Definition {
        let isMacro: Bool
        let parameters: [String]
        var body: [CMakeScript.Command] = []
    }

    /// CMake's own commands (cmake-commands(7), deprecated ones too): a call of one never asks for definitions the
    /// folders added may make.
    static let commands: Set = [
        "add_compile_definitions", "add_compile_options", "add_custom_command", "add_custom_target", "add_definitions",
        "add_dependencies", "add_executable", "add_library", "add_link_options", "add_subdirectory", "add_test",
        "aux_source_directory", "block", "break", "build_command", "build_name", "cmake_file_api",
        "cmake_host_system_information", "cmake_language", "cmake_minimum_required", "cmake_parse_arguments",
        "cmake_path", "cmake_pkg_config", "cmake_policy", "configure_file", "continue", "create_test_sourcelist",
        "define_property", "else", "elseif", "enable_language", "enable_testing", "endblock", "endforeach",
        "endfunction", "endif", "endmacro", "endwhile", "exec_program", "execute_process", "export",
        "export_library_dependencies", "file", "find_file", "find_library", "find_package", "find_path",
        "find_program", "fltk_wrap_ui", "foreach", "function", "get_cmake_property", "get_directory_property",
        "get_filename_component", "get_property", "get_source_file_property", "get_target_property",
        "get_test_property", "if", "include", "include_directories", "include_external_msproject", "include_guard",
        "include_regular_expression", "install", "install_files", "install_programs", "install_targets",
        "link_directories", "link_libraries", "list", "load_cache", "load_command", "macro", "make_directory",
        "mark_as_advanced", "math", "message", "option", "output_required_files", "project", "qt_wrap_cpp",
        "qt_wrap_ui", "remove", "remove_definitions", "return", "separate_arguments", "set",
        "set_directory_properties", "set_property", "set_source_files_properties", "set_target_properties",
        "set_tests_properties", "site_name", "source_group", "string", "subdir_depends", "subdirs",
        "target_compile_definitions", "target_compile_features", "target_compile_options",
        "target_include_directories", "target_link_directories", "target_link_libraries", "target_link_options",
        "target_precompile_headers", "target_sources", "try_compile", "try_run", "unset", "use_mangled_mesa",
        "utility_source", "variable_requires", "variable_watch", "while", "write_file",
    ]

    /// Commands never read as a call of a definition.
    static let builtIns: Set = [
        "add_library", "add_executable", "add_test", "target_sources", "target_include_directories",
        "target_link_libraries", "add_subdirectory", "set", "unset", "list", "file", "project", "foreach", "endforeach",
        "if", "elseif", "else", "endif", "function", "endfunction", "macro", "endmacro", "cmake_parse_arguments",
        "include", "return",
    ]

    private var definitions: [String: Definition] = [:]
    /// The definition being read, its name, and how many definitions are open inside it.
    private var open: (name: String, definition: Definition, depth: Int)?

    /// Whether a definition's body is being read.
    var isDefining: Bool { open != nil }

    /// Reads `command` as part of a definition: a `function` or `macro` opens one (or nests in the open one), the
    /// matching `endfunction` or `endmacro` closes it; any command inside is kept. False when no definition is open
    /// and the command opens none.
    mutating func define(_ command: CMakeScript.Command) -> Bool {
        let opens = command.name == "function" || command.name == "macro"
        guard var current = open else {
            guard opens else { return false }
            let name = command.arguments.first?.lowercased() ?? ""
            open = (name, Definition(isMacro: command.name == "macro", parameters: Array(command.arguments.dropFirst())), 0)
            return true
        }
        if command.name == "endfunction" || command.name == "endmacro" {
            guard current.depth == 0 else {
                current.depth -= 1
                current.definition.body.append(command)
                open = current
                return true
            }
            if !current.name.isEmpty && !Self.builtIns.contains(current.name) { definitions[current.name] = current.definition }
            open = nil
            return true
        }
        if opens { current.depth += 1 }
        current.definition.body.append(command)
        open = current
        return true
    }

    /// Takes the definitions `other` holds of names not defined here (not a definition it left open).
    mutating func adoptMissing(from other: CMakeFunctions) {
        definitions.merge(other.definitions) { mine, _ in mine }
    }

    /// Whether a script's `bytes` may define a function or macro: whether they hold a `function`, `macro`, `include`
    /// or `add_subdirectory` command (any case, spaces before its `(`), read without lexing, a comment's too.
    static func mayDefine(_ bytes: [UInt8]) -> Bool {
        let open = UInt8(ascii: "(")
        var index = bytes.firstIndex(of: open)
        while let parenthesis = index {
            if definingCommands.contains(commandName(before: parenthesis, in: bytes)) { return true }
            index = bytes[(parenthesis + 1)...].firstIndex(of: open)
        }
        return false
    }

    private static let definingCommands: Set = ["function", "macro", "include", "add_subdirectory"]

    /// The word ending just before `end` (spaces and tabs skipped), lower-cased; empty when there is none or it
    /// continues a longer name.
    private static func commandName(before end: Int, in bytes: [UInt8]) -> String {
        var last = end
        while last > 0 && (bytes[last - 1] == UInt8(ascii: " ") || bytes[last - 1] == UInt8(ascii: "\t")) { last -= 1 }
        var first = last
        while first > 0 && isNameByte(bytes[first - 1]) { first -= 1 }
        guard last - first >= 5, last - first <= 16 else { return "" }
        return String(decoding: bytes[first..<last], as: UTF8.self).lowercased()
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    /// Whether a function or macro named `name` is defined.
    func defines(_ name: String) -> Bool {
        definitions[name] != nil
    }

    /// What a call of a definition runs: its body bound to the call's arguments, whether it is a macro's, and the
    /// variables a function's body starts with (its parameters, `ARGC`, `ARGV`, `ARGN`, `ARGV0`…).
    struct Call {
        let body: [CMakeScript.Command]
        let isMacro: Bool
        let scope: [(name: String, items: [String])]
    }

    /// The call of a defined function or macro named `name`, its parameters bound to `arguments` (expanded), each
    /// body command at `line`; nil when no definition has that name.
    func call(_ name: String, _ arguments: [String], line: Int) -> Call? {
        guard let definition = definitions[name] else { return nil }
        var scalars = ["ARGC": String(arguments.count)]
        for (index, argument) in arguments.enumerated() { scalars["ARGV\(index)"] = argument }
        for (index, parameter) in definition.parameters.enumerated() {
            scalars[parameter] = index < arguments.count ? arguments[index] : ""
        }
        let lists = ["ARGV": arguments, "ARGN": Array(arguments.dropFirst(definition.parameters.count))]
        let body = definition.body.map { command in
            var bound = command
            bound.line = line
            (bound.arguments, bound.quoted) = Self.bound(command, scalars: scalars, lists: lists)
            return bound
        }
        let scope = definition.isMacro ? [] : scalars.map { ($0.key, [$0.value]) } + lists.map { ($0.key, $0.value) }
        return Call(body: body, isMacro: definition.isMacro, scope: scope)
    }

    /// `command`'s arguments with the call's values in place of the references to them, and which are quoted: an
    /// unquoted `${ARGV}` or `${ARGN}` standing alone is the call's arguments, a quoted one their list, `a;b`.
    private static func bound(
        _ command: CMakeScript.Command, scalars: [String: String], lists: [String: [String]]
    ) -> (arguments: [String], quoted: [Bool]) {
        var (arguments, quoted): ([String], [Bool]) = ([], [])
        for (index, argument) in command.arguments.enumerated() {
            let isQuoted = command.isQuoted(index)
            if !isQuoted, argument.hasPrefix("${") && argument.hasSuffix("}"), let items = lists[String(argument.dropFirst(2).dropLast())] {
                arguments += items
                quoted += items.map { _ in false }
                continue
            }
            let bound = hasReference(argument) ? substituted(argument) { name in scalars[name] ?? lists[name]?.joined(separator: ";") } : argument
            arguments.append(bound)
            quoted.append(isQuoted)
        }
        // `cmake_parse_arguments(PARSE_ARGV n prefix options one multi)` parses the call's arguments from the n-th,
        // each as it was given.
        if command.name == "cmake_parse_arguments", arguments.first == "PARSE_ARGV", arguments.count >= 6,
            let start = Int(arguments[1]), let all = lists["ARGV"]
        {
            let given = Array(all.dropFirst(start))
            arguments = Array(arguments[2..<6]) + given
            quoted = Array(quoted[2..<6]) + given.map { _ in true }
        }
        return (arguments, quoted)
    }

    /// Whether `argument` holds a `${`.
    static func hasReference(_ argument: String) -> Bool {
        var afterDollar = false
        for byte in argument.utf8 {
            if afterDollar && byte == UInt8(ascii: "{") { return true }
            afterDollar = byte == UInt8(ascii: "$")
        }
        return false
    }

    /// `argument` with each `${NAME}` that `value` knows replaced, as CMake reads references: a name is itself
    /// read first (`${${OUT}}` names the variable `OUT` holds), a replacement is never read again, and a reference
    /// `value` does not know stays as written.
    static func substituted(_ argument: String, value: (String) -> String?) -> String {
        let bytes = Array(argument.utf8)
        guard bytes.contains(UInt8(ascii: "$")) else { return argument }
        var index = 0
        return String(decoding: substituted(bytes, &index, value: value, closing: false), as: UTF8.self)
    }

    /// The bytes from `index` on with references replaced, up to the `}` closing the reference being read when
    /// `closing` (`index` is left past it).
    private static func substituted(
        _ bytes: [UInt8], _ index: inout Int, value: (String) -> String?, closing: Bool
    ) -> [UInt8] {
        let (dollar, open, close) = (UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"))
        var result: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if closing && byte == close { return result }
            guard byte == dollar, index + 1 < bytes.count, bytes[index + 1] == open else {
                result.append(byte)
                index += 1
                continue
            }
            var inner = index + 2
            let name = substituted(bytes, &inner, value: value, closing: true)
            guard inner < bytes.count else {
                // Never closed: the rest as written.
                result += bytes[index...]
                index = bytes.count
                return result
            }
            index = inner + 1
            if let replacement = value(String(decoding: name, as: UTF8.self)) {
                result += Array(replacement.utf8)
            } else {
                result += [dollar, open] + name + [close]
            }
        }
        return result
    }
}
