import AccrueKit
import DebtLedger
import DebtModel
import FileScanning
import Gate
import RuleCatalog
import FunctionTokens
import SourceScan
import ModuleGraph

/// A scan report's figures as a gate baseline, with locations for reports.
///
/// Function findings are keyed `path#name`; a second function of the same name in the same file is
/// `path#name#2` (in line order), so keys never carry line numbers. Severities are the thresholds' own
/// (before `mode: warn` caps them), so the gate can say what a warn-mode rule would fail on.
public enum BaselineSnapshot {
    /// The baseline of `report`, judged by `catalog`'s rules.
    public static func make(_ report: ScanReport, catalog: RuleCatalog) -> Baseline {
        let modules = report.modules
        var moduleOfFile: [String: String] = [:]
        var manifest: [String: GateLocation] = [:]
        for module in modules.modules {
            let name = module.declaration.name
            for path in module.files + module.testFiles { moduleOfFile[path] = name }
            manifest[name] = GateLocation(path: module.declaration.manifest, line: module.declaration.line)
        }
        let reports = Dictionary(modules.scan.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var files: [String: FileFigures] = [:]
        for account in report.files {
            guard let file = reports[account.name] else { continue }
            files[account.name] = FileFigures(
                module: moduleOfFile[account.name], codeLines: account.codeLines, functions: file.functions.count,
                maxComplexity: file.functions.map(\.complexity).max() ?? 0,
                maxFunctionLines: file.functions.map(\.length).max() ?? 0,
                maxNesting: file.functions.map(\.maxNesting).max() ?? 0, principalHours: account.principalHours,
                interestHoursPerMonth: account.interestHoursPerMonth, findings: account.findings)
        }
        let accounts = Dictionary(report.moduleAccounts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let cuts = modules.cycles.flatMap(\.cut)
        var moduleFigures: [String: ModuleFigures] = [:]
        for module in modules.modules {
            let name = module.declaration.name
            let own = module.files.compactMap { reports[$0] }
            let functions = own.flatMap(\.functions)
            let account = accounts[name]
            moduleFigures[name] = ModuleFigures(
                codeLines: module.lines.code, files: module.files.count,
                maxFileCodeLines: own.map(\.lines.code).max() ?? 0,
                maxComplexity: functions.map(\.complexity).max() ?? 0,
                maxFunctionLines: functions.map(\.length).max() ?? 0,
                maxNesting: functions.map(\.maxNesting).max() ?? 0,
                cycleCuts: cuts.filter { $0.from == name }.count, afferent: module.afferent, efferent: module.efferent,
                principalHours: account?.principalHours ?? 0, interestHoursPerMonth: account?.interestHoursPerMonth ?? 0,
                findings: account?.findings ?? 0, location: manifest[name])
        }
        var findings: [String: FindingFigures] = [:]
        let figures = findingFigures(
            report.findings, catalog: catalog, moduleOfFile: moduleOfFile, manifest: manifest,
            ordinal: ordinals(modules.scan.files))
        for figures in figures {
            findings[figures.key] = figures
        }
        var baseline = Baseline(
            commit: report.commit, figures: ScanAnalyzer.figuresVersion,
            totals: Baseline.Totals(
                codeLines: report.codeLines, principalHours: report.principalHours,
                interestHoursPerMonth: report.interestHoursPerMonth, cycles: modules.cycles.count,
                findings: report.findings.count),
            modules: moduleFigures, files: files, findings: findings, cycles: modules.cycles.map(\.modules))
        baseline.cycleCuts = cycleCuts(modules.cycles)
        baseline.cycleEdges = cycleEdges(modules.cycles, edges: modules.edges)
        return baseline
    }

    /// Functions of the same name in one file are numbered in line order (all functions, not only those with
    /// findings, so a new finding elsewhere in the file does not renumber), by `path NUL name NUL line`. The name
    /// is the function's `label`: a test callback is `test('empty') callback`, so adding a test above it does not
    /// renumber it as adding any `(anonymous)` function above did.
    private static func ordinals(_ files: [FileReport]) -> [String: Int] {
        var ordinal: [String: Int] = [:]
        for file in files {
            var seen: [String: Int] = [:]
            for function in file.functions.sorted(by: { $0.startLine < $1.startLine }) {
                seen[function.label, default: 0] += 1
                ordinal["\(file.path)\u{0}\(function.label)\u{0}\(function.startLine)"] = seen[function.label]
            }
        }
        return ordinal
    }

    /// Each cycle's weakest edges (those `accrue modules` names), with one import site to start from.
    private static func cycleCuts(_ cycles: [ModuleReport.Cycle]) -> [String: [String]] {
        var cuts: [String: [String]] = [:]
        for cycle in cycles {
            cuts[cycle.modules.sorted().joined(separator: "+")] = cycle.cut.map { edge in
                let count = "\(edge.sites) import\(edge.sites == 1 ? "" : "s")"
                let site = edge.firstImport.map { (edge.sites == 1 ? ", " : ", one at ") + $0 } ?? ""
                return "\(edge.from) → \(edge.to) (\(count)\(site))"
            }
        }
        return cuts
    }

    /// Each cycle's import edges with the files that make them, sorted by edge.
    private static func cycleEdges(_ cycles: [ModuleReport.Cycle], edges: [ModuleReport.Edge]) -> [String: [Baseline.CycleEdge]] {
        var result: [String: [Baseline.CycleEdge]] = [:]
        for cycle in cycles {
            let members = Set(cycle.modules)
            result[cycle.modules.sorted().joined(separator: "+")] = edges
                .filter { members.contains($0.from) && members.contains($0.to) }
                .map { Baseline.CycleEdge(from: $0.from, to: $0.to, files: $0.files.sorted()) }
                .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        }
        return result
    }

    private static func findingFigures(
        _ findings: [Finding], catalog: RuleCatalog, moduleOfFile: [String: String],
        manifest: [String: GateLocation], ordinal: [String: Int]
    ) -> [FindingFigures] {
        let directions = Dictionary(catalog.rules.map { ($0.id, $0.direction) }, uniquingKeysWith: { first, _ in first })
        return findings.map { finding in
            let direction = directions[finding.rule] ?? .higherIsWorse
            let severity = finding.thresholds.severity(of: finding.value, direction: direction) ?? finding.severity
            let kind: FindingFigures.Kind
            let subject: String
            var modules: [String] = []
            var location: GateLocation?
            switch finding.subject {
            case .file(let path):
                kind = .file
                subject = path
                location = GateLocation(path: path)
                modules = moduleOfFile[path].map { [$0] } ?? []
            case .function(let path, let name, let line):
                kind = .function
                let number = ordinal["\(path)\u{0}\(name)\u{0}\(line)"] ?? 1
                subject = "\(path)#\(name)" + (number > 1 ? "#\(number)" : "")
                location = GateLocation(path: path, line: line)
                modules = moduleOfFile[path].map { [$0] } ?? []
            case .module(let name):
                kind = .module
                subject = name
                location = manifest[name]
                modules = [name]
            case .pair(let first, let second):
                kind = .pair
                subject = "\(first)+\(second)"
                location = manifest[first]
                modules = [first, second]
            }
            return FindingFigures(
                rule: finding.rule, kind: kind, subject: subject, path: finding.subject.path, modules: modules,
                metric: finding.metric, value: finding.value, severity: severity,
                principalHours: finding.principal.hours, interestHoursPerMonth: finding.interest.hoursPerMonth,
                friction: finding.interest.friction, location: location)
        }
    }
}
