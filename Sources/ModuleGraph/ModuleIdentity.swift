/// Which module a declared name means when several modules share it, and names that tell them apart.
///
/// Manifests declare modules and their dependencies by name, and names repeat: across build systems (git/git has
/// a Cargo crate `libgit` and a CMake target `libgit`) or across the projects of one build system in a repository.
/// A declared dependency means the module of that name declared in the same manifest, else in the same
/// ecosystem (the nearest: the one whose manifest shares the most folders with the declaring one's, so two copies
/// of an example monorepo each get their own `shared`), else the first of that name; never one of another separate
/// build (`build`). Modules sharing a name are shown as `name (ecosystem)`, or as `name (manifest path)` when they
/// share the ecosystem too.
extension ModuleDeclaration {
    /// For each module, the index of the module each of its `dependencies` names, in order; nil for a name no
    /// module of its build has (an external package, a system library, another build's project).
    public static func dependencies(of modules: [ModuleDeclaration]) -> [[Int?]] {
        let byName = Dictionary(grouping: modules.indices, by: { modules[$0].name })
        return modules.map { module in
            module.dependencies.map { name in
                guard let candidates = byName[name]?.filter({ module.isInSameBuild(as: modules[$0]) }), !candidates.isEmpty
                else { return nil }
                return candidates.first { modules[$0].manifest == module.manifest }
                    ?? nearest(candidates.filter { modules[$0].ecosystem == module.ecosystem }, to: module.manifest, in: modules)
                    ?? candidates[0]
            }
        }
    }

    /// Of `candidates` (indices into `modules`), the first whose manifest shares the most leading folders with
    /// `manifest`; nil when there is none.
    public static func nearest(_ candidates: [Int], to manifest: String, in modules: [ModuleDeclaration]) -> Int? {
        let folders = manifest.split(separator: "/").dropLast()
        func shared(_ index: Int) -> Int {
            zip(folders, modules[index].manifest.split(separator: "/").dropLast()).prefix { $0 == $1 }.count
        }
        var best: (index: Int, shared: Int)?
        for candidate in candidates {
            let count = shared(candidate)
            if count > best?.shared ?? -1 { best = (candidate, count) }
        }
        return best?.index
    }

    /// Each module's name, made distinct where several modules share it. A module declared in test code
    /// (`isTest` of its manifest: a fixture project) yields its name to the one module outside test code that has it
    /// (poetry's `tests/utils/fixtures/pyproject.toml` is also named `poetry`).
    public static func distinctNames(_ modules: [ModuleDeclaration], isTest: (String) -> Bool = { _ in false }) -> [String] {
        var counts: [String: Int] = [:]
        var shipping: [String: Int] = [:]
        let tested = modules.map { isTest($0.manifest) }
        for (module, isTested) in zip(modules, tested) {
            counts[module.name, default: 0] += 1
            counts["\(module.name)\u{0}\(module.ecosystem)", default: 0] += 1
            if !isTested { shipping[module.name, default: 0] += 1 }
        }
        return zip(modules, tested).map { module, isTested in
            guard counts[module.name, default: 0] > 1, isTested || shipping[module.name, default: 0] > 1 else { return module.name }
            let sharesEcosystem = counts["\(module.name)\u{0}\(module.ecosystem)", default: 0] > 1
            return "\(module.name) (\(sharesEcosystem ? module.manifest : module.ecosystem))"
        }
    }

    /// `modules` renamed to their distinct names, with the dependencies that name a module renamed to match
    /// (so that every later lookup by name finds the one module meant); sorted by name again when renamed.
    public static func distinct(_ modules: [ModuleDeclaration], isTest: (String) -> Bool = { _ in false }) -> [ModuleDeclaration] {
        let names = distinctNames(modules, isTest: isTest)
        guard names != modules.map(\.name) else { return modules }
        let targets = dependencies(of: modules)
        var result = modules
        for index in result.indices {
            result[index].name = names[index]
            let renamed = Dictionary(
                zip(modules[index].dependencies, targets[index]).map { name, target in (name, target.map { names[$0] } ?? name) },
                uniquingKeysWith: { first, _ in first })
            result[index].dependencies = modules[index].dependencies.map { renamed[$0] ?? $0 }.sorted()
            result[index].testDependencies = modules[index].testDependencies.map { renamed[$0] ?? $0 }.sorted()
        }
        return result.sorted { ($0.name, $0.manifest) < ($1.name, $1.manifest) }
    }
}
