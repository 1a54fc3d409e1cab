/// One file's dependency on another of the same module: it uses names the other declares.
public struct FileDependency: Hashable, Sendable {
    /// The using file.
    public var from: String
    /// The declaring file.
    public var to: String
    /// How many distinct names `from` uses from `to` (the edge's weight).
    public var weight: Int
    /// Up to `SymbolGraph.namesKept` of those names, sorted: the evidence.
    public var names: [String]

    /// Creates a dependency.
    public init(from: String, to: String, weight: Int, names: [String]) {
        self.from = from
        self.to = to
        self.weight = weight
        self.names = names
    }
}

/// Links files by declarations and uses: a file depends on every file that declares a name it uses.
///
/// A name declared by more than `maximumDeclarers` files (`main`, `init`, a method name every type
/// has) says nothing about structure and is ignored, as are names the using file declares itself and
/// names shorter than three characters.
///
/// A file that extends a type another file declares (Swift `extension T`, Rust `impl T`) is part of that
/// type: its edge weighs `extensionWeight` more, so a split keeps the two together (tokens show the type's
/// name, not the members the extension shares with it).
public struct SymbolGraph: Sendable {
    /// Names listed per edge.
    public static let namesKept = 12
    /// What extending a type declared in another file adds to the edge: as much as this many shared names.
    public static let extensionWeight = 50
    /// Names declared by more files than this are ignored.
    public var maximumDeclarers = 4

    /// Creates the graph builder with the default limit.
    public init() {}

    /// Dependencies between `files`, sorted by (from, to); files with no facts are skipped.
    public func dependencies(_ files: [(path: String, facts: SymbolFacts)]) -> [FileDependency] {
        var declarers: [String: [Int]] = [:]
        for (index, file) in files.enumerated() {
            for name in file.facts.declaredNames where name.utf8.count >= 3 {
                declarers[name, default: []].append(index)
            }
        }
        declarers = declarers.filter { $0.value.count <= maximumDeclarers }
        var result: [FileDependency] = []
        for (index, file) in files.enumerated() {
            // Its own declarations shadow other files' (a private `Result` alias is its own too).
            let own = Self.ownNames(file.facts)
            var used: [Int: [String]] = [:]
            for name in file.facts.uses where !own.contains(name) {
                for declarer in declarers[name] ?? [] where declarer != index {
                    used[declarer, default: []].append(name)
                }
            }
            let extended = Set(file.facts.declarations.filter { $0.kind == "extension" || $0.kind == "impl" }.map(\.name))
            for (declarer, names) in used {
                let extensions = names.filter(extended.contains).count
                result.append(FileDependency(
                    from: file.path, to: files[declarer].path, weight: names.count + extensions * Self.extensionWeight,
                    names: Array(names.sorted().prefix(Self.namesKept))))
            }
        }
        return result.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// The names a file declares, those only it can use (Swift's `private`, what a module file does not export)
    /// included, extensions of other files' types not.
    static func ownNames(_ facts: SymbolFacts) -> Set<String> {
        let declared = facts.declarations.filter { !Declaration.extendingKinds.contains($0.kind) }.map(\.name)
        return Set(facts.declaredNames).union(declared)
    }

    /// The names `facts` uses that `declared` provides (for cross-module callers and cycle cuts), sorted.
    public func names(usedBy facts: SymbolFacts, from declared: Set<String>) -> [String] {
        let own = Self.ownNames(facts)
        return facts.uses.filter { declared.contains($0) && $0.utf8.count >= 3 && !own.contains($0) }
    }
}
