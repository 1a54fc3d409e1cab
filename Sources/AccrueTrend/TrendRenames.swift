/// A module renamed between two samples is one series under its latest name.
///
/// vite's `docs` folder, a folder module, became the npm package `@vitejs/monorepo-docs`: the trend showed one module
/// falling to nothing and another appearing with the same code. Two modules are one when, between consecutive samples,
/// one is gone and the other new and their roots (source folders) are the same, and no other gone or new module has
/// those roots. Samples stored without roots (before trend-2) join nothing.
enum TrendRenames {
    /// `samples` with each renamed module under its latest name, and the renames by former name.
    static func joined(_ samples: [TrendSample]) -> (samples: [TrendSample], renames: [String: String]) {
        var renamed: [String: String] = [:]
        for (earlier, later) in zip(samples, samples.dropFirst()) {
            let before = Set(earlier.figures.modules.map(\.name))
            let after = Set(later.figures.modules.map(\.name))
            let gone = Dictionary(grouping: earlier.figures.modules.filter { !after.contains($0.name) }, by: \.roots)
            let new = Dictionary(grouping: later.figures.modules.filter { !before.contains($0.name) }, by: \.roots)
            for (roots, old) in gone {
                guard let roots, !roots.isEmpty, old.count == 1, let successor = new[roots], successor.count == 1 else { continue }
                renamed[old[0].name] = successor[0].name
            }
        }
        guard !renamed.isEmpty else { return (samples, [:]) }
        let latest = Dictionary(uniqueKeysWithValues: renamed.keys.map { ($0, Self.latest($0, in: renamed)) })
        let joined = samples.map { sample in
            var sample = sample
            sample.figures.modules = sample.figures.modules.map { module in
                var module = module
                module.name = latest[module.name] ?? module.name
                return module
            }.sorted { $0.name < $1.name }
            return sample
        }
        return (joined, latest)
    }

    /// The name `name` ends up with, following renames (a chain `a → b → c` is `c`; a loop stops where it closes).
    private static func latest(_ name: String, in renamed: [String: String]) -> String {
        var current = name
        var seen: Set<String> = [name]
        while let next = renamed[current], seen.insert(next).inserted { current = next }
        return current
    }
}
