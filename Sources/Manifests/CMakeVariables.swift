import Foundation

/// The variables of one `CMakeLists.txt` as literal text: `project()`, the folders and `set()`/`list(APPEND)`.
///
/// Commands apply in text order, whatever `if()` they sit in (no branch is evaluated). The current source
/// folder is `.` (paths then join onto the manifest's folder); the build folders are `CMakeSources.buildFolder`.
struct CMakeVariables {
    private var values = ["CMAKE_CURRENT_SOURCE_DIR": ".", "CMAKE_CURRENT_LIST_DIR": "."]
    /// Lists made by `set(NAME a b…)`: `${NAME}` alone as an argument stands for its items.
    private var lists: [String: [String]] = [:]

    init() {
        for name in ["CMAKE_BINARY_DIR", "CMAKE_CURRENT_BINARY_DIR", "PROJECT_BINARY_DIR"] {
            values[name] = CMakeSources.buildFolder
        }
    }

    /// Records what a `project`, `set` or `list(APPEND)` command defines; false for any other command.
    mutating func apply(_ command: String, _ arguments: [String]) -> Bool {
        switch command {
        case "project":
            if let name = arguments.first {
                values["PROJECT_NAME"] = name
                values["CMAKE_PROJECT_NAME"] = values["CMAKE_PROJECT_NAME"] ?? name
                values["PROJECT_SOURCE_DIR"] = "."
                values["\(name)_SOURCE_DIR"] = "."
            }
        case "set" where arguments.count == 2 || (arguments.count > 2 && arguments[2] == "CACHE"):
            values[arguments[0]] = arguments[1]
            lists[arguments[0]] = nil
        case "set" where arguments.count > 2 && !arguments.contains("PARENT_SCOPE") && !arguments.contains("CACHE"):
            lists[arguments[0]] = Array(arguments.dropFirst())
            values[arguments[0]] = nil
        case "list" where arguments.count > 2 && arguments[0] == "APPEND":
            lists[arguments[1]]? += arguments.dropFirst(2)
        case "set", "list":
            break
        default:
            return false
        }
        return true
    }

    /// The arguments with `${NAME}` of a list expanded to its items and other known `${NAME}`s replaced.
    func expand(_ arguments: [String]) -> [String] {
        arguments.flatMap { listed($0) ?? [resolve($0)] }
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
