/// Where an effective setting's value came from: a default file under `rules/`, or a position in a
/// repository's configuration.
public enum SettingOrigin: Hashable, Sendable, CustomStringConvertible {
    /// A bundled default, named by its path under the rules folder's parent (`rules/debt/file-size.yaml`), with
    /// the 1-based line and column errors point at (0 when unknown); the dump names the file only.
    case defaults(file: String, line: Int = 0, column: Int = 0)
    /// A value from a configuration file (`.accrue.yml`), 1-based line and column.
    case configuration(file: String, line: Int, column: Int)

    public var description: String {
        switch self {
        case .defaults(let file, _, _): "default (\(file))"
        case .configuration(let file, let line, let column): "\(file):\(line):\(column)"
        }
    }
}

/// One effective value of the rules, for `accrue rules`: its dotted key, value and origin.
public struct EffectiveSetting: Hashable, Sendable {
    /// The dotted key as `.accrue.yml` spells it (`rules.file-size.thresholds.warning`).
    public var key: String
    /// The value as compact JSON (`400`, `"warn"`, `["vendor", "Pods"]`).
    public var value: String
    public var origin: SettingOrigin

    public init(key: String, value: String, origin: SettingOrigin) {
        self.key = key
        self.value = value
        self.origin = origin
    }
}
