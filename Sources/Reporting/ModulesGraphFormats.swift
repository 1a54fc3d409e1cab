import AccrueKit
import Foundation
import ModuleGraph

/// The module graph as Graphviz DOT and as Mermaid, with cycle edges highlighted and the edges that only re-exports
/// make (`via`) dotted.
public enum ModulesGraphFormats {
    public static func dot(_ report: ModuleReport) -> String {
        let cut = cutEdges(report)
        let inCycle = Set(report.cycles.flatMap(\.modules))
        var out = "digraph modules {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n"
        for module in nodeNames(report) {
            let over = report.modules.first { $0.declaration.name == module }?.budgetStatus
            var attributes = ["label=\(quoted(module))"]
            if over == .error { attributes.append("color=red") } else if over == .warning { attributes.append("color=orange") }
            if inCycle.contains(module) { attributes.append("style=bold") }
            out += "  \(quoted(module)) [\(attributes.joined(separator: ", "))];\n"
        }
        for edge in report.edges {
            var attributes = ["label=\(quoted(label(edge)))"]
            if cut.contains("\(edge.from)\u{0}\(edge.to)") {
                attributes += ["color=red", "style=dashed"]
            } else if edge.via != nil {
                attributes.append("style=dotted")
            }
            out += "  \(quoted(edge.from)) -> \(quoted(edge.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    public static func mermaid(_ report: ModuleReport) -> String {
        let names = nodeNames(report)
        let ids = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, "m\($0)") })
        let cut = cutEdges(report)
        var out = "graph LR\n"
        for name in names { out += "  \(ids[name] ?? "m")[\"\(name.replacingOccurrences(of: "\"", with: "#quot;"))\"]\n" }
        var linkIndex = 0
        var cutLinks: [Int] = []
        for edge in report.edges {
            let arrow = edge.via == nil ? "-->" : "-.->"
            let text = label(edge).replacingOccurrences(of: "|", with: "#124;")
            out += "  \(ids[edge.from] ?? "m") \(arrow)|\(text)| \(ids[edge.to] ?? "m")\n"
            if cut.contains("\(edge.from)\u{0}\(edge.to)") { cutLinks.append(linkIndex) }
            linkIndex += 1
        }
        for link in cutLinks { out += "  linkStyle \(link) stroke:red,stroke-dasharray:4\n" }
        return out
    }

    /// One node per module name, sorted: edges name modules. Discovery names modules apart (`libgit (cargo)`,
    /// `libgit (cmake)` on git/git: ModuleIdentity); the set still guards the Mermaid writer, which trapped on a
    /// duplicate key.
    private static func nodeNames(_ report: ModuleReport) -> [String] {
        Set(report.modules.map(\.declaration.name)).sorted()
    }

    /// The import sites, and the modules re-exporting `to` for an edge no import of its own makes.
    private static func label(_ edge: ModuleReport.Edge) -> String {
        guard let via = edge.via else { return "\(edge.sites)" }
        return "\(edge.sites) via \(via.joined(separator: ", "))"
    }

    private static func cutEdges(_ report: ModuleReport) -> Set<String> {
        Set(report.cycles.flatMap(\.cut).map { "\($0.from)\u{0}\($0.to)" })
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
