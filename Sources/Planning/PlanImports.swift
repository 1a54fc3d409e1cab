/// The repository's imports between modules, for a stage that proposes a new one.
///
/// An import `importer → home` closes a cycle when `home` already reaches `importer`, directly or through any
/// path: such a stage must pick another home or none (opentelemetry-go: `sdk` importing `bridge/opencensus`,
/// which reaches `sdk` through `sdk/metric/metricdata` and `sdk/resource`).
public struct PlanImports: Hashable, Sendable {
    /// The modules each module imports (structure: a library's test files left out), by name.
    public var edges: [String: Set<String>]
    /// The modules each of those importing files imports, by path.
    public var byFile: [String: Set<String>]
    /// The module each of those importing files belongs to, by path (a caller's module, which a stage may make
    /// import another).
    public var owners: [String: String]

    /// Creates the imports.
    public init(
        edges: [String: Set<String>] = [:], byFile: [String: Set<String>] = [:], owners: [String: String] = [:]
    ) {
        self.edges = edges
        self.byFile = byFile
        self.owners = owners
    }

    /// The shortest import path from `start` to `goal`, both included (the first in name order among the shortest);
    /// nil when `start` does not reach `goal`.
    public func path(from start: String, to goal: String) -> [String]? {
        guard start != goal else { return [start] }
        var parent: [String: String] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let module = queue[head]
            head += 1
            for target in (edges[module] ?? []).sorted() where parent[target] == nil {
                parent[target] = module
                if target == goal { return walk(back: goal, parent) }
                queue.append(target)
            }
        }
        return nil
    }

    private func walk(back goal: String, _ parent: [String: String]) -> [String] {
        var path = [goal]
        while let last = path.last, let previous = parent[last], previous != last { path.append(previous) }
        return path.reversed()
    }

    /// Why `importer` may not import `home`, when `home` already reaches it; nil when the import closes no cycle.
    package func cycle(importing home: String, from importer: String) -> String? {
        guard let path = path(from: home, to: importer) else { return nil }
        let reach = path.count > 2
            ? "already reaches \(importer) through \(path.dropFirst().dropLast().joined(separator: " → "))"
            : "already imports \(importer)"
        return "\(importer) may not import \(home): \(home) \(reach), so the import would close a cycle"
    }

    /// Why a new module holding code of `files` may not be imported by `sides`: the modules those files import
    /// (which the new module would import too) that reach one of the sides; nil when none does.
    package func cycle(sharing files: [String], with sides: [String]) -> String? {
        let imported = Set(files.flatMap { byFile[$0] ?? [] }).subtracting(sides).sorted()
        for module in imported {
            // The shortest way back to a side.
            guard let path = sides.compactMap({ path(from: module, to: $0) }).min(by: { $0.count < $1.count }),
                let side = path.last
            else { continue }
            let file = files.first { byFile[$0]?.contains(module) == true } ?? ""
            return "a new module both import would import \(module), as \(file) does, and \(module) reaches \(side)"
                + (path.count > 2 ? " through \(path.dropFirst().dropLast().joined(separator: " → "))" : "")
                + ", so it would sit in a cycle"
        }
        return nil
    }
}
