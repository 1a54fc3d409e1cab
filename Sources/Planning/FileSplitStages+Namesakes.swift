import PlanNaming
import SymbolScan

/// Declarations of one name move together, to one file: TypeScript merges an interface with the const, class or
/// namespace of its name (zod's `interface ZodType` and `const ZodType`), overload signatures stand just before their
/// implementation, a C prototype goes with its definition, Python's `@overload`s with the `def` they describe, and a
/// Swift operator function with the type of its first parameter (`Declaration.operand`).
/// Extensions, impls and Go's methods, named after the type they extend, move on their own.
extension FileSplitStages {
    /// Kinds named after the type they extend, which leave a file on their own (not the file's namesake either).
    static let extending: Set<String> = ["extension", "impl", "method"]

    /// For each declaration sharing its name with another (extensions aside), the indices of all of them.
    func namesakeGroups() -> [Int: [Int]] {
        var byName: [String: [Int]] = [:]
        for (index, declaration) in file.declarations.enumerated()
        where !Self.extending.contains(declaration.kind) && declaration.name != "_" {
            byName[Self.namesakeKey(declaration), default: []].append(index)
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
        BoundFiles.together(chosen) { extending.contains($0.kind) || $0.name == "_" ? nil : namesakeKey($0) }
    }

    /// The name a declaration moves together under: its own, or a Swift operator function's operand type's
    /// (`func == (lhs: Point, rhs: Point)` goes with `struct Point`).
    static func namesakeKey(_ declaration: Declaration) -> String { declaration.operand ?? declaration.name }

    /// The file of its own a declaration goes to, by its name: a type's, or its namesake type's in `batch`.
    /// A Python module holds what belongs together rather than one class each: a small class (under
    /// `pythonOwnModuleLines` code lines) moving with others goes to their shared module, unless it is a test class
    /// (`Test…`: a test file is its unit). scrapy's test_http2_client_protocol.py sent 11 helper classes of 3 to 15
    /// lines each to a file of its own.
    /// An extension, impl or method goes with its type when the type moves in the same stage (syn's `impl Lifetimes`
    /// had gone to a shared file while `struct Lifetimes` went to lifetimes.rs). A Rust inline module goes to its
    /// module file (`rustModuleFile`).
    func ownFileName(of declaration: Declaration, in batch: [Declaration]) -> String? {
        if let moduleFile = rustModuleFile(declaration) { return moduleFile }
        let key = Self.namesakeKey(declaration)
        let type = ownFile(declaration) ? declaration : batch.first { $0.name == key && ownFile($0) }
        if let type, fileExtension == ".py", batch.count > 1, type.codeLines < Self.pythonOwnModuleLines,
            !type.name.hasPrefix("Test")
        {
            return nil
        }
        return type.map { ownFileName($0.name) + fileExtension }
    }

    /// Rust: the file an inline `mod x { … }` moves to, where its module path places it, so only `mod x;` (with its
    /// attributes, `#[cfg(test)]`) stays in its place: `x.rs` in the folder of this file's own module (`print.rs` →
    /// `print/x.rs`; `lib.rs`, `main.rs` and `mod.rs` → beside them). Starship's split had sent `explain` and the
    /// `#[cfg(test)] mod test` together to print_test.rs. Nil for any other declaration.
    func rustModuleFile(_ declaration: Declaration) -> String? {
        guard fileExtension == ".rs", declaration.kind == "mod" else { return nil }
        return rustModuleFolder + declaration.name + ".rs"
    }

    /// Rust: where this file's child modules' files lie (`SplitFileNames.rustModuleFolder`), so nothing else
    /// declares them.
    var rustModuleFolder: String { naming.rustModuleFolder }

    /// Rust: a new file is a module only once declared; this file declares them, and leaves `mod x;` where an inline
    /// module was.
    func rustModuleSteps(_ batch: [Declaration]) -> [String] {
        guard fileExtension == ".rs" else { return [] }
        let inline = batch.filter { $0.kind == "mod" }
        let items = batch.contains { $0.kind != "mod" }
        let each = inline.count > 1 ? " (each moved module)" : ""
        let leave = inline.first.map {
            let visibility = file.rustVisibilities[$0.startLine].map { $0 + " " } ?? ""
            return "Leave `\(visibility)mod \($0.name);` where `\($0.name)` was\(each)"
                + attributesClause(of: $0, alone: inline.count == 1)
        }
        let declare = "Declare each new file a module of \(fileName) (`mod name;`) and `use` back what stays here or "
            + "what the crate reaches through \(fileName) (`pub(crate) use name::Item;`)"
        return (leave.map { [$0] } ?? []) + (items ? [declare] : [])
    }

    /// The attributes an inline module's `mod x;` line keeps, as the file has them (`PlanFile.rustAttributes`):
    /// crossbeam-epoch's `mod tests` has `#[cfg(all(test, not(crossbeam_loom)))]` and an `#[allow(…)]`, where the
    /// step had quoted `#[cfg(test)]`. Where several modules move, or the text was not read, the attributes are named
    /// only.
    private func attributesClause(of module: Declaration, alone: Bool) -> String {
        guard alone, let attributes = file.rustAttributes[module.startLine] else { return ", with its attributes" }
        guard !attributes.isEmpty else { return "" }
        return ", with its attributes (" + attributes.map { "`\($0)`" }.joined(separator: ", ") + ")"
    }

    /// The code lines from which a Python class moving with others gets a module of its own.
    static let pythonOwnModuleLines = 50
}
