
/// The hotspot map: a squarified treemap of modules (area = code lines, colour = interest per month),
/// and one treemap of files per module that the page shows when a module is clicked. Only code that ships is
/// drawn, as the module budget counts it: data, markup and prose (`non_code_languages`) are left off (a
/// documentation site's Markdown outweighed every module of code), and so is test code (test modules and
/// `test_paths`: tests, examples, benchmarks), which on felangel/bloc was 84% of the area.
struct HotspotMap {
    let model: ReportModel
    static let width = 1000.0
    static let height = 560.0

    /// One drawn item.
    struct Item {
        var name: String
        var label: String
        var weight: Double
        var interest: Double
        var detail: String
        /// The id of the file map a click opens (modules only).
        var drill: String?
    }

    /// The name files without a module are grouped under.
    static let unowned = "(no module)"

    /// Files by module name (unowned files under `unowned`), each list largest first.
    func filesByModule() -> [(module: String, files: [ReportModel.File])] {
        var groups: [String: [ReportModel.File]] = [:]
        for file in model.files where file.codeLines > 0 && file.isCode && !file.isTest { groups[file.module ?? Self.unowned, default: []].append(file) }
        return groups.keys.sorted().map { name in
            (name, groups[name, default: []].sorted { ($1.codeLines, $0.path) < ($0.codeLines, $1.path) })
        }
    }

    /// The module level; `drillIDs` maps a module name to its file map's element id.
    func moduleMap(drillIDs: [String: String]) -> String {
        let groups = filesByModule()
        let accounts = Dictionary(model.modules.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let items = groups.map { group in
            let lines = group.files.reduce(0) { $0 + $1.codeLines }
            let interest = accounts[group.module]?.interestHoursPerMonth
                ?? group.files.reduce(0) { $0 + $1.interestHoursPerMonth }
            return Item(
                name: group.module, label: group.module, weight: Double(lines), interest: interest,
                detail: "\(ReportFormat.grouped(lines)) code lines in \(ReportFormat.count(group.files.count, "file")), "
                    + "\(ReportFormat.hours(interest)) interest a month",
                drill: drillIDs[group.module])
        }.sorted { ($1.weight, $0.name) < ($0.weight, $1.name) }
        return svg(items, title: "Modules by size, coloured by interest")
    }

    /// One module's files.
    func fileMap(module: String, files: [ReportModel.File]) -> String {
        let items = files.map { file in
            Item(
                name: file.path, label: String(file.path.split(separator: "/").last ?? Substring(file.path)),
                weight: Double(file.codeLines), interest: file.interestHoursPerMonth,
                detail: "\(ReportFormat.grouped(file.codeLines)) code lines, "
                    + "\(ReportFormat.hours(file.interestHoursPerMonth)) interest a month", drill: nil)
        }
        return svg(items, title: "Files of \(module) by size, coloured by interest")
    }

    private func svg(_ items: [Item], title: String) -> String {
        let boxes = Squarify.layout(items.map(\.weight), in: Box(x: 0, y: 0, width: Self.width, height: Self.height))
        let highest = items.map(\.interest).max() ?? 0
        var out = "<svg class=\"chart treemap\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" "
            + "aria-label=\"\(HTMLEscape.text(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (item, box) in zip(items, boxes) where box.width > 0 && box.height > 0 {
            let c = ReportFormat.coordinate
            let drill = item.drill.map { " data-drill=\"\($0)\" tabindex=\"0\"" } ?? ""
            out += "<g class=\"tm-node\(item.drill == nil ? "" : " tm-drill")\"\(drill)>"
            out += "<rect x=\"\(c(box.x))\" y=\"\(c(box.y))\" width=\"\(c(box.width))\" height=\"\(c(box.height))\" "
                + "fill=\"\(Self.colour(item.interest, highest: highest))\" stroke=\"#fff\" stroke-width=\"1\">"
                + "<title>\(HTMLEscape.text(item.name)): \(HTMLEscape.text(item.detail))</title></rect>"
            let characters = Int((box.width - 8) / 7.2)
            if box.height >= 18 && characters >= 3 {
                let label = item.label.count > characters ? String(item.label.prefix(characters - 1)) + "…" : item.label
                let ink = highest > 0 && (item.interest / highest).squareRoot() > 0.5 ? "#fff" : "#1f2328"
                out += "<text x=\"\(c(box.x + 4))\" y=\"\(c(box.y + 14))\" class=\"tm-label\" fill=\"\(ink)\">\(HTMLEscape.text(label))</text>"
            }
            out += "</g>"
        }
        return out + "</svg>"
    }

    /// Grey without interest; yellow to dark red by the square root of the share of the highest interest.
    static func colour(_ interest: Double, highest: Double) -> String {
        guard interest > 0, highest > 0 else { return "#d9e2dc" }
        let t = min(1, (interest / highest).squareRoot())
        let from = (253.0, 230.0, 138.0)
        let to = (153.0, 27.0, 27.0)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        let rgb = [mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2)]
        return "#" + rgb.map { value in
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
