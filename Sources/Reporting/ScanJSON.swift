import AccrueKit
import DebtLedger
import DebtModel
import Foundation
import FileScanning
import ModuleGraph

/// The `accrue scan --format json` document, schema `accrue.scan/1` (see docs/scan-json.md).
public struct ScanDocument: Encodable, Sendable {
    struct Totals: Encodable, Sendable {
        var codeLines: Int
        var codeFiles: Int
        var files: Int
        var modules: Int
        var principalHours: Double
        var interestHoursPerMonth: Double
        var changeHoursPerMonth: Double
        var interestRate: Double
        var debtRatio: Double
        var rating: String
        var historyCommits: Int
        var fixCommits: Int
        var shallow: Bool
        var partialClone: Bool

        enum CodingKeys: String, CodingKey {
            case files, modules, rating, shallow
            case codeLines = "code_lines"
            case codeFiles = "code_files"
            case principalHours = "principal_hours"
            case interestHoursPerMonth = "interest_hours_per_month"
            case changeHoursPerMonth = "change_hours_per_month"
            case interestRate = "interest_rate"
            case debtRatio = "debt_ratio"
            case historyCommits = "history_commits"
            case fixCommits = "fix_commits"
            case partialClone = "partial_clone"
        }
    }

    struct Account: Encodable, Sendable {
        var name: String
        var codeLines: Int
        var principalHours: Double
        var interestHoursPerMonth: Double
        var paybackMonths: Double?
        var findings: Int
        var changesPerMonth: Double

        enum CodingKeys: String, CodingKey {
            case name, findings
            case changesPerMonth = "changes_per_month"
            case codeLines = "code_lines"
            case principalHours = "principal_hours"
            case interestHoursPerMonth = "interest_hours_per_month"
            case paybackMonths = "payback_months"
        }
    }

    struct Finding: Encodable, Sendable {
        var rule: String
        var subject: String
        var kind: String
        var path: String?
        var line: Int?
        var metric: String
        var value: Double
        var severity: String
        var warning: Double
        var error: Double
        var principal: [String: Double]
        var interest: [String: Double]
        var paybackMonths: Double?
        var commits: [String]
        /// Module findings: which changes `interest.changes_per_month` counts (the rule's `activity`).
        var activity: String?

        enum CodingKeys: String, CodingKey {
            case rule, subject, kind, path, line, metric, value, severity, warning, error, principal, interest, commits
            case activity
            case paybackMonths = "payback_months"
        }
    }

    let schema = "accrue.scan/1"
    let accrueVersion: String
    let commit: String?
    let now: String
    let totals: Totals
    private(set) var modules: [Account]
    private(set) var files: [Account]
    private(set) var findings: [Finding]

    enum CodingKeys: String, CodingKey {
        case schema, commit, now, totals, modules, files, findings
        case accrueVersion = "accrue_version"
    }

    public init(_ report: ScanReport, accrueVersion: String, includeEvidence: Bool = false) {
        self.accrueVersion = accrueVersion
        commit = report.commit
        now = ISO8601DateFormatter().string(from: report.now)
        totals = Totals(
            codeLines: report.codeLines, codeFiles: report.codeFiles, files: report.modules.scan.files.count, modules: report.modules.modules.count,
            principalHours: round3(report.principalHours), interestHoursPerMonth: round3(report.interestHoursPerMonth),
            changeHoursPerMonth: round3(report.changeHoursPerMonth), interestRate: round3(report.interestRate),
            debtRatio: round3(report.debtRatio), rating: String(report.rating), historyCommits: report.historyCommits,
            fixCommits: report.fixes.count, shallow: report.isShallow, partialClone: report.isPartialClone)
        modules = report.moduleAccounts.map(Self.account)
        files = report.files.map(Self.account)
        findings = report.findings.map { finding in
            var line: Int?
            var kind = "file"
            switch finding.subject {
            case .function(_, _, let start):
                line = start
                kind = "function"
            case .module: kind = "module"
            case .pair: kind = "pair"
            case .file: break
            }
            return Finding(
                rule: finding.rule, subject: finding.subject.description, kind: kind, path: finding.subject.path,
                line: line, metric: finding.metric.rawValue, value: round3(finding.value),
                severity: finding.severity.rawValue, warning: finding.thresholds.warning, error: finding.thresholds.error,
                principal: [
                    "hours": round3(finding.principal.hours), "base_hours": finding.principal.baseHours,
                    "hours_per_unit": finding.principal.hoursPerUnit, "units": round3(finding.principal.units),
                ],
                interest: [
                    "hours_per_month": roundRate(finding.interest.hoursPerMonth),
                    "changes_per_month": roundRate(finding.interest.changesPerMonth), "share": round3(finding.interest.share),
                    "baseline_hours_per_change": finding.interest.baselineHoursPerChange,
                    "span": round3(finding.interest.span), "friction": round3(finding.interest.friction),
                    "saturation": round3(finding.interest.saturation), "scale": round3(finding.interest.scale),
                ],
                paybackMonths: finding.paybackMonths.map(round3),
                commits: includeEvidence ? finding.interest.commits : [],
                activity: kind == "module" ? finding.interest.activity.rawValue : nil)
        }
    }

    /// `accrue explain MODULE --format json`: the document narrowed to module `name`, its files and the findings its
    /// debt explanation lists (its own, its pairs', its files' and functions'), each with its commits; the totals stay
    /// the repository's. Nil when no module has that name.
    public static func module(_ name: String, of report: ScanReport, accrueVersion: String) -> ScanDocument? {
        guard let module = report.modules.modules.first(where: { $0.declaration.name == name }) else { return nil }
        let files = Set(module.files + module.testFiles)
        let subjects = Set(DebtExplanation.findings(ofModule: name, in: report).map(\.subject.description))
        return narrowed(report, accrueVersion: accrueVersion) { $0 == name } files: { files.contains($0) } findings: {
            subjects.contains($0.subject)
        }
    }

    /// `accrue explain FILE --format json`'s `debt`: the document narrowed to the file (its account, which includes its
    /// share of its module's findings), its module's account, and the findings of the file, its functions and its
    /// module, each with its commits. Nil when the file was not scanned.
    public static func file(_ path: String, of report: ScanReport, accrueVersion: String) -> ScanDocument? {
        guard report.files.contains(where: { $0.name == path }) else { return nil }
        let module = report.modules.modules.first { ($0.files + $0.testFiles).contains(path) }?.declaration.name
        let moduleSubject = module.map { "module \($0)" }
        return narrowed(report, accrueVersion: accrueVersion) { $0 == module } files: { $0 == path } findings: {
            $0.path == path || $0.subject == moduleSubject
        }
    }

    /// The document, with evidence, keeping only the accounts and findings the filters accept (totals untouched).
    private static func narrowed(
        _ report: ScanReport, accrueVersion: String, modules: (String) -> Bool, files: (String) -> Bool,
        findings: (Finding) -> Bool
    ) -> ScanDocument {
        var document = ScanDocument(report, accrueVersion: accrueVersion, includeEvidence: true)
        document.modules = document.modules.filter { modules($0.name) }
        document.files = document.files.filter { files($0.name) }
        document.findings = document.findings.filter(findings)
        return document
    }

    private static func account(_ account: ScanReport.Account) -> Account {
        Account(
            name: account.name, codeLines: account.codeLines, principalHours: round3(account.principalHours),
            interestHoursPerMonth: roundRate(account.interestHoursPerMonth), paybackMonths: account.paybackMonths.map(round3),
            findings: account.findings, changesPerMonth: roundRate(account.changesPerMonth))
    }
}

/// Rounds to three decimals, so JSON stays readable and stable across platforms.
func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

/// A rate that ranks (interest, changes a month): three decimals, and three significant digits under 0.1, so that
/// files a year-old change still charges keep their order rather than all reading 0 (`figures-17`).
func roundRate(_ value: Double) -> Double {
    guard value != 0, abs(value) < 0.1 else { return round3(value) }
    let scale = pow(10, 2 - floor(log10(abs(value))))
    return (value * scale).rounded() / scale
}
