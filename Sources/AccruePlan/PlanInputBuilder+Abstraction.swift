import AccrueKit
import Planning
import SourceScan
import SymbolScan
import FileScanning
import ModuleGraph

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
                concreteNames: kinds.concrete,
                methods: methods(of: kinds.concrete, in: module.files, reports: reports, symbols: symbols,
                                 callers: byModule.values.flatMap { $0 }),
                afferent: module.afferent)
        }
    }

    /// The declarations of `files` that are abstract types (declared by `protocol`, `interface` or `trait`, or
    /// whose line says `abstract class` or, in Go, `Name interface`) and those that are concrete ones (classes,
    /// structs, actors, records, objects; in Go `Name struct`, not a named `string` or `int`).
    private func typeNames(_ files: [String], symbols: [String: SymbolFacts]) -> (abstract: Set<String>, concrete: Set<String>) {
        var abstract = Set<String>()
        var concrete = Set<String>()
        for path in files {
            guard let facts = symbols[path] else { continue }
            // Read only where a keyword does not say which (`class`, Go's `type`).
            let text = facts.declarations.contains { $0.kind == "class" || $0.kind == "type" }
                ? textLines(of: path) ?? [] : []
            let python = path.hasSuffix(".py") || path.hasSuffix(".pyi")
            for declaration in facts.declarations {
                switch Self.isAbstract(declaration, in: text, python: python) {
                case true?: abstract.insert(declaration.name)
                case false?: concrete.insert(declaration.name)
                case nil: break
                }
            }
        }
        return (abstract, concrete.subtracting(abstract))
    }

    /// Whether a declaration is an abstract type (true), a concrete one (false), or no type an interface can stand
    /// in front of (nil: a function, an enum, a Go `type Name string`); `text` is its file's lines. A Python class
    /// is abstract as the scan's `TypeCounter` reads it: a `Protocol`, an `ABC`, a `metaclass=ABCMeta`.
    static func isAbstract(_ declaration: Declaration, in text: [Substring], python: Bool = false) -> Bool? {
        if ["protocol", "interface", "trait"].contains(declaration.kind) { return true }
        guard declaration.kind == "class" || declaration.kind == "type" else {
            return ["struct", "actor", "record", "object"].contains(declaration.kind) ? false : nil
        }
        let first = max(0, declaration.startLine - 1)
        let window = text.dropFirst(first).prefix(max(1, min(8, declaration.endLine - first)))
        if python { return pythonAbstractBases(window) }
        if window.contains(where: { declaresAbstract(declaration.name, in: $0) }) { return true }
        // A C# `static class` holds functions, not state: nothing to stand behind an interface.
        if window.contains(where: { precedes(declaration.name, ["static", "class"], in: $0) }) { return nil }
        return declaration.kind == "class" || window.contains { declares(declaration.name, "struct", in: $0) } ? false : nil
    }

    /// Whether a Python class header (its lines up to the one ending in `:`) names an abstract base as the scan's
    /// `TypeCounter` reads one: `ABC`, `ABCMeta`, `Protocol`, bare or qualified (`abc.ABC`, `t.Protocol`), but not
    /// asyncio's or Twisted's `Protocol` (`asyncio.Protocol`, `protocol.Protocol`), concrete transport classes.
    static func pythonAbstractBases(_ lines: ArraySlice<Substring>) -> Bool {
        for line in lines {
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? line
            let names = code.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
            if names.contains(where: isAbstractPythonBase) { return true }
            if code.last(where: { !$0.isWhitespace }) == ":" { return false }
        }
        return false
    }

    /// Whether a dotted name is `ABC`, `ABCMeta` or a `Protocol` not of asyncio or Twisted.
    private static func isAbstractPythonBase(_ name: Substring) -> Bool {
        let parts = name.split(separator: ".")
        guard let last = parts.last else { return false }
        if last == "ABC" || last == "ABCMeta" { return true }
        return last == "Protocol" && (parts.count < 2 || !["asyncio", "protocol", "protocols"].contains(parts[parts.count - 2]))
    }

    /// Whether `line` declares `name` followed by `keyword` (Go's `Name struct`).
    static func declares(_ name: String, _ keyword: String, in line: Substring) -> Bool {
        let words = line.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        guard let at = words.firstIndex(where: { $0 == name }) else { return false }
        return at + 1 < words.count && words[at + 1] == keyword
    }

    /// Whether `line` declares `name` abstract: `abstract class Name`, `abstract … class Name`, or `Name interface`.
    static func declaresAbstract(_ name: String, in line: Substring) -> Bool {
        declares(name, "interface", in: line) || precedes(name, ["abstract", "class"], in: line)
    }

    /// Whether every word of `modifiers` comes before `name` on `line`.
    static func precedes(_ name: String, _ modifiers: [Substring], in line: Substring) -> Bool {
        let words = line.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        guard let at = words.firstIndex(where: { $0 == name }) else { return false }
        return modifiers.allSatisfy(words[..<at].contains)
    }
}
