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

    /// Whether a function or macro named `name` is defined.
    func defines(_ name: String) -> Bool {
        definitions[name] != nil
    }

    /// The commands a call of a defined function or macro named `name` runs, its parameters bound to `arguments`
    /// (expanded), each at `line`; nil when no definition has that name.
    func call(_ name: String, _ arguments: [String], line: Int) -> (body: [CMakeScript.Command], isMacro: Bool)? {
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
            bound.arguments = Self.bound(command, scalars: scalars, lists: lists)
            return bound
        }
        return (body, definition.isMacro)
    }

    /// `command`'s arguments with the call's values in place of the references to them.
    private static func bound(_ command: CMakeScript.Command, scalars: [String: String], lists: [String: [String]]) -> [String] {
        var arguments = command.arguments.flatMap { argument -> [String] in
            guard argument.contains("${") else { return [argument] }
            if argument.hasPrefix("${") && argument.hasSuffix("}"), let items = lists[String(argument.dropFirst(2).dropLast())] {
                return items
            }
            let result = substituted(argument) { name in scalars[name] ?? lists[name]?.joined(separator: ";") }
            return [result]
        }
        // `cmake_parse_arguments(PARSE_ARGV n prefix options one multi)` parses the call's arguments from the n-th.
        if command.name == "cmake_parse_arguments", arguments.first == "PARSE_ARGV", arguments.count >= 6,
            let start = Int(arguments[1]), let all = lists["ARGV"]
        {
            arguments = Array(arguments[2..<6]) + all.dropFirst(start)
        }
        return arguments
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
