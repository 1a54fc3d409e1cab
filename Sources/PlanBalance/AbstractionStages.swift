import DebtLedger
import Planning
import DebtModel
import SymbolScan

/// Stages that bring a depended-upon module back to Martin's main sequence: D = |A + I − 1| within the rule's
/// warning, A its abstract types ÷ all its types, I its instability.
///
/// - **Zone of pain** (stable and concrete, A + I < 1): put the concrete types whose methods its dependents call,
///   those most dependents use first, behind interfaces declared in the module (Swift `protocol`, Rust `trait`, Go
///   `type … interface`, `interface` elsewhere), as many as bring A to 1 − I − warning, up to three a stage; the
///   dependents take the interface. A type they only read (a value, a record) is data: no interface shields them.
/// - **Zone of uselessness** (abstract and unstable, A + I > 1): fold back in the abstract types no dependent uses.
///
/// When the dependents call methods of fewer concrete types than needed, each gets its interface and the last stage says how
/// far D stays over (an interface for a type nobody outside uses is no seam). No stage when they use none, when
/// more than `maximumTypes` are needed, or when what they use saves nothing: the plan says why instead.
package struct AbstractionStages {
    let module: PlanModule
    let abstraction: PlanAbstraction
    /// The module's `main-sequence-distance` finding.
    let finding: Finding
    let settings: PlanSettings

    /// New or folded abstract types past which the repair is a redesign, not a few pull requests.
    static let maximumTypes = 12
    /// Types a stage puts behind interfaces (or folds back in).
    static let typesPerStage = 3

    /// The stages, or why there are none.
    package enum Outcome {
        case stages([PlanStage])
        case none(String)
    }

    /// Creates the builder for one module.
    package init(module: PlanModule, abstraction: PlanAbstraction, finding: Finding, settings: PlanSettings) {
        self.module = module
        self.abstraction = abstraction
        self.finding = finding
        self.settings = settings
    }

    private var group: String { "balance-abstractness:\(module.name)" }
    private var warning: Double { finding.thresholds.warning }
    private var spelling: String { module.spelling }
    private var total: Int { abstraction.abstractTypes + abstraction.concreteTypes }

    package func plan() -> Outcome {
        guard let needed = abstraction.typesNeeded(warning: warning), needed != 0 else {
            return .none("\(module.name): \(figures(adding: 0)) is within \(decimalText(warning)) by its type counts")
        }
        guard !Self.unmeasured.contains(spelling) else {
            return .none("\(module.name): accrue counts no abstract type in its language (\(spelling))")
        }
        return needed > 0 ? abstractions(needed) : folds(-needed)
    }

    /// Spellings without a type the scan counts as abstract (an npm package of JavaScript, C, C++ folders).
    private static let unmeasured: Set<String> = ["javascript", "c", "cmake", "dune", "cabal", "mix", "otp", "gem", "luarocks"]

    // MARK: - Zone of pain

    /// A concrete type the dependents use for its behaviour: the modules and files using it, the methods they call.
    private struct Used {
        let name: String
        let path: String
        let modules: [String]
        let files: [String]
        let methods: [String]
    }

    /// The concrete types whose methods the dependents call, and how many more they use only as data (a value
    /// they read: an interface over its stored properties shields them from nothing).
    private func used() -> (behaviour: [Used], data: Int) {
        var result: [Used] = []
        var data = 0
        // A type named like a part of the module's name (`ModuleGraph` in ModuleGraph, `Model` in MediaBrowser.Model)
        // is named by every `import`/`using` line too: its uses are not told apart from the imports.
        var seen = Set(module.name.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init))
        for file in module.files {
            for declaration in file.declarations where canStandBehindInterface(declaration.name, kind: declaration.kind) {
                guard seen.insert(declaration.name).inserted else { continue }
                let users = abstraction.callers.mapValues { $0.filter { $0.names.contains(declaration.name) } }
                    .filter { !$0.value.isEmpty }
                guard !users.isEmpty else { continue }
                guard let methods = abstraction.methods[declaration.name], !methods.isEmpty else {
                    data += 1
                    continue
                }
                result.append(Used(
                    name: declaration.name, path: file.path, modules: users.keys.sorted(),
                    files: users.values.joined().map(\.path).sorted(), methods: methods))
            }
        }
        // The names the most dependents use first: their interface serves the most importers.
        let sorted = result.sorted {
            ($1.modules.count, $1.files.count, $0.name) < ($0.modules.count, $0.files.count, $1.name)
        }
        return (sorted, data)
    }

    /// Whether an interface can stand in front of the declared type: a concrete type, in its own file (not an
    /// extension's), that other packages see (Go exports capitalized names; a leading `_` is private by convention in
    /// Python and JavaScript, by rule in Dart, and an implementation detail in Swift: langgraph's `_DeltaSnapshot`),
    /// and no error or event argument (thrown and raised, not called through).
    private func canStandBehindInterface(_ name: String, kind: String) -> Bool {
        abstraction.concreteNames.contains(name)
            && !["extension", "impl", "method"].contains(kind)
            && (spelling != "go" || name.first?.isUppercase == true) && !name.hasPrefix("_")
            && !["Exception", "Error", "EventArgs"].contains(where: name.hasSuffix)
    }

    private func abstractions(_ needed: Int) -> Outcome {
        let (candidates, data) = used()
        guard needed <= Self.maximumTypes, !candidates.isEmpty else {
            return .none(tooFew(needed, used: candidates.count, data: data))
        }
        let chosen = Array(candidates.prefix(needed))
        let batches = stride(from: 0, to: chosen.count, by: Self.typesPerStage).map {
            Array(chosen[$0..<min(chosen.count, $0 + Self.typesPerStage)])
        }
        var stages = shared(batches.map(interfaceBatch), step: 1)
        // As a file split that cannot reach its warning says so: the dependents call methods of no other concrete type. A
        // partial repair that saves nothing (the friction still at its cap) is no repair.
        if chosen.count < needed, let last = stages.indices.last {
            guard stages.contains(where: { $0.interestSavedHoursPerMonth > 0 }) else {
                return .none(tooFew(needed, used: candidates.count, data: data) + ", which saves nothing")
            }
            let more = needed - chosen.count
            stages[last].why += " Its dependents call methods of no other concrete type of \(module.name), so D stays over "
                + "\(decimalText(warning)): \(more) more abstract type\(more == 1 ? "" : "s") would bring it within."
        }
        return .stages(stages)
    }

    private func tooFew(_ needed: Int, used: Int, data: Int) -> String {
        let bound = min(used, Self.maximumTypes)
        return "\(module.name): \(figures(adding: 0)) needs \(needed) new abstract type\(needed == 1 ? "" : "s") "
            + "to come within "
            + "\(decimalText(warning))"
            + (needed > Self.maximumTypes ? " (more than \(Self.maximumTypes) is a redesign, not a few pull requests)" : "")
            + ", but its dependents call "
            + (used == 0 ? "no method of its concrete types" : "methods of \(used) of its concrete types")
            + (data == 0 ? "" : " and use \(data) more only as data they read, which an interface would not shield them from")
            + (bound == 0 ? ""
                : "; \(bound) interface\(bound == 1 ? "" : "s") would leave D at \(decimalText(abstraction.distance(adding: bound)))")
    }

    /// The interface a type goes behind: `IName` in .NET, `NameProtocol` elsewhere.
    private func interfaceName(_ type: String) -> String { spelling == "dotnet" ? "I\(type)" : "\(type)Protocol" }

    private func interfaceBatch(_ batch: [Used]) -> Batch {
        let steps = batch.map { (type: Used) -> String in
            let interface = interfaceName(type.name)
            let declared = module.interfaceDeclaration(interface)
            let users = type.modules.count > 4
                ? type.modules.prefix(3).joined(separator: ", ") + " and \(type.modules.count - 3) more modules"
                : type.modules.joined(separator: ", ")
            return "In \(type.path), declare \(declared) with the members of `\(type.name)` that \(users) use (its "
                + "methods \(namesText(type.methods, limit: 4)); name it for the role they use it in), make "
                + "`\(type.name)` conform, and have \(filesText(type.files)) take "
                + "`\(interface)` where they take `\(type.name)`"
        }
        let kind = batch.count == 1 ? "an interface" : "interfaces"
        let lines = batch.reduce(0) { $0 + 6 + 2 * $1.files.count }
        return (
            steps: steps, declarations: batch.flatMap { [interfaceName($0.name), $0.name] },
            files: Set(batch.flatMap { [$0.path] + $0.files }).sorted(), lines: lines,
            title: "Put \(namesText(batch.map(\.name), limit: 3)) behind \(kind) in \(module.name)")
    }

    // MARK: - Zone of uselessness

    private func folds(_ needed: Int) -> Outcome {
        let usedNames = Set(abstraction.callers.values.joined().flatMap(\.names))
        let unused = module.files.flatMap { file in
            file.declarations.filter { abstraction.abstractNames.contains($0.name) && !usedNames.contains($0.name) }
                .map { (name: $0.name, path: file.path, lines: $0.codeLines) }
        }.sorted { ($0.lines, $0.name) < ($1.lines, $1.name) }
        guard needed <= Self.maximumTypes, needed <= unused.count else {
            return .none(
                "\(module.name): \(figures(adding: 0)) is abstract and unstable: fold \(needed) of its "
                    + "\(abstraction.abstractTypes) abstract types back in, but accrue "
                    + (unused.isEmpty ? "knows none that no dependent uses"
                        : "knows only \(unused.count) that no dependent uses (\(namesText(unused.map(\.name), limit: 4)))")
                    + ": look for those with a single conformer, or used only by its tests")
        }
        let chosen = Array(unused.prefix(needed))
        let batches = stride(from: 0, to: chosen.count, by: Self.typesPerStage).map {
            Array(chosen[$0..<min(chosen.count, $0 + Self.typesPerStage)])
        }
        return .stages(shared(batches.map(foldBatch), step: -1))
    }

    private func foldBatch(_ batch: [(name: String, path: String, lines: Int)]) -> Batch {
        let steps = batch.map { (type: (name: String, path: String, lines: Int)) -> String in
            "In \(type.path), fold `\(type.name)` back in (no dependent uses it): where \(module.name) uses it, use its "
                + "conforming type, then delete it"
        }
        return (
            steps: steps, declarations: batch.map(\.name), files: Set(batch.map(\.path)).sorted(),
            lines: batch.reduce(0) { $0 + $1.lines + 4 },
            title: "Fold \(namesText(batch.map(\.name), limit: 3)) back into \(module.name)")
    }

    // MARK: - Stages

    private typealias Batch = (steps: [String], declarations: [String], files: [String], lines: Int, title: String)

    /// One stage per batch, each adding (`step` 1) or removing (−1) an abstract type per batch member; each saves
    /// what the distance it leaves no longer charges, and the rule's hours are shared by the lines they change.
    private func shared(_ batches: [Batch], step: Int) -> [PlanStage] {
        let lines = batches.map { min(settings.budget, $0.lines) }
        let all = Double(max(1, lines.reduce(0, +)))
        var stages: [PlanStage] = []
        var changed = 0
        for (index, batch) in batches.enumerated() {
            let before = abstraction.distance(adding: changed)
            changed += step * batch.steps.count
            let after = abstraction.distance(adding: changed)
            stages.append(PlanStage(
                id: "\(group):\(index + 1)", kind: .balanceAbstractness,
                title: batch.title + (batches.count > 1 ? " (\(index + 1)/\(batches.count))" : ""),
                why: whyText + " After this stage: \(figures(adding: changed)).",
                steps: batch.steps, files: batch.files, declarations: batch.declarations, changedLines: lines[index],
                principalHours: finding.principal.hours * Double(lines[index]) / all,
                interestSavedHoursPerMonth: finding.interestSaved(from: before, to: after),
                needs: stages.last.map { [$0.id] } ?? [],
                checks: [PlanCheck(
                    rule: "main-sequence-distance", subject: "module \(module.name)", comparison: "<=",
                    value: (after * 100).rounded(.up) / 100,
                    text: "main-sequence-distance of \(module.name) ≤ \(decimalText((after * 100).rounded(.up) / 100))")],
                group: group))
        }
        return stages
    }

    /// A, I and D in words, after `added` abstract types.
    private func figures(adding added: Int) -> String {
        "A \(decimalText(abstraction.abstractness(adding: added))) (\(abstraction.abstractTypes + added) of "
            + "\(total + added) types abstract), I \(decimalText(abstraction.instability)), "
            + "D \(decimalText(abstraction.distance(adding: added)))"
    }

    private var whyText: String {
        let pain = abstraction.abstractness(adding: 0) + abstraction.instability < 1
        return "\(module.name) is imported by \(importersText) and is "
            + (pain ? "stable but concrete" : "abstract but unstable") + " (\(figures(adding: 0)), over "
            + "\(decimalText(warning))): "
            + (pain ? "every change to a type they use is carried into them, where an interface would hold still"
                : "its abstractions cost indirection no dependent needs")
            + ". It charges \(hoursText(finding.interest.hoursPerMonth)) a month."
    }

    /// "13 modules", and how many of them name its types when fewer do (the others use them through another
    /// module's values: `report.history.coupling`).
    private var importersText: String {
        let naming = abstraction.dependents.count
        let ca = abstraction.afferent ?? naming
        let modules = ca == 1 ? "1 module" : "\(ca) modules"
        guard naming < ca else { return modules }
        return modules + " (\(naming == 0 ? "none" : "\(naming)") of them \(naming == 1 ? "names" : "name") its types)"
    }

    private func filesText(_ files: [String]) -> String {
        files.count > 3 ? files.prefix(3).joined(separator: ", ") + " and \(files.count - 3) more files"
            : files.joined(separator: ", ")
    }
}
