import AccrueKit
import DebtModel
import Foundation
import Foundation
import SourceScan
import ModuleGraph

/// The terminal view of `accrue modules`: sizes against the budget, coupling, cycles and warnings.
public struct ModulesText {
    public let report: ModuleReport
    public let style: TerminalStyle

    public init(_ report: ModuleReport, style: TerminalStyle) {
        self.report = report
        self.style = style
    }

    /// No code under the budget and no import either way, test imports included: an empty package, a package of a
    /// binary or of data, or a test module that imports nothing of the repository (a fixture project in a test
    /// folder: elixir-ls has 20 mix projects under its tests). A test module that imports what it tests is shown:
    /// AutoMapper.UnitTests has 35,847 test lines.
    private static func isEmpty(_ module: ModuleReport.Module, connected: Set<String>) -> Bool {
        module.lines.code == 0 && (module.testLines.code == 0 || module.declaration.kind == .test)
            && !connected.contains(module.declaration.name)
    }

    /// One module's row: name, kind, size against the budget, tests, coupling and Martin's metrics.
    private func row(_ module: ModuleReport.Module) -> [String] {
        let budget: String
        switch module.budgetStatus {
        case .error: budget = style.red("over (error)")
        case .warning: budget = style.yellow("over (warning)")
        case nil: budget = "ok"
        }
        // Neither imports nor imported: instability is 0 ÷ 0, and the distance from the main sequence means nothing.
        let isolated = module.afferent + module.efferent == 0
        return [
            shortened(module.declaration.name), module.declaration.kind.rawValue, grouped(module.files.count),
            grouped(module.lines.code), budget, grouped(module.testLines.code), "\(module.afferent)",
            "\(module.efferent)", isolated ? "-" : String(format: "%.2f", module.instability),
            module.abstractness.map { String(format: "%.2f", $0) } ?? "-",
            isolated ? "-" : module.distance.map { String(format: "%.2f", $0) } ?? "-",
        ]
    }

    public func render() -> String {
        var out = style.bold("accrue modules") + style.dim(
            " — \(countedModules(report.modules)), budget \(grouped(report.budget.warning))/\(grouped(report.budget.error)) code lines")
            + "\n\n"
        out += moduleTable() + cycles()
        if let window = report.history { out += history(window) }
        out += manifestDependencies()
        if !report.unownedFiles.isEmpty {
            out += "\n" + style.dim(unownedLine(report.unownedFiles.count)) + "\n"
        }
        for warning in report.warnings {
            out += style.yellow("warning: ") + warning.description + "\n"
        }
        return out
    }

    /// The modules, largest first. Packages that hold no code (tailwindcss's 13 per-platform npm packages of one
    /// binary each) and test modules without imports make one line.
    private func moduleTable() -> String {
        var table = TextTable(
            headers: ["Module", "Kind", "Files", "Code", "Budget", "Tests", "Ca", "Ce", "I", "A", "D"],
            leftAligned: [0, 1, 4])
        let ordered = report.modules.sorted { ($0.lines.code, $1.declaration.name) > ($1.lines.code, $0.declaration.name) }
        let connected = Set(report.edges.flatMap { [$0.from, $0.to] })
        let empty = ordered.filter { Self.isEmpty($0, connected: connected) }
        // A package whose files are all generated (opentelemetry-go's 247 gotmpl and semconv packages) is imported
        // and imports, but has no line to show.
        let generated = ordered.filter { $0.files.isEmpty && $0.testLines.code == 0 && connected.contains($0.declaration.name) }
        var hidden = Set((empty.count >= 3 ? empty : []).map(\.declaration.name))
        if generated.count >= 3 { hidden.formUnion(generated.map(\.declaration.name)) }
        table.rows = ordered.filter { !hidden.contains($0.declaration.name) }.map(row)
        var out = table.render(style: style)
        if empty.count >= 3 {
            out += collapsed(empty, "modules without code or imports (test fixtures, empty packages)")
        }
        if generated.count >= 3 {
            out += collapsed(generated, "modules with no file scanned (all generated, or a manifest alone) that import or are imported")
        }
        return out
    }

    private func collapsed(_ modules: [ModuleReport.Module], _ what: String) -> String {
        let names = modules.prefix(3).map { shortened($0.declaration.name) }.joined(separator: ", ")
        return style.dim("  and \(modules.count) \(what): \(names)\(modules.count > 3 ? "…" : "") (--format json lists them)") + "\n"
    }

    private func cycles() -> String {
        if report.cycles.isEmpty { return "\n" + style.green("No cycles between modules.") + "\n" }
        var out = "\n" + style.bold("Cycles") + "\n"
        for cycle in report.cycles {
            let cut = cycle.cut.map { "\($0.from) → \($0.to) (\($0.sites) import\($0.sites == 1 ? "" : "s"))" }
            out += "  " + cycle.modules.joined(separator: ", ") + style.dim("; cut: " + cut.joined(separator: ", ")) + "\n"
        }
        return out
    }

    /// Hidden couplings, stable imports and a shallow clone's warning.
    private func history(_ window: ModuleReport.HistoryWindow) -> String {
        var out = ""
        let hidden = report.hiddenCouplings
        if hidden.isEmpty {
            out += "\n" + style.green("No hidden change coupling") + style.dim(" (\(counted(window.commits, "commit")))") + "\n"
        } else {
            out += "\n" + style.bold("Hidden coupling") + style.dim(" — modules that change together without importing each other") + "\n"
            var table = TextTable(headers: ["Modules", "Degree", "Shared", "Revisions"])
            table.rows = hidden.map { pair in
                ["\(pair.first) ↔ \(pair.second)", "\(pair.degree)%", "\(pair.sharedRevisions)", "\(pair.firstRevisions)/\(pair.secondRevisions)"]
            }
            out += table.render(style: style)
        }
        if !report.stableImports.isEmpty {
            let edges = report.stableImports.prefix(10).map { "\($0.from) → \($0.to)" }
            out += style.dim("Stable imports (ends never change together): " + edges.joined(separator: ", ")
                + (report.stableImports.count > 10 ? ", …" : "")) + "\n"
        }
        if window.isShallow {
            out += style.yellow("warning: ") + "shallow clone: history is partial (use fetch-depth: 0 in CI)\n"
        }
        if window.isPartialClone {
            out += style.yellow("warning: ") + "partial clone: renames of files it never fetched are not followed "
                + "(clone without --filter)\n"
        }
        return out
    }

    private func manifestDependencies() -> String {
        let mismatches = report.modules.filter { !$0.declaredButUnused.isEmpty || !$0.usedButUndeclared.isEmpty }
        guard !mismatches.isEmpty else { return "" }
        var out = "\n" + style.bold("Manifest dependencies") + "\n"
        for module in mismatches {
            if !module.declaredButUnused.isEmpty {
                out += "  \(module.declaration.name) declares but never imports: \(module.declaredButUnused.joined(separator: ", "))\n"
            }
            if !module.usedButUndeclared.isEmpty {
                out += "  \(module.declaration.name) imports without declaring: \(module.usedButUndeclared.joined(separator: ", "))\n"
            }
        }
        return out
    }

    private func unownedLine(_ count: Int) -> String {
        "\(count) source file\(count == 1 ? " belongs" : "s belong") to no module (see --format json)."
    }
}

/// A long module name cut to `limit` characters, so one name cannot widen the whole table. A name told apart by
/// its manifest (`with_namespace_target (tests/cmake_fetch_content/project/CMakeLists.txt)`) keeps its name whole
/// and the end of the manifest's folder, where such paths differ; other names are cut in the middle.
func shortened(_ name: String, limit: Int = 48) -> String {
    guard name.count > limit else { return name }
    if name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) {
        let base = name[..<open.lowerBound]
        var path = name[open.upperBound..<name.index(before: name.endIndex)]
        if let slash = path.lastIndex(of: "/") { path = path[..<slash] }  // the manifest's file name
        let room = limit - base.count - 4  // " (…" and ")"
        if base.count + path.count + 3 <= limit { return "\(base) (\(path))" }
        if room >= 12 { return "\(base) (…\(path.suffix(room)))" }
    }
    if let path = shortenedPath(name, limit: limit) { return path }
    let keep = (limit - 1) / 2
    return String(name.prefix(keep)) + "…" + String(name.suffix(limit - 1 - keep))
}

/// A path cut at its slashes: its file name and the folders before it, with its first folders, as many as fit
/// (`gson/src/main/java/…/gson/internal/bind/TypeAdapters.java`, not `…nternal/bind/…`), and the start of the first
/// folder cut where four characters or more fit; nil when even the file name and one first folder do not fit.
private func shortenedPath(_ path: String, limit: Int) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count > 2, let name = parts.last else { return nil }
    var (head, tail) = (String(parts[0]) + "/", "/" + name)
    var (first, last) = (1, parts.count - 1)  // the next folder the head and the tail could take
    guard head.count + 1 + tail.count <= limit else { return nil }
    // The tail takes up to two thirds, the head what is left, then the tail the rest.
    while last - 1 > first, tail.count + parts[last - 1].count + 1 <= (limit - 1) * 2 / 3 {
        last -= 1
        tail = "/" + parts[last] + tail
    }
    while first < last - 1, head.count + parts[first].count + 1 + 1 + tail.count <= limit {
        head += parts[first] + "/"
        first += 1
    }
    while last - 1 > first, head.count + 1 + tail.count + parts[last - 1].count + 1 <= limit {
        last -= 1
        tail = "/" + parts[last] + tail
    }
    // Room left keeps the start of the first folder cut (`Tests/InlineSnapshotTe…/AssertInlineSnapshotSwiftTests.swift`).
    let room = limit - head.count - 1 - tail.count
    if room >= 4 { head += parts[first].prefix(room) }
    return head + "…" + tail
}

/// "420 modules (247 with no file scanned)": every module found, as JSON counts them, and how many of them hold no
/// scanned file (a package of generated code, an npm package shipping a binary), when three or more do.
func countedModules(_ modules: [ModuleReport.Module]) -> String {
    let empty = modules.filter { $0.files.isEmpty && $0.testFiles.isEmpty }.count
    return counted(modules.count, "module") + (empty >= 3 ? " (\(grouped(empty)) with no file scanned)" : "")
}
