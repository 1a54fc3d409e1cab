import Foundation
import ManifestSyntax

/// The `foreach` loops open at a command of a `CMakeLists.txt`, innermost last, with the items each runs over, so
/// that a command naming a loop's variable can be read once per item: the folders `add_subdirectory(${dir})` adds,
/// the targets `add_executable(${X} ${X}/main.c)` makes (libuv's docs/code samples, Catch2's `fuzz_${fuzzer}`), and,
/// through CMakeReading, the items a `list(APPEND …)` adds and the calls of a function (fmt's `add_fuzzer(${source})`).
///
/// A loop's items are known when CMakeVariables can list them (`foreach(x a b)`, `IN ITEMS`, `IN LISTS` of known
/// lists); a loop whose variable a command in its body may change (`string(REPLACE … x ${x})`, `set(x …)`: the
/// variable as a bare argument of any command but a condition or a target command) is not unrolled from there on.
/// A command has at most `maxInstances` readings; one that would have more is read once, as written. A `while` loop
/// is open too, with no variable: its body, like a `foreach`'s, may run any number of times, so a variable set in it
/// is known for certain only inside it (CMakeVariables' `Region`).
struct CMakeLoops {
    private struct Loop {
        let variable: String
        let items: [String]
        var isRewritten = false
        /// Names the loop, for the variables set in it.
        var id = 0
    }

    static let maxInstances = 512
    /// Commands that read the loop variable without changing it.
    private static let readers: Set = [
        "if", "elseif", "else", "endif", "message", "add_subdirectory", "add_library",
        "add_executable", "add_test", "target_sources", "target_include_directories", "target_link_libraries",
    ]
    /// Commands read once per loop item when they name a loop variable; their first argument is a target name.
    static let targetCommands: Set = [
        "add_library", "add_executable", "target_sources", "target_include_directories", "target_link_libraries",
    ]

    private var open: [Loop] = []
    private var lastID = 0

    /// How many loops are open.
    var depth: Int { open.count }

    /// The innermost loop open, nil when none is.
    var innermost: Int? { open.last?.id }

    /// Whether the loop `id` names is still open.
    func isOpen(_ id: Int) -> Bool {
        open.contains { $0.id == id }
    }

    /// Closes the loops opened since `depth` (a body left by `return()` or never closed).
    mutating func close(to depth: Int) {
        if open.count > depth { open.removeLast(open.count - depth) }
    }

    /// Follows `command`, whose arguments are `arguments` once expanded: `foreach` opens a loop (its items listed by
    /// `variables`), `endforeach` closes the innermost; any other command naming an open loop's variable as a bare
    /// argument marks that loop rewritten. True for `foreach` and `endforeach`.
    mutating func follow(_ command: CMakeScript.Command, _ arguments: [String], variables: CMakeVariables) -> Bool {
        switch command.name {
        case "foreach", "while":
            let (variable, items) = command.name == "while" ? ("", []) : variables.loop(arguments)
            lastID += 1
            open.append(Loop(variable: variable, items: items, id: lastID))
            return true
        case "endforeach", "endwhile":
            _ = open.popLast()
            return true
        default:
            guard !open.isEmpty, !Self.readers.contains(command.name) else { return false }
            for index in open.indices where !open[index].variable.isEmpty && command.arguments.contains(open[index].variable) {
                open[index].isRewritten = true
            }
            return false
        }
    }

    /// `argument` once for each combination of the items of the open loops whose `${variable}` it names (innermost
    /// loop first); as it is when it names none or would make more than `maxInstances`.
    func unrolled(_ argument: String) -> [String] {
        var results = [argument]
        for loop in open.reversed() where argument.contains("${\(loop.variable)}") {
            guard results.count * loop.items.count <= Self.maxInstances else { return [argument] }
            results = results.flatMap { result in loop.items.map { result.replacingOccurrences(of: "${\(loop.variable)}", with: $0) } }
        }
        return results
    }

    /// The arguments of a target command (`targetCommands`, `add_test`) once for each combination of the items of
    /// the loops its raw or `expanded` arguments name, each `${variable}` replaced before and after `expand` (a
    /// variable set in the loop to `fuzz_${fuzzer}` names it too); `[expanded]` when it names none, when a loop it
    /// names has no known items or is rewritten, when a reading's target name is not one CMake accepts (a path: the
    /// items were files) or there would be more than `maxInstances` readings.
    func instances(of command: CMakeScript.Command, expanded: [String], expand: ([String]) -> [String]) -> [[String]] {
        var named: [Loop] = []
        for loop in open.reversed() where !named.contains(where: { $0.variable == loop.variable }) {
            let reference = "${\(loop.variable)}"
            if (command.arguments + expanded).contains(where: { $0.contains(reference) }) { named.append(loop) }
        }
        guard !named.isEmpty,
            named.allSatisfy({ !$0.isRewritten && !$0.items.isEmpty }),
            named.reduce(1, { $0 * min($1.items.count, Self.maxInstances + 1) }) <= Self.maxInstances
        else { return [expanded] }
        var bindings: [[(String, String)]] = [[]]
        for loop in named {
            bindings = bindings.flatMap { binding in loop.items.map { binding + [("${\(loop.variable)}", $0)] } }
        }
        let readings = bindings.map { binding in
            Self.replacing(expand(Self.replacing(command.arguments, binding)), binding)
        }
        let namesTargets = Self.targetCommands.contains(command.name)
        guard !namesTargets || readings.allSatisfy({ $0.first.map(Self.isTargetName) == true }) else { return [expanded] }
        return readings
    }

    private static func replacing(_ arguments: [String], _ binding: [(String, String)]) -> [String] {
        arguments.map { argument in
            binding.reduce(argument) { $0.contains($1.0) ? $0.replacingOccurrences(of: $1.0, with: $1.1) : $0 }
        }
    }

    /// A name CMake accepts for a target it builds: letters, digits, `_`, `.`, `+` and `-`.
    static func isTargetName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || "_.+-".utf8.contains(byte)
        }
    }
}
