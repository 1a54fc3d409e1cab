import SymbolScan

/// Declarations of one name move together, to one file: TypeScript merges an interface with the const, class or
/// namespace of its name (zod's `interface ZodType` and `const ZodType`), overload signatures stand just before their
/// implementation, a C prototype goes with its definition, and Python's `@overload`s with the `def` they describe.
/// Extensions, impls and Go's methods, named after the type they extend, move on their own.
extension FileSplitStages {
    /// Kinds named after the type they extend, which leave a file on their own (not the file's namesake either).
    static let extending: Set<String> = ["extension", "impl", "method"]

    /// For each declaration sharing its name with another (extensions aside), the indices of all of them.
    func namesakeGroups() -> [Int: [Int]] {
        var byName: [String: [Int]] = [:]
        for (index, declaration) in file.declarations.enumerated()
        where !Self.extending.contains(declaration.kind) && declaration.name != "_" {
            byName[declaration.name, default: []].append(index)
        }
        var groups: [Int: [Int]] = [:]
        for members in byName.values where members.count > 1 {
            for member in members { groups[member] = members }
        }
        return groups
    }

    /// What moves with `index` (`movingUnit`), with the namesakes of all of it and what they take along; nil when
    /// one of them may not move or together they are over `limit` lines.
    func unitWithNamesakes(_ index: Int, movable: Set<Int>, limit: Int, namesakes: [Int: [Int]]) -> Set<Int>? {
        var unit: Set<Int> = []
        var pending = [index]
        while let next = pending.popLast() {
            guard !unit.contains(next) else { continue }
            guard movable.contains(next), let part = movingUnit(next, movable: movable, limit: limit) else { return nil }
            unit.formUnion(part)
            pending += part.flatMap { namesakes[$0] ?? [] }.filter { !unit.contains($0) }
        }
        return unit.reduce(0) { $0 + file.declarations[$1].codeLines } <= limit ? unit : nil
    }

    /// `chosen` as the pieces a stage takes whole: each declaration with its namesakes, at the first one's place.
    static func atoms(_ chosen: [Declaration]) -> [[Declaration]] {
        BoundFiles.together(chosen) { extending.contains($0.kind) || $0.name == "_" ? nil : $0.name }
    }

    /// The file of its own a declaration goes to, by its name: a type's, or its namesake type's in `batch`.
    /// A Python module holds what belongs together rather than one class each: a small class (under
    /// `pythonOwnModuleLines` code lines) moving with others goes to their shared module, unless it is a test class
    /// (`Test…`: a test file is its unit). scrapy's test_http2_client_protocol.py sent 11 helper classes of 3 to 15
    /// lines each to a file of its own.
    func ownFileName(of declaration: Declaration, in batch: [Declaration]) -> String? {
        let type = ownFile(declaration) ? declaration
            : Self.extending.contains(declaration.kind) ? nil
            : batch.first { $0.name == declaration.name && ownFile($0) }
        if let type, fileExtension == ".py", batch.count > 1, type.codeLines < Self.pythonOwnModuleLines,
            !type.name.hasPrefix("Test")
        {
            return nil
        }
        return type.map { ownFileName($0.name) + fileExtension }
    }

    /// The code lines from which a Python class moving with others gets a module of its own.
    static let pythonOwnModuleLines = 50
}
