import Foundation
import TOMLText
import SourceScan
/// What `PythonManifest` gathers from a project's pyproject.toml, setup.cfg and setup.py, first file first.
package struct PythonProjectFacts {
    package init() {}

    package var name: String?
    package var nameManifest: String?
    package var nameLine: Int?
    /// Declared packages (dotted names allowed); nil when no file declares any.
    package var packages: [String]?
    /// Whether a file asks for discovery (`find:`, `find_packages()`, `[tool.setuptools.packages.find]`).
    package var findsPackages = false
    /// The folder packages live in, relative to the project (`src`), from `package-dir`/`where`/`from`.
    package var sourceRoot: String?
    /// Whether maturin builds the project (`build-backend = "maturin"` or a `[tool.maturin]` table): its folder
    /// is then also a Cargo crate's.
    package var isMaturin = false
    /// maturin's `python-source`: the folder holding the Python packages, relative to the project.
    package var pythonSource: String?
    /// maturin's `module-name`: the dotted name Python imports the extension module by (`pydantic_core._pydantic_core`).
    package var maturinModuleName: String?
    /// maturin's `manifest-path`: the Cargo.toml it builds, relative to the project (`src/rust/Cargo.toml`).
    package var maturinManifestPath: String?
    /// maturin's `bindings` (`pyo3`, `cffi`, `uniffi`, `bin`); nil when unset (maturin then tells by the crate).
    package var maturinBindings: String?
    /// Paths, relative to the project, that go into its source distribution only, never into a wheel: pdm-backend's
    /// `source-includes` (fastapi's `tests/`, `docs_src/`, `scripts/`).
    package var sourceOnly: [String] = []
    /// Single-file modules (`py-modules`, `py_modules`).
    package var modules: [String] = []
    /// The modules the project's entry points name, dotted (`flask.cli` of `flask = "flask.cli:main"`), in the
    /// order written: what an installed command or a plugin host imports (`PythonEntryPoints`).
    package var entryPoints: [String] = []
    package var dependencies = Set<String>()

    private mutating func setName(_ value: String?, path: String, line: Int) {
        guard name == nil, let value, !value.isEmpty else { return }
        name = value
        nameManifest = path
        nameLine = line
    }

    // MARK: - pyproject.toml

    package mutating func merge(pyproject document: TOMLDocument, path: String) -> [(line: Int, message: String)] {
        for key in [["project", "name"], ["tool", "poetry", "name"]] {
            if let found = document.valueWithLine(key) { setName(found.value.string, path: path, line: found.line) }
        }
        if let listed = document.value(["tool", "setuptools", "packages"]) {
            if case .array = listed { packages = (packages ?? []) + listed.strings } else { findsPackages = true }
        }
        if document.value(["tool", "setuptools", "packages", "find"]) != nil
            || document.headerLine(["tool", "setuptools", "packages", "find"]) != nil
        {
            findsPackages = true
            sourceRoot = sourceRoot ?? document.value(["tool", "setuptools", "packages", "find", "where"])?.strings.first
        }
        if let root = document.value(["tool", "setuptools", "package-dir", ""])?.string { sourceRoot = sourceRoot ?? root }
        if case .array(let items)? = document.value(["tool", "poetry", "packages"]) {
            for case .table(let entries) in items {
                guard let include = entries.first(where: { $0.key == ["include"] })?.value.string else { continue }
                packages = (packages ?? []) + [include.replacingSlashes()]
                if let from = entries.first(where: { $0.key == ["from"] })?.value.string { sourceRoot = sourceRoot ?? from }
            }
        }
        mergeMaturin(document)
        mergeHatch(document)
        mergePDM(document)
        mergeEntryPoints(document)
        modules += document.value(["tool", "setuptools", "py-modules"])?.strings ?? []
        for requirement in document.value(["project", "dependencies"])?.strings ?? [] {
            if let name = Self.requirementName(requirement) { dependencies.insert(name) }
        }
        for (key, _) in document.keys(under: ["tool", "poetry", "dependencies"]) where key != "python" {
            dependencies.insert(key)
        }
        return document.problems
    }

    /// Hatch's wheel: `packages` (`src/acme` ships `acme`, from `src`), else the plain package names `only-include` or
    /// `include` lists (langgraph-sdk's `include = ["langgraph_sdk"]`; globs and nested paths select files, not packages).
    private mutating func mergeHatch(_ document: TOMLDocument) {
        let wheel = ["tool", "hatch", "build", "targets", "wheel"]
        if let listed = document.value(wheel + ["packages"])?.strings, !listed.isEmpty {
            for entry in listed {
                let parts = entry.split(separator: "/").filter { $0 != "." && !$0.isEmpty }
                guard let last = parts.last else { continue }
                packages = (packages ?? []) + [String(last)]
                if parts.count > 1 { sourceRoot = sourceRoot ?? parts.dropLast().joined(separator: "/") }
            }
            return
        }
        for key in ["only-include", "include"] {
            let names = (document.value(wheel + [key])?.strings ?? []).map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
            guard !names.isEmpty else { continue }
            if names.allSatisfy(Self.isPackageName) { packages = (packages ?? []) + names }
            return
        }
    }

    /// pdm-backend's build: `package-dir` (where packages are found), `includes` when it names plain packages, and
    /// `source-includes`, what only the sdist takes (pdm-backend's build_config: "excluded by wheel and editable
    /// builds").
    private mutating func mergePDM(_ document: TOMLDocument) {
        let build = ["tool", "pdm", "build"]
        if let root = document.value(build + ["package-dir"])?.string { sourceRoot = sourceRoot ?? root }
        let includes = (document.value(build + ["includes"])?.strings ?? []).map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        if !includes.isEmpty, includes.allSatisfy(Self.isPackageName) { packages = (packages ?? []) + includes }
        sourceOnly += (document.value(build + ["source-includes"])?.strings ?? []).compactMap { path in
            let parts = path.split(separator: "/").filter { $0 != "." && !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: "/")
        }
    }

    /// A plain identifier: a package's name, not a glob or a path.
    private static func isPackageName(_ name: String) -> Bool {
        guard let first = name.first, first == "_" || first.isLetter else { return false }
        return name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }

    /// maturin's settings: whether it builds the project, where the Python sources are, which crate it builds and how.
    private mutating func mergeMaturin(_ document: TOMLDocument) {
        if document.value(["build-system", "build-backend"])?.string == "maturin"
            || document.headerLine(["tool", "maturin"]) != nil
        {
            isMaturin = true
        }
        if let source = document.value(["tool", "maturin", "python-source"])?.string {
            isMaturin = true
            pythonSource = pythonSource ?? source
            // maturin reads no setuptools table: drillan/quantforge's `[tool.setuptools.packages.find] where = ["."]`.
            let isBackend = document.value(["build-system", "build-backend"])?.string == "maturin"
            sourceRoot = isBackend ? source : sourceRoot ?? source
        }
        if let name = document.value(["tool", "maturin", "module-name"])?.string, !name.isEmpty {
            isMaturin = true
            maturinModuleName = maturinModuleName ?? name
        }
        if let path = document.value(["tool", "maturin", "manifest-path"])?.string, !path.isEmpty {
            maturinManifestPath = maturinManifestPath ?? path
        }
        maturinBindings = maturinBindings ?? document.value(["tool", "maturin", "bindings"])?.string
    }

    // MARK: - setup.cfg

    package mutating func merge(setupConfig text: String, path: String) -> [(line: Int, message: String)] {
        let config = INIFile(text)
        if let found = config.value("metadata", "name") { setName(found.value, path: path, line: found.line) }
        if let listed = config.value("options", "packages") {
            if listed.value.hasPrefix("find") {
                findsPackages = true
            } else {
                packages = (packages ?? []) + Self.list(listed.value)
            }
        }
        if let root = config.value("options.packages.find", "where") { sourceRoot = sourceRoot ?? root.value }
        if let mapping = config.value("options", "package_dir"), let root = Self.list(mapping.value).first(where: { $0.hasPrefix("=") }) {
            sourceRoot = sourceRoot ?? String(root.dropFirst()).trimmingSpaces()
        }
        modules += config.value("options", "py_modules").map { Self.list($0.value) } ?? []
        mergeEntryPoints(config)
        for requirement in config.value("options", "install_requires").map({ Self.list($0.value) }) ?? [] {
            if let name = Self.requirementName(requirement) { dependencies.insert(name) }
        }
        return config.problems
    }

    // MARK: - setup.py

    /// Reads `name="x"`, `packages=[…]`/`find_packages(…)`, `package_dir={"": "src"}`, `py_modules=[…]`,
    /// `install_requires=[…]` and `entry_points={…}` keyword arguments with literal values; anything computed is
    /// skipped.
    package mutating func merge(setupScript tokens: [ManifestTokens.Item], path: String) -> [(line: Int, message: String)] {
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard token.kind == .word, tokens[index + 1].text == "=" else { continue }
            let value = tokens[index + 2]
            switch token.text {
            case "name" where value.kind == .string:
                setName(value.unquoted, path: path, line: value.line)
            case "packages":
                mergePackages(tokens, value: index + 2)
            case "package_dir" where value.text == "{":
                let pairs = Self.strings(tokens, from: index + 2, closing: "}")
                if pairs.count >= 2, pairs[0].isEmpty { sourceRoot = sourceRoot ?? pairs[1] }
            case "py_modules" where value.text == "[":
                modules += Self.strings(tokens, from: index + 2, closing: "]")
            case "entry_points" where value.text == "{":
                mergeEntryPoints(setupStrings: Self.strings(tokens, from: index + 2, closing: "}"))
            case "install_requires" where value.text == "[":
                for requirement in Self.strings(tokens, from: index + 2, closing: "]") {
                    if let name = Self.requirementName(requirement) { dependencies.insert(name) }
                }
            default:
                continue
            }
        }
        return ManifestTokens.bracketProblems(in: tokens)
    }

    /// setup.py's `packages=` value at `value`: a literal list, or a discovery call whose `where` (or first argument)
    /// is the source root.
    private mutating func mergePackages(_ tokens: [ManifestTokens.Item], value: Int) {
        let text = tokens[value].text
        if text == "[" {
            packages = (packages ?? []) + Self.strings(tokens, from: value, closing: "]")
        } else if text == "find_packages" || text == "find_namespace_packages" || text == "setuptools" {
            findsPackages = true
            let arguments = Self.strings(tokens, from: value + 1, closing: ")")
            if let whereIndex = tokens[(value + 1)..<min(tokens.count, value + 10)].firstIndex(where: { $0.text == "where" }),
                whereIndex + 2 < tokens.count, tokens[whereIndex + 2].kind == .string
            {
                sourceRoot = sourceRoot ?? tokens[whereIndex + 2].unquoted
            } else if let paren = tokens[value..<min(tokens.count, value + 4)].firstIndex(where: { $0.text == "(" }),
                paren + 1 < tokens.count, tokens[paren + 1].kind == .string, let first = arguments.first,
                !first.contains("*")
            {
                // Only a positional first argument is the root: celery's `find_packages(exclude=['t', 't.*'])` had
                // made its test folder `t` the source root, and its 40,000 lines of `celery/` test code.
                sourceRoot = sourceRoot ?? first
            }
        }
    }

    /// The string literals from the bracket at `start` to its matching `closing` (nesting counted).
    private static func strings(_ tokens: [ManifestTokens.Item], from start: Int, closing: String) -> [String] {
        guard start < tokens.count else { return [] }
        let opening = tokens[start].text
        var depth = 0
        var found: [String] = []
        for token in tokens[start...] {
            if token.text == opening { depth += 1 }
            if token.text == closing {
                depth -= 1
                if depth <= 0 { break }
            }
            if token.kind == .string { found.append(token.unquoted) }
        }
        return found
    }

    /// `requests[socks]>=2.0; python_version<"3"` → `requests`.
    package static func requirementName(_ requirement: String) -> String? {
        let name = requirement.trimmingSpaces().prefix { $0.isLetter || $0.isNumber || "._-".contains($0) }
        return name.isEmpty ? nil : String(name)
    }

    /// A setup.cfg list: comma- or line-separated.
    private static func list(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "," || $0 == "\n" }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

extension String {
    fileprivate func replacingSlashes() -> String {
        String(map { $0 == "/" ? "." : $0 })
    }
}

/// An INI file (`setup.cfg`): `[section]`, `key = value`, indented continuation lines, `#`/`;` comments.
struct INIFile {
    private var entries: [String: (value: String, line: Int)] = [:]
    private(set) var problems: [(line: Int, message: String)] = []

    init(_ text: String) {
        var section = ""
        var lastKey: String?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = String(rawLine).trimmingSpaces()
            if content.isEmpty || content.hasPrefix("#") || content.hasPrefix(";") { continue }
            let isIndented = rawLine.first == " " || rawLine.first == "\t"
            if isIndented, let key = lastKey, let existing = entries[key] {
                entries[key] = (existing.value + "\n" + content, existing.line)
                continue
            }
            if content.hasPrefix("[") {
                guard content.hasSuffix("]") else {
                    problems.append((line, "section header without ']'"))
                    lastKey = nil
                    continue
                }
                section = String(content.dropFirst().dropLast()).trimmingSpaces()
                lastKey = nil
                continue
            }
            guard let separator = content.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                problems.append((line, "expected 'key = value'"))
                lastKey = nil
                continue
            }
            let key = section + "\u{0}" + String(content[..<separator]).trimmingSpaces()
            entries[key] = (String(content[content.index(after: separator)...]).trimmingSpaces(), line)
            lastKey = key
        }
    }

    func value(_ section: String, _ key: String) -> (value: String, line: Int)? {
        entries[section + "\u{0}" + key]
    }

    /// Every key of `section` with its value, sorted by line.
    func values(in section: String) -> [(key: String, value: String)] {
        let prefix = section + "\u{0}"
        return entries.filter { $0.key.hasPrefix(prefix) }.sorted { $0.value.line < $1.value.line }
            .map { (String($0.key.dropFirst(prefix.count)), $0.value.value) }
    }
}
