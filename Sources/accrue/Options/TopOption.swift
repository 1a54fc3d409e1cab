import ArgumentParser

/// `--top N`, how many rows a list shows. Declared with `parsing: .unconditional`, so `--top -1` reaches
/// `validate` as a value (ArgumentParser would otherwise read `-1` as a flag: "Missing value for '--top'").
enum TopOption {
    static func validate(_ top: Int) throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, got \(top)") }
    }
}
