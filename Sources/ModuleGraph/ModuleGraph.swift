/// Modules and the import edges between them, with the files and import sites behind every edge.
public struct ModuleGraph: Sendable {
    /// One directed edge: `from` imports `to` at `sites` places in `files`.
    public struct Edge: Hashable, Sendable {
        public var from: Int
        public var to: Int
        public var sites: Int
        /// The importing files, sorted.
        public var files: [String]
    }

    public var modules: [ModuleDeclaration]
    /// Edges sorted by (from, to).
    public var edges: [Edge]

    /// Builds the graph from resolved import sites `(from, to, file)`; self-imports are dropped.
    public init(modules: [ModuleDeclaration], sites: [(from: Int, to: Int, file: String)]) {
        self.modules = modules
        var grouped: [Int: [Int: (sites: Int, files: Set<String>)]] = [:]
        for site in sites where site.from != site.to {
            var entry = grouped[site.from, default: [:]][site.to] ?? (0, [])
            entry.sites += 1
            entry.files.insert(site.file)
            grouped[site.from, default: [:]][site.to] = entry
        }
        var edges: [Edge] = []
        for (from, targets) in grouped {
            for (to, entry) in targets {
                edges.append(Edge(from: from, to: to, sites: entry.sites, files: entry.files.sorted()))
            }
        }
        self.edges = edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// Modules each module imports (efferent), by index.
    public func successors() -> [[Int]] {
        var result = Array(repeating: [Int](), count: modules.count)
        for edge in edges { result[edge.from].append(edge.to) }
        return result
    }

    /// Afferent coupling (modules importing it), efferent coupling (modules it imports) and
    /// instability Ce / (Ca + Ce) per module (0 when isolated), over the edges `counts` keeps.
    public func coupling(
        counting counts: (Edge) -> Bool = { _ in true }
    ) -> [(afferent: Int, efferent: Int, instability: Double)] {
        var afferent = Array(repeating: 0, count: modules.count)
        var efferent = Array(repeating: 0, count: modules.count)
        for edge in edges where counts(edge) {
            efferent[edge.from] += 1
            afferent[edge.to] += 1
        }
        return (0..<modules.count).map { index in
            let total = afferent[index] + efferent[index]
            return (afferent[index], efferent[index], total == 0 ? 0 : Double(efferent[index]) / Double(total))
        }
    }
}
