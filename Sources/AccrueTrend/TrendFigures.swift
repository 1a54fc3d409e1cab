import AccrueKit
import Foundation
import FileScanning
import SourceScan
import DebtLedger
import ModuleGraph

/// The figures of one trend sample: repository totals and one row per module.
///
/// Built from a `ScanReport` by `init(_:)` only, so a sample equals `accrue scan --rev` of its commit
/// by construction; stored in the store as JSON (these keys are also `accrue.trend/1`'s).
public struct TrendFigures: Codable, Hashable, Sendable {
    /// One module's figures at the sample.
    public struct Module: Codable, Hashable, Sendable {
        public var name: String
        public var codeLines: Int
        /// Functions with at least one finding (length, complexity or nesting beyond a threshold).
        public var functionsOverThresholds: Int
        /// Import cycles the module is part of.
        public var cycles: Int
        /// Hidden couplings (modules changing together without importing each other) it is part of.
        public var couplings: Int
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        /// Its source folders (or files), sorted: a module renamed between two samples keeps them
        /// (`TrendRenames`). Nil in samples stored before trend-2.
        public var roots: [String]?
    }

    public var codeLines: Int
    public var files: Int
    public var functionsOverThresholds: Int
    public var cycles: Int
    public var couplings: Int
    public var findings: Int
    public var principalHours: Double
    public var interestHoursPerMonth: Double
    /// What the changes of the month before the sample cost in healthy code (`ScanReport.changeHoursPerMonth`).
    public var changeHoursPerMonth: Double
    public var debtRatio: Double
    public var rating: String
    public var historyCommits: Int
    /// The module size budget (code lines): warning and error thresholds.
    public var budgetWarning: Int
    public var budgetError: Int
    /// Modules by name.
    public var modules: [Module]

    /// Interest ÷ what the changes cost (`ScanReport.interestRate`): the debt's weight on the work of the time,
    /// which does not grow with the team as the hours do. 0 without changes.
    public var interestRate: Double { changeHoursPerMonth > 0 ? interestHoursPerMonth / changeHoursPerMonth : 0 }

    /// The figures of a scan report.
    public init(_ report: ScanReport) {
        var functions: [String: Set<String>] = [:]
        let moduleOfFile = report.moduleOfFile
        for finding in report.findings {
            guard case .function(let path, let name, let line) = finding.subject else { continue }
            let module = moduleOfFile[path] ?? ""
            functions[module, default: []].insert("\(path)\u{0}\(name)\u{0}\(line)")
        }
        let hidden = report.modules.hiddenCouplings
        let accounts = Dictionary(report.moduleAccounts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        modules = report.modules.modules.map { module in
            let name = module.declaration.name
            let account = accounts[name]
            return Module(
                name: name, codeLines: module.lines.code, functionsOverThresholds: functions[name]?.count ?? 0,
                cycles: report.modules.cycles.filter { $0.modules.contains(name) }.count,
                couplings: hidden.filter { $0.first == name || $0.second == name }.count,
                principalHours: account?.principalHours ?? 0, interestHoursPerMonth: account?.interestHoursPerMonth ?? 0,
                roots: module.declaration.roots.sorted())
        }.sorted { $0.name < $1.name }
        codeLines = report.codeLines
        files = report.modules.scan.files.count
        functionsOverThresholds = functions.values.reduce(0) { $0 + $1.count }
        cycles = report.modules.cycles.count
        couplings = hidden.count
        findings = report.findings.count
        principalHours = report.principalHours
        interestHoursPerMonth = report.interestHoursPerMonth
        changeHoursPerMonth = report.changeHoursPerMonth
        debtRatio = report.debtRatio
        rating = String(report.rating)
        historyCommits = report.historyCommits
        budgetWarning = report.modules.budget.warning
        budgetError = report.modules.budget.error
    }
}

extension ScanReport {
    /// Each scanned file's module, from the module report.
    var moduleOfFile: [String: String] {
        var result: [String: String] = [:]
        for module in modules.modules {
            for path in module.files + module.testFiles { result[path] = module.declaration.name }
        }
        return result
    }
}

/// One sampled commit with its figures.
public struct TrendSample: Hashable, Sendable {
    /// The commit id (hex).
    public var commit: String
    /// The commit's committer date.
    public var date: Date
    public var figures: TrendFigures
}

/// `accrue trend`'s result: the samples, oldest first, and how many were computed in this run.
public struct TrendReport: Sendable {
    /// The JSON schema id.
    public static let schema = "accrue.trend/1"

    public var samples: [TrendSample]
    /// Modules renamed between samples, each by its former name: its samples carry its latest name (`TrendRenames`).
    public var renames: [String: String] = [:]
    /// Samples computed by this run (the rest came from the store).
    public var computed: Int
    /// Where the store is.
    public var storePath: String
}
