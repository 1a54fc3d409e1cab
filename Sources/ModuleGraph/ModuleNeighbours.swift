/// The modules a change to a module may have to be carried into: those it imports, those that import it, and
/// the other modules of its cycle (docs/model.md, "Interest": crossing changes).
///
/// Test targets are left out on both sides: tests change with the code they test, which is no ripple.
public enum ModuleNeighbours {
    /// Each module's connected modules, by name; modules connected to none are absent.
    public static func connected(
        edges: [(from: String, to: String)], cycles: [[String]], tests: Set<String>
    ) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        func link(_ first: String, _ second: String) {
            guard first != second, !tests.contains(first), !tests.contains(second) else { return }
            result[first, default: []].insert(second)
            result[second, default: []].insert(first)
        }
        for edge in edges { link(edge.from, edge.to) }
        for cycle in cycles {
            for first in cycle { for second in cycle { link(first, second) } }
        }
        return result
    }
}
