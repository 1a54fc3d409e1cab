import PlanNaming
import SymbolScan

/// A piece of a module that moves in one go: a whole file, or consecutive declarations of a file too
/// large for one stage.
package struct MoveUnit: Hashable {
    package var path: String
    /// The declarations moved, or nil for the whole file.
    package var declarations: [Declaration]?
    package var codeLines: Int
    /// Part number within its file (1-based) and the file's part count; 1 of 1 for a whole file.
    package var part = 1
    package var parts = 1

    package var isWholeFile: Bool { declarations == nil }

    /// The names of the declarations moved, in order; the blank identifier `_` (Go's `var _ X = …`) is no name.
    package var declaredNames: [String] { declarations?.map(\.name).filter { $0 != "_" } ?? [] }

    /// The names of the declarations moved, types and functions before values (`ModuleNaming.valuesLast`).
    package var namesByWeight: [String] {
        ModuleNaming.valuesLast((declarations ?? []).filter { $0.name != "_" }.map { ($0.name, $0.kind) })
    }

    /// "Sources/A/Big.swift lines 12–340 (`Parser`, `Token`)" or the path alone. Each name once (Go's methods are
    /// named after their receiver: gin's `Context` had 70), at most eight, types and functions before values.
    package var label: String {
        guard let declarations, let first = declarations.first, let last = declarations.last else { return path }
        var seen = Set<String>()
        let unique = namesByWeight.filter { seen.insert($0).inserted }
        var names = unique.prefix(8).map { "`\($0)`" }.joined(separator: ", ")
        if unique.count > 8 { names += " and \(unique.count - 8) more" }
        return "\(path) lines \(first.firstLine)–\(last.endLine) (\(names))"
    }

    /// Splits a file into units of at most `limit` code lines; nil when one declaration alone exceeds it
    /// (the file cannot move within the budget and stays where it is).
    package static func units(of file: PlanFile, limit: Int) -> [MoveUnit]? {
        if file.codeLines <= limit { return [MoveUnit(path: file.path, codeLines: file.codeLines)] }
        guard !file.declarations.isEmpty, file.declarations.allSatisfy({ $0.codeLines <= limit }) else { return nil }
        var groups: [[Declaration]] = [[]]
        var size = 0
        for declaration in file.declarations {
            if size + declaration.codeLines > limit, !(groups.last?.isEmpty ?? true) {
                groups.append([])
                size = 0
            }
            groups[groups.count - 1].append(declaration)
            size += declaration.codeLines
        }
        // Lines outside every region (imports, the header) travel with the first part.
        let covered = file.declarations.reduce(0) { $0 + $1.codeLines }
        let header = max(0, file.codeLines - covered)
        return groups.enumerated().map { index, group in
            MoveUnit(
                path: file.path, declarations: group,
                codeLines: group.reduce(0) { $0 + $1.codeLines } + (index == 0 ? min(header, 20) : 0),
                part: index + 1, parts: groups.count)
        }
    }

    /// The step that moves it into `folder`, the new module of `module`'s files, at the same place below its root.
    package func moveStep(to folder: String, from module: PlanModule, dropping shared: String = "") -> String {
        let destination = ModuleNaming.destination(
            of: path, fileName: newFileName(), folder: folder, module: module, dropping: shared)
        return "Move \(isWholeFile ? path : label) to \(destination)"
    }

    /// The part's own file, named after its first type or function, else its first value (`__files_escape_chars.lua`,
    /// not `__files_api.lua` after `local api = vim.api`).
    package func newFileName() -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard parts > 1, let first = namesByWeight.first else { return name }
        guard let dot = name.firstIndex(of: ".") else { return "\(name)_\(first)" }
        return partFileName(stem: String(name[..<dot]), part: first, extension: String(name[dot...]))
    }
}

/// `paths` in the order they can move: with `usedFirst`, a file after the files (among `paths`) it uses, else
/// after the files that use it; ties, and files waiting on a cycle, in path order.
package func dependencyOrder(_ paths: [String], dependencies: [FileDependency], usedFirst: Bool) -> [String] {
    let members = Set(paths)
    var waitsFor: [String: Set<String>] = [:]
    for dependency in dependencies where members.contains(dependency.from) && members.contains(dependency.to) {
        if usedFirst {
            waitsFor[dependency.from, default: []].insert(dependency.to)
        } else {
            waitsFor[dependency.to, default: []].insert(dependency.from)
        }
    }
    var pending = paths.sorted()
    var moved = Set<String>()
    var order: [String] = []
    while !pending.isEmpty {
        let waiting: (String) -> Int = { path in (waitsFor[path] ?? []).subtracting(moved).count }
        let next = pending.min { (waiting($0), $0) < (waiting($1), $1) } ?? pending[0]
        order.append(next)
        moved.insert(next)
        pending.removeAll { $0 == next }
    }
    return order
}

/// Packs pieces into batches of at most `limit` changed lines, in the order given; a piece's units (files bound to
/// each other, `BoundFiles`) go in one batch.
///
/// A unit's cost is its code lines plus its edits (import and visibility lines in files that stay).
package func packBatches(_ pieces: [[MoveUnit]], edits: (MoveUnit) -> Int, limit: Int, firstOverhead: Int) -> [[MoveUnit]] {
    var batches: [[MoveUnit]] = [[]]
    var size = firstOverhead
    for piece in pieces {
        let cost = piece.reduce(0) { $0 + $1.codeLines + edits($1) }
        if size + cost > limit, !(batches.last?.isEmpty ?? true) {
            batches.append([])
            size = 0
        }
        batches[batches.count - 1] += piece
        size += cost
    }
    return batches.filter { !$0.isEmpty }
}
