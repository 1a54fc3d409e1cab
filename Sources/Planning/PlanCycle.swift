import PlanNaming

/// A cycle between modules and the edges accrue proposes to cut.
public struct PlanCycle: Hashable, Sendable {
    public var modules: [String]
    public var cuts: [Cut]

    /// One import edge to cut: where `from` imports `to`, and what it uses from there.
    public struct Cut: Hashable, Sendable {
        public var from: String
        public var to: String
        /// The import statements, by file and line.
        public var sites: [ImportSite]
        /// Names declared in `to` that the importing files use: the interface to introduce.
        public var usedNames: [String]
        /// The same names by importing file (empty when not known), for a cut limited to some of the files.
        public var namesByFile: [String: [String]]
        /// The build files declaring the edge when accrue sees no import statement behind it (a dune file's
        /// `(libraries …)` in a language whose imports it does not read): there, the declaration is what goes.
        public var declaredIn: [String]

        /// Creates a cut.
        public init(
            from: String, to: String, sites: [ImportSite], usedNames: [String], namesByFile: [String: [String]] = [:],
            declaredIn: [String] = []
        ) {
            self.from = from
            self.to = to
            self.sites = sites
            self.usedNames = usedNames
            self.namesByFile = namesByFile
            self.declaredIn = declaredIn
        }
    }

    /// Creates a cycle.
    public init(modules: [String], cuts: [Cut]) {
        self.modules = modules
        self.cuts = cuts
    }
}

/// One import statement.
public struct ImportSite: Hashable, Sendable, Codable {
    public var path: String
    public var line: Int
    /// What the statement imports, as written.
    public var imports: String
    /// The module the statement imports when the edge runs through its re-export (the edge's `via`), not to the edge's
    /// end itself; nil for a direct import.
    public var through: String?

    /// Creates a site.
    public init(path: String, line: Int, imports: String, through: String? = nil) {
        self.path = path
        self.line = line
        self.imports = imports
        self.through = through
    }
}

/// Two modules that change together without importing each other.
public struct PlanCoupling: Hashable, Sendable {
    public var first: String
    public var second: String
    public var degree: Int
    public var sharedRevisions: Int
    /// File pairs across the two modules that changed together in the shared change sets, most first.
    public var filePairs: [FilePair]
    /// Names used by both sides of the top file pair that neither module declares (a shared concept).
    public var sharedNames: [String]

    /// Creates a coupling.
    public init(
        first: String, second: String, degree: Int, sharedRevisions: Int, filePairs: [FilePair],
        sharedNames: [String] = []
    ) {
        self.first = first
        self.second = second
        self.degree = degree
        self.sharedRevisions = sharedRevisions
        self.filePairs = filePairs
        self.sharedNames = sharedNames
    }
}

extension PlanCycle.Cut {
    /// The interface an inversion declares in the importing module, named after `to` as a type
    /// (`TokioStreamProviding`).
    var interfaceName: String { ModuleNaming.typeName(to) + "Providing" }

    /// What an inversion declares: the interface and the names it lists; nothing when no name of `to` is used.
    package var inversionDeclarations: [String] { usedNames.isEmpty ? [] : [interfaceName] + usedNames }

    /// The first step of inverting the edge in `owner` (`from`, or the module its files move to): declare what
    /// it uses from `to` as a protocol, or, when it uses no top-level name of `to`, take what it still needs.
    package func declarationStep(in owner: String, ecosystem: String? = nil) -> String {
        if sites.isEmpty && !declaredIn.isEmpty {
            // No import statement seen, so no used name either: saying it uses none would be a guess.
            return "\(owner) depends on \(to) through its build (\(declaredIn.joined(separator: ", "))), and accrue "
                + "reads no import statement behind it: find what \(owner) uses from \(to) and declare it in \(owner) "
                + "as \(ModuleNaming.interface(interfaceName, ecosystem: ecosystem))"
        }
        return usedNames.isEmpty
            ? "\(owner) uses no name \(to) declares at top level: move into \(owner) any extension members of "
                + "\(to) it calls (accrue does not see those), then delete the imports"
            : "In \(owner), declare \(ModuleNaming.interface(interfaceName, ecosystem: ecosystem)) with what it uses from \(to): "
                + namesText(usedNames, limit: 8)
    }

    /// The last step: the import statements that go, or the build's declaration when none is seen.
    package var deletionStep: String {
        if sites.isEmpty && !declaredIn.isEmpty {
            return "Remove \(to) from the dependencies declared in " + declaredIn.joined(separator: ", ")
        }
        let direct = sites.filter { $0.through == nil }
        let relayed = sites.filter { $0.through != nil }
        func listed(_ sites: [ImportSite]) -> String {
            sites.map { "\($0.path):\($0.line) (imports \($0.imports))" }.joined(separator: ", ")
        }
        var steps: [String] = []
        if !direct.isEmpty { steps.append("Delete the imports: " + listed(direct)) }
        if !relayed.isEmpty {
            // The import of the module re-exporting `to` may still be needed for that module's own names.
            let relays = Set(relayed.compactMap(\.through)).sorted().joined(separator: ", ")
            steps.append("Where \(from) reaches \(to) through the re-exports of \(relays) (" + listed(relayed)
                + "), stop using \(to)'s names there; keep each import only for \(relays)'s own names")
        }
        return steps.joined(separator: "; ")
    }

    /// Lines an inversion changes: the import lines, and a protocol with a conformance per name used.
    package func changedLines(budget: Int) -> Int {
        max(1, min(budget, sites.count + (usedNames.isEmpty ? 0 : 4 + 3 * usedNames.count)))
    }
}
