import DebtModel
/// A plain-text table: left-aligned first column, right-aligned numbers, two spaces between columns.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned left (by index); the others are aligned right.
    public var leftAligned: Set<Int>

    public init(headers: [String], rows: [[String]] = [], leftAligned: Set<Int> = [0]) {
        self.headers = headers
        self.rows = rows
        self.leftAligned = leftAligned
    }

    public func render(style: TerminalStyle) -> String {
        let all = [headers] + rows
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        var lines: [String] = []
        for (number, row) in all.enumerated() {
            let cells = row.enumerated().map { column, cell -> String in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return leftAligned.contains(column) ? cell + padding : padding + cell
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(number == 0 ? style.bold(line) : line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// ANSI styling, switched off when output is not a terminal or NO_COLOR is set.
public struct TerminalStyle: Sendable {
    public var usesColor: Bool

    public init(usesColor: Bool) { self.usesColor = usesColor }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func green(_ text: String) -> String { wrap(text, "32") }

    private func wrap(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
