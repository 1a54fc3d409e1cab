import SymbolScan

/// Where a file is a module that may not import another both ways (Haskell, OCaml, F#, Elm, PureScript; Python,
/// whose split imports the moved names back), what leaves a file is a lower layer: each declaration moves with
/// every declaration of the file it uses, directly or not, so the new files use nothing that stays and the old
/// file imports them. pandoc's plan had moved `blockToTypst` out of Typst.hs while it called `escapeTypst`, which
/// stayed, and `pandocToTypst`, which stayed, called it: an import cycle, which GHC rejects.
extension FileSplitStages {
    /// The compilers or runtimes that reject (or break on) a cycle of imports between a file's parts, by extension.
    static let acyclicModuleLanguages: [String: String] = [
        "hs": "GHC rejects one", "lhs": "GHC rejects one", "ml": "OCaml rejects one", "fs": "F# rejects one",
        "elm": "Elm rejects one", "purs": "PureScript rejects one",
        "py": "importing back through one fails on a partly initialised module",
    ]

    /// The last extension of the file (`py` of `a.test.py`), lower-cased.
    var lastExtension: String {
        guard let dot = file.path.lastIndex(of: "."), !file.path[dot...].contains("/") else { return "" }
        return file.path[file.path.index(after: dot)...].lowercased()
    }

    /// Whether what moves must be a lower layer (and the file's uses between declarations are known).
    /// A Python test module is imported by no one (pytest finds it by name), so it may import the helpers that
    /// stay; a `conftest.py` imports its moved fixtures back, as a package module its moved names.
    var movesLowerLayer: Bool {
        guard Self.acyclicModuleLanguages[lastExtension] != nil, file.declarationUses.count == file.declarations.count else {
            return false
        }
        return lastExtension != "py" || isPythonSource || fileName == "conftest.py"
    }

    /// The declarations that move with `index`: itself alone, or, for a lower layer, everything it uses in the
    /// file, directly or not; nil when one of those may not move or together they are over `limit` lines.
    func movingUnit(_ index: Int, movable: Set<Int>, limit: Int) -> Set<Int>? {
        guard movesLowerLayer else { return [index] }
        var unit: Set<Int> = [index]
        var pending = [index]
        var lines = 0
        while let next = pending.popLast() {
            guard movable.contains(next) else { return nil }
            lines += file.declarations[next].codeLines
            guard lines <= limit else { return nil }
            for used in file.declarationUses[next] where unit.insert(used).inserted { pending.append(used) }
        }
        return unit
    }

    /// `chosen` in an order where a declaration comes after those it uses (file order otherwise), so each stage's
    /// files use only what earlier stages moved.
    func layerOrder(_ chosen: Set<Int>) -> [Int] {
        var order: [Int] = []
        var visited: Set<Int> = []
        func visit(_ index: Int) {
            guard chosen.contains(index), visited.insert(index).inserted else { return }
            for used in file.declarationUses[index] { visit(used) }
            order.append(index)
        }
        for index in chosen.sorted() { visit(index) }
        return order
    }

    /// Whether the files a batch's declarations go to (`names`, one per declaration) would use each other in a
    /// cycle.
    func usesEachOther(_ batch: [Declaration], _ names: [String]) -> Bool {
        var edges: [String: Set<String>] = [:]
        for (position, declaration) in batch.enumerated() {
            guard let index = file.declarations.firstIndex(of: declaration) else { continue }
            for used in file.declarationUses[index] {
                guard let other = batch.firstIndex(of: file.declarations[used]), names[other] != names[position] else { continue }
                edges[names[position], default: []].insert(names[other])
            }
        }
        var state: [String: Bool] = [:]  // false: on the path, true: done
        func cyclic(_ node: String) -> Bool {
            if let done = state[node] { return !done }
            state[node] = false
            defer { state[node] = true }
            return edges[node, default: []].contains(where: cyclic)
        }
        return edges.keys.sorted().contains(where: cyclic)
    }

    /// The step that says why the split makes no import cycle, for a lower layer; and, for an OCaml file with an
    /// interface, how what moves stays behind that interface.
    var layerStep: [String] {
        guard movesLowerLayer, let language = Self.acyclicModuleLanguages[lastExtension] else { return [] }
        return ["What moves uses nothing that stays here, so \(fileName) imports it and no import cycle forms "
            + "(\(language))"] + interfaceStep
    }

    /// base's src/list.ml has src/list.mli: the values it declares that move must still be defined in list.ml.
    private var interfaceStep: [String] {
        guard file.path.hasSuffix(".ml"), taken.contains(file.path + "i") else { return [] }
        return ["\(file.path)i still declares what moves: `include` the new modules in \(fileName) (each new file "
            + "gets no .mli, or one of its own)"]
    }
}
