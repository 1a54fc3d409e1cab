
/// The module dependency graph: importers above what they import, cycle edges in red (the edges to cut
/// dashed and thicker), hidden couplings (modules that change together without importing each other) as
/// dotted orange links. The largest `limit` modules are drawn; the page's tables list all edges.
struct DependencyGraphChart {
    let model: ReportModel
    var limit = 40

    private let nodeHeight = 30.0
    private let slot = 150.0

    /// The drawn module names, largest first (modules in cycles and hidden couplings always included).
    func shownModules() -> [String] {
        let bySize = model.modules.map(\.name)
        let flagged = Set(model.cycles.flatMap(\.modules)
            + model.moduleCouplings.filter(\.isHidden).flatMap { [$0.first, $0.second] })
        let connected = Set(model.edges.flatMap { [$0.from, $0.to] }).union(flagged)
        var shown = bySize.filter { flagged.contains($0) }
        for name in bySize where shown.count < limit && connected.contains(name) && !shown.contains(name) {
            shown.append(name)
        }
        // Module names need not be unique (nested packages may reuse a target name): draw each name once.
        return Array(Set(shown)).sorted()
    }

    /// Where each drawn module sits. A layer wider than `perRow` modules wraps onto several rows, so the
    /// chart stays 1,000 units wide and readable.
    private struct Geometry {
        var names: [String]
        var index: [String: Int]
        var layout: GraphLayout
        var width = 1000.0
        var perRow = 7
        var rowGap = 64.0
        var top = 56.0
        /// The first row of each layer.
        var firstRow: [Int] = []

        init(names: [String], index: [String: Int], layout: GraphLayout) {
            self.names = names
            self.index = index
            self.layout = layout
            var row = 0
            for layer in layout.layers {
                firstRow.append(row)
                row += max(1, (layer.count + perRow - 1) / perRow)
            }
            firstRow.append(row)
        }

        var height: Double { top + Double(max(0, (firstRow.last ?? 1) - 1)) * rowGap + 40 }

        /// How many modules share the node's row.
        func rowCount(_ node: Int) -> Int {
            let count = layout.layers[layout.layer[node]].count
            let row = layout.order[node] / perRow
            return min(perRow, count - row * perRow)
        }

        func centre(_ node: Int) -> (x: Double, y: Double) {
            let row = layout.order[node] / perRow
            let spacing = width / Double(rowCount(node) + 1)
            let y = top + Double(firstRow[layout.layer[node]] + row) * rowGap
            return (spacing * Double(layout.order[node] % perRow + 1), y)
        }
    }

    func render() -> String {
        let names = shownModules()
        guard !names.isEmpty else { return "" }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let edges = model.edges.compactMap { edge -> (from: Int, to: Int, edge: ReportModel.Edge)? in
            guard let from = index[edge.from], let to = index[edge.to] else { return nil }
            return (from, to, edge)
        }
        let layout = GraphLayout(nodes: names, edges: edges.map { ($0.from, $0.to) })
        let geometry = Geometry(names: names, index: index, layout: layout)
        let c = ReportFormat.coordinate
        return "<svg class=\"chart graph\" viewBox=\"0 0 \(c(geometry.width)) \(c(geometry.height))\" role=\"img\" "
            + "aria-label=\"Module dependency graph\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<defs>" + arrow("arrow", "#8a94a6") + arrow("arrow-cycle", "#c62828") + "</defs>"
            + edges.map { importPath($0.from, $0.to, $0.edge, geometry) }.joined()
            + hiddenLinks(geometry) + nodeBoxes(geometry) + "</svg>"
    }

    /// One import edge: red inside a cycle, dashed and thick where the cycle should be cut.
    private func importPath(_ from: Int, _ to: Int, _ edge: ReportModel.Edge, _ geometry: Geometry) -> String {
        let c = ReportFormat.coordinate
        let cyclic = model.cycles.contains { $0.modules.contains(edge.from) && $0.modules.contains(edge.to) }
        let isCut = model.cycles.contains { $0.cut.contains { $0.from == edge.from && $0.to == edge.to } }
        let style = isCut ? "stroke=\"#c62828\" stroke-width=\"3\" stroke-dasharray=\"8 4\""
            : cyclic ? "stroke=\"#c62828\" stroke-width=\"2\"" : "stroke=\"#8a94a6\" stroke-width=\"1.2\""
        let (a, b) = (geometry.centre(from), geometry.centre(to))
        let downward = b.y > a.y
        let y1 = a.y + (downward ? nodeHeight / 2 : -nodeHeight / 2)
        let y2 = b.y + (downward ? -nodeHeight / 2 - 2 : nodeHeight / 2 + 2)
        return "<path d=\"M\(c(a.x)),\(c(y1)) C\(c(a.x)),\(c((y1 + y2) / 2)) \(c(b.x)),\(c((y1 + y2) / 2)) \(c(b.x)),\(c(y2))\" "
            + "fill=\"none\" \(style) marker-end=\"url(#\(cyclic ? "arrow-cycle" : "arrow"))\">"
            + "<title>\(HTMLEscape.text(edge.from)) imports \(HTMLEscape.text(edge.to)) "
            + "(\(ReportFormat.count(edge.sites, "site")))\(isCut ? ": cut here" : "")</title></path>"
    }

    /// Dotted orange arcs between modules that change together without importing each other.
    private func hiddenLinks(_ geometry: Geometry) -> String {
        let c = ReportFormat.coordinate
        var out = ""
        for pair in model.moduleCouplings where pair.isHidden {
            guard let first = geometry.index[pair.first], let second = geometry.index[pair.second] else { continue }
            let (a, b) = (geometry.centre(first), geometry.centre(second))
            out += "<path d=\"M\(c(a.x)),\(c(a.y)) Q\(c((a.x + b.x) / 2)),\(c(min(a.y, b.y) - 40)) \(c(b.x)),\(c(b.y))\" "
                + "fill=\"none\" stroke=\"#ef8f00\" stroke-width=\"2.5\" stroke-dasharray=\"2 5\" stroke-linecap=\"round\">"
                + "<title>hidden coupling: \(HTMLEscape.text(pair.first)) ↔ \(HTMLEscape.text(pair.second)) "
                + "(\(pair.degree)%, \(pair.sharedRevisions) shared commits)</title></path>"
        }
        return out
    }

    /// The module boxes, tinted by budget status, names shortened to fit.
    private func nodeBoxes(_ geometry: Geometry) -> String {
        let c = ReportFormat.coordinate
        let status = Dictionary(model.modules.map { ($0.name, $0.budgetStatus) }, uniquingKeysWith: { first, _ in first })
        var out = ""
        for (node, name) in geometry.names.enumerated() {
            let point = geometry.centre(node)
            let boxWidth = min(slot - 12, geometry.width / Double(geometry.rowCount(node) + 1) - 8)
            let fits = max(2, Int(boxWidth / 7.4))
            let label = name.count > fits ? String(name.prefix(fits - 1)) + "…" : name
            let fill = status[name] == "error" ? "#fde0e0" : status[name] == "warning" ? "#fff1d6" : "#eef3fb"
            out += "<g class=\"node\"><title>\(HTMLEscape.text(name))</title>"
                + "<rect x=\"\(c(point.x - boxWidth / 2))\" y=\"\(c(point.y - nodeHeight / 2))\" width=\"\(c(boxWidth))\" "
                + "height=\"\(c(nodeHeight))\" rx=\"5\" fill=\"\(fill)\" stroke=\"#4a5568\"/>"
                + "<text x=\"\(c(point.x))\" y=\"\(c(point.y + 4.5))\" text-anchor=\"middle\" class=\"node-label\">"
                + "\(HTMLEscape.text(label))</text></g>"
        }
        return out
    }

    private func arrow(_ id: String, _ colour: String) -> String {
        "<marker id=\"\(id)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
            + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(colour)\"/></marker>"
    }
}
