/// The `string()` and `get_filename_component()` forms helpers use to make a target's name from a file name, run
/// on values known as text: `string(REPLACE|REGEX REPLACE|TOLOWER|TOUPPER)` and `get_filename_component` with
/// `NAME`, `NAME_WE`, `NAME_WLE`, `EXT`, `LAST_EXT`, `DIRECTORY` or `PATH` (open62541's `ua_add_test(check_types.c)`
/// names its test `check_types` so). A result with a `;` is a list.
///
/// An input still holding a `${…}` makes the output unknown (`items` nil): its name taken from a placeholder would be
/// wrong (`NAME_WE` of `${source}` is not the file's stem).
public enum CMakeTextCommand {
    /// The variable the command writes and its items, nil when its value cannot be told; nil for a form not read.
    public static func result(_ command: String, _ arguments: [String]) -> (name: String, items: [String]?)? {
        switch command {
        case "string": stringResult(arguments)
        case "get_filename_component": component(arguments)
        default: nil
        }
    }

    private static func stringResult(_ arguments: [String]) -> (name: String, items: [String]?)? {
        switch arguments.first {
        case "REPLACE" where arguments.count >= 4:
            let (match, replacement) = (CMakeRegex.unescaped(arguments[1]), CMakeRegex.unescaped(arguments[2]))
            guard !match.isEmpty else { return (arguments[3], nil) }
            return (arguments[3], known(arguments.dropFirst(4).joined()) { $0.replacing(match, with: replacement) })
        case "REGEX" where arguments.count >= 5 && arguments[1] == "REPLACE":
            let input = arguments.dropFirst(5).joined()
            guard let regex = CMakeRegex(arguments[2]) else { return (arguments[4], nil) }
            return (arguments[4], known(input) { regex.replacingMatches(in: $0, with: arguments[3]) })
        case "TOLOWER" where arguments.count == 3: return (arguments[2], known(arguments[1]) { $0.lowercased() })
        case "TOUPPER" where arguments.count == 3: return (arguments[2], known(arguments[1]) { $0.uppercased() })
        default: return nil
        }
    }

    /// `get_filename_component(var file mode [CACHE])`.
    private static func component(_ arguments: [String]) -> (name: String, items: [String]?)? {
        guard arguments.count >= 3 else { return nil }
        let path = arguments[1]
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let firstDot = name.firstIndex(of: ".")
        let lastDot = name.lastIndex(of: ".")
        let value: String? =
            switch arguments[2] {
            case "DIRECTORY", "PATH": folder
            case "NAME": name
            case "NAME_WE": firstDot.map { String(name[..<$0]) } ?? name
            case "NAME_WLE": lastDot.map { String(name[..<$0]) } ?? name
            case "EXT": firstDot.map { String(name[$0...]) } ?? ""
            case "LAST_EXT": lastDot.map { String(name[$0...]) } ?? ""
            default: nil
            }
        return (arguments[0], value.flatMap { value in known(path) { _ in value } })
    }

    /// `transform(input)` as a list, nil when the input is not known.
    private static func known(_ input: String, _ transform: (String) -> String) -> [String]? {
        guard !input.contains("${") else { return nil }
        return transform(input).split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    }
}
