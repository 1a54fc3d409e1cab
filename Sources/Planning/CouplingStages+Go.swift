import PlanNaming

/// What a coupling's home must respect between two Go packages (`CouplingStages+Home` picks it).
///
/// Go forbids importing a package below an `internal` folder from outside the tree rooted at that folder's
/// parent (`GoInternalRule`). A new shared package must be `internal` to their nearest common ancestor, so both
/// must sit in one go.mod module: across go.mod modules a shared home would have to become public API of one
/// module, and the finding is listed as not planned with why.
extension CouplingStages {
    struct GoSides {
        let first: PlanModule
        let second: PlanModule
        var sameModule: Bool { first.manifest == second.manifest }

        /// Why `importer` may not import `home` under the internal rule; nil when it may.
        func internalRule(home: String, importer: String) -> String? {
            guard !GoInternalRule.mayImport(importer, home, sameModule: sameModule) else { return nil }
            let scope = GoInternalRule.scope(of: home).map { $0.isEmpty ? "the module root" : $0 } ?? ""
            return "\(importer) may not import \(home): Go lets only packages below \(scope) import a package "
                + "under its internal/ folder"
        }

        /// Where the new require goes when the import crosses go.mod modules ("" within one).
        func require(home: String, importer: String) -> String {
            guard !sameModule else { return "" }
            let manifest = { (name: String) in name == first.name ? first.manifest : second.manifest }
            return " (\(manifest(importer)) then requires the module of \(manifest(home)))"
        }

        /// Why neither side may import the other, from the reasons of each direction: one phrase when the internal
        /// rule forbids both.
        func neither(_ blocked: [String]) -> String {
            let internalBoth = !GoInternalRule.mayImport(second.name, first.name, sameModule: sameModule)
                && !GoInternalRule.mayImport(first.name, second.name, sameModule: sameModule)
            return internalBoth
                ? "Go's internal rule: a package under an internal/ folder is importable only below that folder's parent"
                : blocked.joined(separator: "; ")
        }

        /// The reason there is no stage when the two sit in separate go.mod modules; nil within one.
        func separateModules(_ neither: String) -> String? {
            guard !sameModule else { return nil }
            return "\(first.name) ↔ \(second.name): neither may import the other (\(neither)) and they sit in separate "
                + "go.mod modules (\(first.manifest), \(second.manifest)), so no internal package can serve both"
        }

        /// The step moving the concept into a new package `name` below their common ancestor's `internal/`.
        func sharedStep(name: String, neither: String) -> String {
            let shared = GoInternalRule.sharedHome(
                name: name, folders: (first.roots.first ?? first.name, second.roots.first ?? second.name),
                paths: (first.name, second.name))
            return "Give that concept one home both may import: neither may import the other (\(neither)), so move it "
                + "into a new package \(shared.folder) (`\(shared.importPath)`), which every package below their "
                + "nearest common ancestor may import, and make both import it instead of repeating it"
        }
    }

    /// The two sides when both are Go packages; nil otherwise.
    func goSides() -> GoSides? {
        guard let a = modules.first, let b = modules.second, a.ecosystem == "go", b.ecosystem == "go" else { return nil }
        return GoSides(first: a, second: b)
    }
}
