import AccrueKit
import Planning
import SourceScan
import SymbolScan

extension PlanInputBuilder {
    /// Modules with a `main-sequence-distance` finding: the abstract and concrete types the scan counted in their
    /// files, the files of the modules that ship and import them using their names (by module), and which of their
    /// declarations are abstract and which concrete types.
    func abstractions(
        _ distant: Set<String>, callers: [String: [Caller]], symbols: [String: SymbolFacts]
    ) -> [PlanAbstraction] {
        let modules = report.modules
        let reports = Dictionary(modules.scan.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var owner: [String: String] = [:]
        for module in modules.modules where module.declaration.kind != .test {
            for path in module.files { owner[path] = module.declaration.name }
        }
        return modules.modules.filter { distant.contains($0.declaration.name) }.map { module in
            let name = module.declaration.name
            let counts = module.files.compactMap { reports[$0]?.types }.reduce(TypeCounts(), +)
            var byModule: [String: [Caller]] = [:]
            for caller in callers[name] ?? [] {
                guard let user = owner[caller.path], user != name else { continue }
                byModule[user, default: []].append(caller)
            }
            let kinds = typeNames(module.files, symbols: symbols)
            return PlanAbstraction(
                module: name, instability: module.instability, abstractTypes: counts.abstract,
                concreteTypes: counts.concrete, callers: byModule, abstractNames: kinds.abstract,
                concreteNames: kinds.concrete)
        }
    }

    /// The declarations of `files` that are abstract types (declared by `protocol`, `interface` or `trait`, or
    /// whose line says `abstract class` or, in Go, `Name interface`) and those that are concrete ones (classes,
    /// structs, actors, records, objects; in Go `Name struct`, not a named `string` or `int`).
    private func typeNames(_ files: [String], symbols: [String: SymbolFacts]) -> (abstract: Set<String>, concrete: Set<String>) {
        var abstract = Set<String>()
        var concrete = Set<String>()
        let abstractKinds: Set<String> = ["protocol", "interface", "trait"]
        let concreteKinds: Set<String> = ["class", "struct", "actor", "record", "object"]
        for path in files {
            guard let facts = symbols[path] else { continue }
            var lines: [Substring]?
            for declaration in facts.declarations {
                if abstractKinds.contains(declaration.kind) {
                    abstract.insert(declaration.name)
                    continue
                }
                guard declaration.kind == "class" || declaration.kind == "type" else {
                    if concreteKinds.contains(declaration.kind) { concrete.insert(declaration.name) }
                    continue
                }
                // Read once per file, only for the kinds whose keyword does not say it.
                if lines == nil {
                    lines = report.modules.scan.source.read(path).map { String(decoding: $0, as: UTF8.self) }
                        .map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
                }
                let first = max(0, declaration.startLine - 1)
                let window = (lines ?? []).dropFirst(first).prefix(max(1, min(8, declaration.endLine - first)))
                if window.contains(where: { Self.declaresAbstract(declaration.name, in: $0) }) {
                    abstract.insert(declaration.name)
                } else if declaration.kind == "class" || window.contains(where: { Self.declares(declaration.name, "struct", in: $0) }) {
                    concrete.insert(declaration.name)
                }
            }
        }
        return (abstract, concrete.subtracting(abstract))
    }

    /// Whether `line` declares `name` followed by `keyword` (Go's `Name struct`).
    static func declares(_ name: String, _ keyword: String, in line: Substring) -> Bool {
        let words = line.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        guard let at = words.firstIndex(where: { $0 == name }) else { return false }
        return at + 1 < words.count && words[at + 1] == keyword
    }

    /// Whether `line` declares `name` abstract: `abstract class Name`, `abstract … class Name`, or `Name interface`.
    static func declaresAbstract(_ name: String, in line: Substring) -> Bool {
        let words = line.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        guard let at = words.firstIndex(where: { $0 == name }) else { return false }
        if declares(name, "interface", in: line) { return true }
        return at > 0 && words[..<at].contains("class") && words[..<at].contains("abstract")
    }
}
