import TOMLText

/// A Python project's entry points, as its manifests declare them (never run): the console and GUI scripts an install
/// makes and the plugins other programs load, each an object reference `module:attr` (`flask = "flask.cli:main"`,
/// `black = "black.schema:get_schema"` for validate-pyproject). Each names the module an installed command or a host
/// program imports by its dotted path, which no import in the repository shows.
///
/// Read from pyproject.toml's `[project.scripts]`, `[project.gui-scripts]`, `[project.entry-points.GROUP]`,
/// `[tool.poetry.scripts]` (a string, or an inline table's `callable` or `reference`) and `[tool.poetry.plugins.GROUP]`;
/// setup.cfg's `[options.entry_points]` (every group: `console_scripts`, `gui_scripts`, plugins), one `name = module:attr`
/// a line; setup.py's `entry_points={…}` literal strings `"name = module:attr"`.
extension PythonProjectFacts {
    /// pyproject.toml's tables of entry points, each with how many table levels hold its references.
    private static let entryPointTables: [(path: [String], depth: Int)] = [
        (["project", "scripts"], 1), (["project", "gui-scripts"], 1), (["project", "entry-points"], 2),
        (["tool", "poetry", "scripts"], 1), (["tool", "poetry", "plugins"], 2),
    ]

    /// Adds the modules pyproject.toml's entry points name.
    mutating func mergeEntryPoints(_ document: TOMLDocument) {
        for (path, depth) in Self.entryPointTables {
            entryPoints += Self.references(in: document, under: path, depth: depth).compactMap { Self.entryModule($0) }
        }
    }

    /// Adds the modules of setup.cfg's `[options.entry_points]` (`INIFile`'s values, one entry a line).
    mutating func mergeEntryPoints(_ config: INIFile) {
        for (_, value) in config.values(in: "options.entry_points") {
            entryPoints += value.split(separator: "\n").compactMap { Self.entryModule(ofEntry: String($0)) }
        }
    }

    /// Adds the modules of setup.py's `entry_points` strings (`"name = module:attr"`; a group's name has no `=`).
    mutating func mergeEntryPoints(setupStrings strings: [String]) {
        entryPoints += strings.flatMap { $0.split(separator: "\n") }.compactMap { Self.entryModule(ofEntry: String($0)) }
    }

    /// The object references in the tables `depth` levels below `path`: a string, or an inline table's `callable`
    /// (Poetry 1) or `reference` (Poetry 2).
    private static func references(in document: TOMLDocument, under path: [String], depth: Int) -> [String] {
        document.keys(under: path).flatMap { key, _ -> [String] in
            let inner = path + [key]
            if depth > 1 { return references(in: document, under: inner, depth: depth - 1) }
            let found = document.value(inner)?.string ?? document.value(inner + ["callable"])?.string
                ?? document.value(inner + ["reference"])?.string
            return found.map { [$0] } ?? []
        }
    }

    /// The module of an entry `name = module:attr`, or nil.
    static func entryModule(ofEntry entry: String) -> String? {
        guard let equals = entry.firstIndex(of: "=") else { return nil }
        return entryModule(String(entry[entry.index(after: equals)...]))
    }

    /// The module an object reference names (`importlib.metadata`'s `module`, `module:attr` or `module:attr
    /// [extras]`): its dotted path before the colon (or extras), or nil when that is no dotted name of identifiers (a
    /// Poetry `file` script's path).
    static func entryModule(_ reference: String) -> String? {
        let module = String(reference.prefix { $0 != ":" && $0 != "[" }).trimmingSpaces()
        let parts = module.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy(isIdentifier) else { return nil }
        return module
    }

    private static func isIdentifier(_ name: Substring) -> Bool {
        guard let first = name.first, first == "_" || (first.isASCII && first.isLetter) else { return false }
        return name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }
}
