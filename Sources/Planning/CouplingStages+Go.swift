import PlanNaming

/// Where a coupling's shared concept goes, so that every import the stage adds builds.
///
/// Go forbids importing a package below an `internal` folder from outside the tree rooted at that folder's
/// parent (`GoInternalRule`). Between two Go packages: the first side is the home when the second may import
/// it; else the second, when the first may import it; else, within one go.mod module, a new package in their
/// nearest common ancestor's `internal/` folder, which both may import; across go.mod modules no stage (a shared
/// home would have to become public API of one module), and the finding is listed as not planned with why.
extension CouplingStages {
    enum Home {
        case step(String)
        case none(reason: String)
    }

    /// The step that gives the concept its home, or why none builds.
    func home() -> Home {
        let (first, second) = (coupling.first, coupling.second)
        let plain = Home.step(
            "Give that concept one home: move it into \(first) (or a small module both import) and make "
                + "\(second) import it instead of repeating it; if the files are one feature, co-locate them")
        guard let a = modules.first, let b = modules.second, a.ecosystem == "go", b.ecosystem == "go" else {
            return plain
        }
        let sameModule = a.manifest == b.manifest
        // A new require crosses go.mod modules: say where it goes.
        let require = { (importer: PlanModule, home: PlanModule) -> String in
            sameModule ? "" : " (\(importer.manifest) then requires the module of \(home.manifest))"
        }
        if GoInternalRule.mayImport(second, first, sameModule: sameModule) {
            if sameModule { return plain }
            return .step(
                "Give that concept one home: move it into \(first) and make \(second) import it instead of repeating "
                    + "it\(require(b, a)); if the files are one feature, co-locate them")
        }
        let blocked = "\(second) may not import \(first): Go lets only packages below "
            + "\(GoInternalRule.scope(of: first).map { $0.isEmpty ? "the module root" : $0 } ?? "") import a package "
            + "under its internal/ folder"
        if GoInternalRule.mayImport(first, second, sameModule: sameModule) {
            return .step(
                "Give that concept one home: move it into \(second) and make \(first) import it instead of repeating "
                    + "it\(require(a, b)) (\(blocked)); if the files are one feature, co-locate them")
        }
        guard sameModule else {
            return .none(reason:
                "\(first) ↔ \(second): neither may import the other (Go's internal rule: a package under an "
                + "internal/ folder is importable only below that folder's parent) and they sit in separate go.mod "
                + "modules (\(a.manifest), \(b.manifest)), so no internal package can serve both")
        }
        let shared = GoInternalRule.sharedHome(
            name: sharedName(), folders: (a.roots.first ?? first, b.roots.first ?? second), paths: (first, second))
        return .step(
            "Give that concept one home both may import: neither may import the other (Go lets only packages below "
                + "the parent of an internal/ folder import what it holds), so move it into a new package "
                + "\(shared.folder) (`\(shared.importPath)`), which every package below their nearest common "
                + "ancestor may import, and make both import it instead of repeating it")
    }

    /// Names the shared package after the file both sides repeat (`version.go` on both sides: `version`), else
    /// `shared`.
    private func sharedName() -> String {
        guard let pair = coupling.filePairs.first else { return "shared" }
        let stem = { (path: String) -> String in
            let file = path.split(separator: "/").last.map(String.init) ?? path
            return file.hasSuffix(".go") ? String(file.dropLast(3)) : file
        }
        let name = stem(pair.first)
        let valid = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            && name.first?.isLetter == true
        return name == stem(pair.second) && valid && name != "internal" ? name : "shared"
    }
}
