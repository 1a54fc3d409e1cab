import Foundation

/// A table the page's script can sort (every header) and filter (a search box above it).
struct HTMLTable {
    /// One cell: its HTML (already escaped) and the value it sorts by.
    struct Cell {
        var html: String
        var sortValue: String?
        var isNumeric = false

        /// Repository text, escaped; a path (`mono`) may break after each `/` and nowhere else unless a
        /// single name is wider than the column (a column of paths shrank to one letter a line before).
        static func text(_ value: String, mono: Bool = false) -> Cell {
            guard mono else { return Cell(html: HTMLEscape.text(value)) }
            let breakable = HTMLEscape.text(value).replacingOccurrences(of: "/", with: "/<wbr>")
            return Cell(html: "<span class=\"mono\">\(breakable)</span>")
        }

        /// Repository text on one line, cut with an ellipsis past the column's width (CSS `.clip`), whole in its
        /// title and in the text the table sorts and filters by: a module named after its manifest path
        /// (`authentication_repository (examples/flutter_login/packages/…/pubspec.yaml)`) took half the Files table.
        static func clipped(_ value: String) -> Cell {
            let text = HTMLEscape.text(value)
            return Cell(html: "<span class=\"clip\" title=\"\(text)\">\(text)</span>")
        }

        /// A number shown as `display`, sorted by `value`.
        static func number(_ value: Double, _ display: String) -> Cell {
            Cell(html: HTMLEscape.text(display), sortValue: String(format: "%.4f", value), isNumeric: true)
        }

        static func count(_ value: Int) -> Cell { number(Double(value), ReportFormat.grouped(value)) }
    }

    var id: String
    var columns: [(title: String, isNumeric: Bool)]
    var rows: [[Cell]]
    var filterPlaceholder: String?

    func render() -> String {
        var out = ""
        if let filterPlaceholder {
            out += "<div><input type=\"search\" class=\"filter\" data-table=\"\(id)\" "
                + "placeholder=\"\(HTMLEscape.text(filterPlaceholder))\" aria-label=\"\(HTMLEscape.text(filterPlaceholder))\">"
                + "<span class=\"count\" id=\"\(id)-count\">\(ReportFormat.grouped(rows.count)) rows</span></div>"
        }
        out += "<div class=\"wrap\"><table class=\"sortable\" id=\"\(id)\"><thead><tr>"
        for column in columns {
            out += "<th\(column.isNumeric ? " class=\"num\"" : "") scope=\"col\">\(HTMLEscape.text(column.title))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for cell in row {
                let sort = cell.sortValue.map { " data-v=\"\($0)\"" } ?? ""
                out += "<td\(cell.isNumeric ? " class=\"num\"" : "")\(sort)>\(cell.html)</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div>"
    }
}
