/// Why the rules or a repository's configuration could not be read.
public enum RuleCatalogError: Error, CustomStringConvertible, Equatable {
    case missingFolder(String)
    case invalid(file: String, detail: String)
    /// A configuration file (`.accrue.yml`, `--config FILE`) that is missing or not UTF-8 text.
    case unreadableConfiguration(String)
    /// A problem at a position: `file:line:column: message` (what was found and what was expected).
    case located(file: String, line: Int, column: Int, message: String)

    public var description: String {
        switch self {
        case .missingFolder(let path): "cannot read rules from \(path)"
        case .invalid(let file, let detail): "invalid rules file \(file): \(detail)"
        case .unreadableConfiguration(let file): "cannot read the configuration file \(file) (missing, or not UTF-8 text)"
        case .located(let file, let line, let column, let message): "\(file):\(line):\(column): \(message)"
        }
    }

    /// An error at a node's position (its file and line for configuration values, the file for defaults).
    static func at(_ origin: SettingOrigin, _ message: String) -> RuleCatalogError {
        switch origin {
        case .configuration(let file, let line, let column): .located(file: file, line: line, column: column, message: message)
        case .defaults(let file, let line, let column) where line > 0:
            .located(file: file, line: line, column: column, message: message)
        case .defaults(let file, _, _): .invalid(file: file, detail: message)
        }
    }
}
