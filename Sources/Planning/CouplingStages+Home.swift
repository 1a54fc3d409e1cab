import PlanNaming

/// Where a coupling's shared concept goes, so that every import the stage adds builds and closes no cycle.
///
/// The first side is the home when the second may import it; else the second, when the first may import it;
/// else a new module both import; else no stage, and the finding is listed as not planned with why. A side may
/// import another unless that one already reaches it through the module imports (the import would close a cycle)
/// or, between Go packages, Go's internal rule forbids it (`+Go`). A new module would import what the concept's
/// files import: it is proposed only when none of those reaches either side (and, between Go packages, only within
/// one go.mod module, as a package in their nearest common ancestor's `internal/` folder).
extension CouplingStages {
    package enum Home {
        /// The step, and the import it makes (`importer → home`; nil for a new module both import, checked here).
        case step(String, imports: ModuleEdge? = nil)
        case none(reason: String)
    }

    /// The step that gives the concept its home, or why none builds.
    package func home() -> Home {
        let (first, second) = (coupling.first, coupling.second)
        let go = goSides()
        var blocked: [String] = []
        for (home, importer) in [(first, second), (second, first)] {
            if let why = go?.internalRule(home: home, importer: importer) ?? imports.cycle(importing: home, from: importer) {
                blocked.append(why)
                continue
            }
            let require = go?.require(home: home, importer: importer) ?? ""
            guard blocked.isEmpty && require.isEmpty else {
                let why = blocked.isEmpty ? "" : " (\(blocked.joined(separator: "; ")))"
                return .step(StepWording.oneHome(home, importer: importer, detail: require + why), imports: ModuleEdge(importer, home))
            }
            return .step(StepWording.oneHome(first, importer: second, eitherSide: true), imports: ModuleEdge(importer, home))
        }
        let neither = go?.neither(blocked) ?? blocked.joined(separator: "; ")
        if let go, let reason = go.separateModules(neither) { return .none(reason: reason) }
        let files = Array(Set(coupling.filePairs.prefix(3).flatMap { [$0.first, $0.second] })).sorted()
        if let cycle = imports.cycle(sharing: files, with: [first, second]) {
            return .none(reason: "\(first) ↔ \(second): neither may import the other (\(neither)), and \(cycle)")
        }
        if let go { return .step(go.sharedStep(name: sharedName(), neither: neither)) }
        return .step(StepWording.newHome(neither: neither))
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
