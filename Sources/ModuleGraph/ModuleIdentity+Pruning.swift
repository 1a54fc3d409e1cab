/// The manifest modules that are not modules of the scanned tree: a CMake target describing again what another
/// build system declares, and a module owning no scanned file (ModuleCoverage leaves both out).
extension ModuleDeclaration {
    /// `modules` without the CMake targets another build system already declares: same name, every root inside
    /// that module's roots (swift-argument-parser's CMakeLists.txt lists the files of its SwiftPM targets, which
    /// split each target in two once listed files became roots).
    public static func withoutSecondDescriptions(_ modules: [ModuleDeclaration]) -> [ModuleDeclaration] {
        let primary = Dictionary(grouping: modules.filter { $0.ecosystem != "cmake" }, by: \.name)
        return modules.filter { module in
            guard module.ecosystem == "cmake", let others = primary[module.name] else { return true }
            return !others.contains { other in
                module.roots.allSatisfy { root in other.roots.contains { ManifestContext.isInside(root, $0) } }
            }
        }
    }

    /// `modules` without the manifest modules that own none of `paths`, and a warning for each; a module kept
    /// needs no file when a module owning files depends on it (resolved by `dependencies(of:)`), nor does a folder
    /// or configured module.
    public static func withoutEmptyModules(
        _ modules: [ModuleDeclaration], paths: [String]
    ) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning]) {
        let ownership = ModuleOwnership(modules: modules)
        var owns = Array(repeating: false, count: modules.count)
        for path in paths {
            if let owner = ownership.owner(of: path) { owns[owner] = true }
        }
        // An umbrella or interface target owns nothing itself but is a node others link to.
        let targets = ModuleDeclaration.dependencies(of: modules)
        let needed = Set(modules.indices.filter { owns[$0] }.flatMap { targets[$0].compactMap { $0 } })
        var kept: [ModuleDeclaration] = []
        var left: [String: [ModuleDeclaration]] = [:]
        for (index, module) in modules.enumerated() {
            if owns[index] || ["folder", "config"].contains(module.ecosystem) || needed.contains(index) {
                kept.append(module)
            } else {
                left[module.manifest, default: []].append(module)
            }
        }
        // One warning per manifest: a go.mod with 200 packages of generated code is one thing to say.
        let warnings = left.keys.sorted().map { manifest -> ManifestWarning in
            let modules = (left[manifest] ?? []).sorted { ($0.line, $0.name) < ($1.line, $1.name) }
            let names = modules.prefix(3).map { "'\($0.name)'" }.joined(separator: ", ")
            let subject = modules.count == 1 ? "module \(names) owns"
                : "modules \(names)\(modules.count > 3 ? " and \(modules.count - 3) more" : "") own"
            return ManifestWarning(path: manifest, line: modules[0].line, message: "\(subject) no scanned file; left out")
        }
        return (kept, warnings)
    }
}
