/// Files a change moved, followed: refactoring by moving code must not read as new debt.
extension Baseline {
    /// This baseline with each file the head moved re-keyed to its new path, findings included.
    ///
    /// `known` are the moves git's rename detection found (old path → new path, by content: `git mv tree.go
    /// router_tree.go`); beyond them, a move is a path gone from the head whose file name is that of exactly one
    /// path new in the head, and of no other gone path (`Sources/FunctionScan/PythonGrammar.swift` → `Sources/ScriptFunctions/PythonGrammar.swift`).
    /// Its findings are then compared as the same findings (made worse, or not), not as a new file breaking
    /// rules; the file's figures as the same file's. Ambiguous names (two `index.ts` gone) are not followed.
    public func followingMoves(to head: Baseline, known: [String: String] = [:]) -> Baseline {
        var moves = known.filter { files[$0.key] != nil && head.files[$0.key] == nil && head.files[$0.value] != nil
            && files[$0.value] == nil }
        let taken = Set(moves.values)
        for (old, new) in movedPaths(to: head) where moves[old] == nil && !taken.contains(new) { moves[old] = new }
        guard !moves.isEmpty else { return self }
        var moved = self
        for (old, new) in moves { moved.files[new] = moved.files.removeValue(forKey: old) }
        var findings: [String: FindingFigures] = [:]
        for finding in self.findings.values {
            var figures = finding
            if let old = finding.path, let new = moves[old] {
                figures.path = new
                figures.subject = new + finding.subject.dropFirst(old.count)
            }
            findings[figures.key] = figures
        }
        moved.findings = findings
        return moved
    }

    /// Old path → new path for each unambiguous move.
    private func movedPaths(to head: Baseline) -> [String: String] {
        func name(_ path: String) -> Substring { path.split(separator: "/").last ?? Substring(path) }
        var gone: [Substring: [String]] = [:]
        for path in files.keys where head.files[path] == nil { gone[name(path), default: []].append(path) }
        guard !gone.isEmpty else { return [:] }
        var added: [Substring: [String]] = [:]
        for path in head.files.keys where files[path] == nil { added[name(path), default: []].append(path) }
        var moves: [String: String] = [:]
        for (fileName, olds) in gone where olds.count == 1 {
            if let news = added[fileName], news.count == 1 { moves[olds[0]] = news[0] }
        }
        return moves
    }
}

/// Modules a change split off or renamed, followed: a module's debt moves with its code, as a file's does.
extension Baseline {
    /// For each module new in `head`, the module of this baseline that held most of its files (more than half of
    /// those this baseline measures, after `followingMoves`): the module it was split from or renamed from.
    /// accrue's own Lexing, split from SourceScan, inherits SourceScan's main-sequence distance: the structural
    /// position of the lexer's code did not change when it got a name of its own.
    public func predecessors(in head: Baseline) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        var sizes: [String: Int] = [:]
        for (path, file) in head.files {
            guard let module = file.module, modules[module] == nil else { continue }
            sizes[module, default: 0] += 1
            if let old = files[path]?.module { counts[module, default: [:]][old, default: 0] += 1 }
        }
        var result: [String: String] = [:]
        for (module, origins) in counts {
            guard let (origin, held) = origins.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                2 * held > sizes[module, default: 0]
            else { continue }
            result[module] = origin
        }
        return result
    }

    /// Modules new in `head` most of whose files (more than half) this baseline measured, in any module: code
    /// moved into a module of its own, by a split or an extraction from several.
    public func modulesOfMovedCode(in head: Baseline) -> Set<String> {
        var moved: [String: (held: Int, all: Int)] = [:]
        for (path, file) in head.files {
            guard let module = file.module, modules[module] == nil else { continue }
            moved[module, default: (0, 0)].all += 1
            if files[path] != nil { moved[module, default: (0, 0)].held += 1 }
        }
        return Set(moved.filter { 2 * $0.value.held > $0.value.all }.keys)
    }
}
