import Foundation
import ManifestSyntax

/// A command's arguments expanded with CMakeVariables as CMake expands them: `${NAME}` replaced by its value (a
/// list's elements joined by `;`; names read first, `${${OUT}}`), then an unquoted argument split at each `;` into
/// list elements, empty ones dropped (an unquoted `${EMPTY}` is no argument at all), and a quoted one kept whole
/// (`"${cxx_flags}"` is one argument however many flags it holds). A reference to a variable not known stays as
/// written.
extension CMakeVariables {
    /// The arguments expanded, `quoted` telling which were written in quotes (missing entries are unquoted).
    func expand(_ arguments: [String], quoted: [Bool]) -> [String] {
        arguments.indices.flatMap { index -> [String] in
            let argument = arguments[index]
            if index < quoted.count && quoted[index] { return [resolve(argument)] }
            if let items = listed(argument) { return items.filter { !$0.isEmpty } }
            return Self.elements(of: resolve(argument))
        }
    }

    /// `command`'s arguments expanded: an include folder set in either branch of an `if` is the target's either way
    /// (nlohmann/json's), so `target_include_directories` expands every branch.
    func arguments(of command: CMakeScript.Command) -> [String] {
        arguments(of: command.name, command.arguments, quoted: command.quoted)
    }

    /// The arguments of a command named `name`, expanded as `arguments(of:)` does.
    func arguments(of name: String, _ arguments: [String], quoted: [Bool]) -> [String] {
        name == "target_include_directories" ? expandEveryBranch(arguments, quoted: quoted) : expand(arguments, quoted: quoted)
    }

    /// The arguments as `expand` makes them, one naming a variable the branches of an `if` set differently once
    /// for each of its values: the folders `target_include_directories` may name.
    func expandEveryBranch(_ arguments: [String], quoted: [Bool]) -> [String] {
        guard !alternatives.isEmpty else { return expand(arguments, quoted: quoted) }
        return arguments.indices.flatMap { index -> [String] in
            let (argument, isQuoted) = (arguments[index], index < quoted.count && quoted[index])
            guard let name = alternatives.keys.sorted().first(where: { argument.contains("${\($0)}") }),
                let options = alternatives[name]
            else { return expand([argument], quoted: [isQuoted]) }
            return options.flatMap { expand([argument.replacingOccurrences(of: "${\(name)}", with: $0)], quoted: [isQuoted]) }
        }
    }

    private func listed(_ argument: String) -> [String]? {
        guard !lists.isEmpty, argument.hasPrefix("${"), argument.hasSuffix("}") else { return nil }
        return lists[String(argument.dropFirst(2).dropLast())]
    }

    /// Replaces `${NAME}` with known values (nothing for a variable known to be unset), names read first
    /// (`${${OUT}}`); unknown references stay as written.
    func resolve(_ argument: String) -> String {
        CMakeFunctions.substituted(argument) { name in values[name] ?? lists[name]?.joined(separator: ";") }
    }

    /// An `if()`'s arguments as CMakeExpression reads them: each reference replaced only where `known` (with
    /// `isOpen`) tells its value, an unquoted argument split into its elements, a word with a reference left marked
    /// unknown.
    func conditionWords(_ arguments: [String], quoted: [Bool], isOpen: (Region) -> Bool) -> [CMakeExpression.Word] {
        arguments.indices.flatMap { index -> [CMakeExpression.Word] in
            let text = resolveKnown(arguments[index], isOpen: isOpen)
            if index < quoted.count && quoted[index] {
                return [CMakeExpression.Word(text: text, quoted: true, isKnown: !Self.hasReference(text))]
            }
            guard !Self.hasReference(text) else { return [CMakeExpression.Word(text: text, quoted: false, isKnown: false)] }
            return Self.elements(of: text).map { CMakeExpression.Word(text: $0, quoted: false) }
        }
    }

    /// `text` with the references replaced whose values `if()` knows (`known`).
    private func resolveKnown(_ text: String, isOpen: (Region) -> Bool) -> String {
        CMakeFunctions.substituted(text) { name in
            switch known(name, isOpen: isOpen) {
            case .value(let value): value
            case .unset: ""
            case nil: nil
            }
        }
    }

    /// Whether `text` still holds a reference or generator expression whose value is not known.
    private static func hasReference(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "$")) else { return false }
        return text.contains("${") || text.contains("$ENV{") || text.contains("$CACHE{") || text.contains("$<")
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
            default: items += isList ? lists[word] ?? values[word].map { Self.elements(of: $0) } ?? [] : [word]
            }
        }
        return (variable, items)
    }
}
