import FileScanning
import Planning
import SymbolScan
import AccrueKit
import FunctionTokens
import RuleCatalog
import SourceScan

extension PlanInputBuilder {
    /// Per type of `types` declared in `files`, its methods that its dependents call (`PlanAbstraction.methods`):
    /// the functions inside the type's regions (its declaration, its extensions and `impl` blocks, Go methods on
    /// it) that do something, named by a caller file that uses the type; every one of them for a caller whose
    /// language hides member uses.
    func methods(
        of types: Set<String>, in files: [String], reports: [String: FileReport], symbols: [String: SymbolFacts],
        callers: [Caller]
    ) -> [String: [String]] {
        let declared = declaredMethods(of: types, in: files, reports: reports, symbols: symbols)
        let table = catalog.languages
        let seesMembers = table.languages.map { SymbolExtractor(language: $0).seesMemberUses }
        var uses: [String: Set<String>?] = [:]
        func named(by path: String) -> Set<String>? {
            if let known = uses[path] { return known }
            let seen = table.language(forPath: path).map { seesMembers[$0] } ?? true
            let found = seen ? symbols[path].map { Set($0.uses) } ?? [] : nil
            uses[path] = found
            return found
        }
        var called: [String: [String]] = [:]
        for (type, methods) in declared {
            var names = Set<String>()
            for caller in callers where caller.names.contains(type) {
                guard let used = named(by: caller.path) else { names = methods; break }
                names.formUnion(methods.intersection(used))
            }
            if !names.isEmpty { called[type] = names.sorted() }
        }
        return called
    }

    /// Per type of `types`, the instance methods with behaviour inside its regions in `files`.
    private func declaredMethods(
        of types: Set<String>, in files: [String], reports: [String: FileReport], symbols: [String: SymbolFacts]
    ) -> [String: Set<String>] {
        var declared: [String: Set<String>] = [:]
        for path in files {
            guard let facts = symbols[path], let functions = reports[path]?.functions, !functions.isEmpty,
                facts.declarations.contains(where: { types.contains($0.name) })
            else { continue }
            let lines = textLines(of: path) ?? []
            for declaration in facts.declarations where types.contains(declaration.name) {
                for function in functions
                where (declaration.startLine...max(declaration.startLine, declaration.endLine)).contains(function.startLine)
                    && Self.isBehaviour(function.name, of: declaration.name)
                    && !Self.isStatic(at: function.startLine, in: lines, rust: path.hasSuffix(".rs"))
                {
                    declared[declaration.name, default: []].insert(function.name)
                }
            }
        }
        return declared
    }

    /// Whether the function declared on line `line` (1-based) of `lines` belongs to its type, not to an instance: an
    /// interface cannot stand in for `static` and `class func` members, `@staticmethod` and `@classmethod` (the
    /// line before), nor a Rust associated function, which takes no `self` on its first two lines. A Python
    /// `@property` counts here too: it is read like a stored property.
    static func isStatic(at line: Int, in lines: [Substring], rust: Bool) -> Bool {
        guard line >= 1, line <= lines.count else { return false }
        func words(_ index: Int) -> [Substring] {
            index >= 0 && index < lines.count ? lines[index].split { !($0.isLetter || $0.isNumber || $0 == "_") } : []
        }
        let own = words(line - 1)
        if own.contains("static") || zip(own, own.dropFirst()).contains(where: { $0 == "class" && $1 == "func" }) { return true }
        // Python's decorators: a function of the class, or a property read like a stored one.
        let decorators: Set<Substring> = ["staticmethod", "classmethod", "property"]
        if let above = words(line - 2).first, decorators.contains(above) { return true }
        if let first = own.first, decorators.contains(first) { return true }
        guard rust else { return false }
        // The signature up to its first `)`, over at most three lines.
        var signature = own
        var next = line
        while next < min(lines.count, line + 2), !lines[next - 1].contains(")") {
            signature += words(next)
            next += 1
        }
        return !signature.contains("self")
    }

    /// Functions that are no behaviour of their type: construction and destruction, equality, hashing, ordering,
    /// printing, copying, coding and conversion, which a value has as much as a service.
    static let valuePlumbing: Set<String> = [
        "init", "deinit", "new", "constructor", "default", "clone", "copy", "drop", "fmt", "eq", "ne", "hash", "cmp",
        "partial_cmp", "from", "into", "equals", "hashCode", "toString", "compareTo", "Equals", "GetHashCode",
        "ToString", "CompareTo", "description", "debugDescription", "encode", "decode", "String", "GoString",
        "MarshalJSON", "UnmarshalJSON",
    ]

    /// Statement keywords the function scan can report as a function's name (the `if` blocks of a C# property's
    /// `set` in jellyfin's NetworkConfiguration): no method.
    static let statements: Set<String> = [
        "if", "else", "for", "foreach", "while", "do", "switch", "catch", "using", "lock", "try", "finally", "return",
    ]

    /// Whether a function named `name` inside `type` is behaviour: none of `valuePlumbing`, no Python dunder
    /// (`__init__`, `__eq__`), no constructor named after the type, no accessor (`getName`, `setName`, `isEmpty`).
    static func isBehaviour(_ name: String, of type: String) -> Bool {
        guard name != type, !valuePlumbing.contains(name), !statements.contains(name), !(name.hasPrefix("__") && name.hasSuffix("__")),
            name.contains(where: \.isLetter), !name.hasPrefix("(")
        else { return false }
        return !["get", "set", "is"].contains { name.hasPrefix($0) && name.dropFirst($0.count).first?.isUppercase == true }
    }
}
