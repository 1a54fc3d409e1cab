import ModuleGraph

/// The Python modules by their normalized names (PEP 503: lower case, runs of `-`, `_`, `.` as one `-`), so a
/// requirement finds the project it names however either spells it (pydantic requires `pydantic-core`,
/// whose pyproject names it `pydantic_core`; a Cargo crate `pydantic-core` sits in the same folder).
package struct PythonDistributions: Sendable {
    private let byNormalizedName: [String: String]

    package init(_ modules: [ModuleDeclaration]) {
        var byNormalizedName: [String: String] = [:]
        for module in modules where module.ecosystem == "python" {
            byNormalizedName[Self.normalized(module.name)] = byNormalizedName[Self.normalized(module.name)] ?? module.name
        }
        self.byNormalizedName = byNormalizedName
    }

    /// The module name a dependency of `module` stands for: for a Python module's requirement, the Python
    /// module it names, however spelled; else the dependency as written.
    package func name(_ dependency: String, declaredBy module: ModuleDeclaration) -> String {
        guard module.ecosystem == "python" else { return dependency }
        return byNormalizedName[Self.normalized(dependency)] ?? dependency
    }

    private static func normalized(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if character == "-" || character == "_" || character == "." {
                if result.last != "-" { result.append("-") }
            } else {
                result.append(character)
            }
        }
        return result
    }
}
