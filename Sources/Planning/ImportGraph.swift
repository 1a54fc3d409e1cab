import PlanNaming

/// An import between two modules, which a stage adds or removes.
public struct ModuleEdge: Hashable, Sendable {
    public var from: String
    public var to: String

    /// Creates the edge `from → to`.
    public init(_ from: String, _ to: String) {
        self.from = from
        self.to = to
    }
}

/// An import a stage adds, with what it carries over from the imports before it.
package struct AddedImport: Hashable, Sendable {
    package enum Origin: Hashable, Sendable {
        /// A new import: it closes a cycle when its target already reaches its source.
        case new
        /// The import of code that already made it: a new module importing what its files imported (`M → Y` for
        /// `N → Y`, N split off M), a caller switching to it (`K → M` for `K → N`). A cycle the carried import
        /// was in is one the plan's break-cycle stages take on, not one this stage closes; and once an earlier
        /// stage removed the carried import (inverted it), the files no longer make it.
        case carries(ModuleEdge)
        /// Between a module and a module split off it: the split's interface stage carries the uses against its
        /// layering, and its check (`no cycle between M and N`) says so.
        case seam
    }

    package var edge: ModuleEdge
    package var origin: Origin

    package init(_ from: String, _ to: String, _ origin: Origin = .new) {
        edge = ModuleEdge(from, to)
        self.origin = origin
    }
}

/// The module imports as a plan changes them: the repository's, then what each stage adds and removes.
///
/// Builders read it to pick a proposal that closes no cycle (a composition root the inverted module does not
/// reach); PlanAssembly walks the ordered stages over it to state the cycles a stage's imports still close
/// (`stating(_:)`).
package struct ImportGraph: Sendable {
    private var imports: PlanImports

    /// The repository's module imports.
    package init(_ imports: PlanImports = PlanImports()) {
        self.imports = imports
    }

    package func contains(_ edge: ModuleEdge) -> Bool { imports.edges[edge.from]?.contains(edge.to) == true }

    /// The shortest import path from `start` to `goal`, both included; nil when `start` does not reach `goal`.
    package func path(from start: String, to goal: String) -> [String]? { imports.path(from: start, to: goal) }

    /// The modules a file imports (empty when it imports none, or is unknown).
    package func imports(ofFile path: String) -> Set<String> { imports.byFile[path] ?? [] }

    /// The module of a file that imports some module; nil for any other file.
    package func owner(ofFile path: String) -> String? { imports.owners[path] }

    /// The modules that import `module`, sorted.
    package func importers(of module: String) -> [String] {
        imports.edges.compactMap { $0.value.contains(module) ? $0.key : nil }.sorted()
    }

    package mutating func insert(_ edge: ModuleEdge) { imports.edges[edge.from, default: []].insert(edge.to) }

    package mutating func remove(_ edge: ModuleEdge) { imports.edges[edge.from]?.remove(edge.to) }

    /// The graph without `edge`.
    package func removing(_ edge: ModuleEdge) -> ImportGraph {
        var graph = self
        graph.remove(edge)
        return graph
    }

    /// The cycle the import `edge` would close, as a ring (`a → b → c → a`); nil when `edge.to` does not reach
    /// `edge.from`.
    package func cycle(closedBy edge: ModuleEdge) -> String? {
        guard edge.from != edge.to, let back = path(from: edge.to, to: edge.from) else { return nil }
        return ([edge.from] + back).joined(separator: " → ")
    }

    /// `stages` in plan order, each stating the cycles its added imports close in the graph the stages before it
    /// leave (their imports added, their inverted imports gone).
    package func stating(_ stages: [PlanStage]) -> [PlanStage] {
        var graph = self
        var result = stages
        for index in result.indices {
            let before = graph
            for edge in result[index].removedImports { graph.remove(edge) }
            var rings: [String] = []
            for added in result[index].addedImports where added.edge.from != added.edge.to && !graph.contains(added.edge) {
                // Gone before this stage: the files no longer make the import.
                if case .carries(let old) = added.origin, !before.contains(old) { continue }
                if let ring = graph.ring(closedBy: added, before: before) { rings.append(ring) }
                graph.insert(added.edge)
            }
            if !rings.isEmpty { result[index].steps.append(StepWording.cycleStep(rings)) }
        }
        return result
    }

    /// The cycle `added` closes in this graph, unless it is a seam, or carries an import that was in a cycle
    /// `before` the stage.
    private func ring(closedBy added: AddedImport, before: ImportGraph) -> String? {
        switch added.origin {
        case .seam: return nil
        case .carries(let old): return before.path(from: old.to, to: old.from) == nil ? cycle(closedBy: added.edge) : nil
        case .new: return cycle(closedBy: added.edge)
        }
    }
}
