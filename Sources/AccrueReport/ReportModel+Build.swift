import AccrueKit
import AccruePlan
import Foundation
import ReportPage
import Analyses
import DebtLedger
import DebtModel
import GitCore
import GitHistory
import SourceScan
import ModuleGraph
import Planning

extension ReportModel {
    /// Builds the model from a plan (with its scan and mined history) and the stored trend samples.
    public init(
        plan report: PlanReport, trend: [TrendPoint], repository: String, commitDate: Date?,
        commitURLPrefix: String?, accrueVersion: String
    ) {
        let scan = report.scan
        let modules = scan.modules
        var headline = Headline(
            codeLines: scan.codeLines, files: scan.files.count, modules: modules.modules.count,
            findings: scan.findings.count, principalHours: Self.rounded(scan.principalHours),
            interestHoursPerMonth: Self.rounded(scan.interestHoursPerMonth),
            interestRate: scan.changeHoursPerMonth > 0 ? Self.rounded(scan.interestRate) : nil,
            debtRatio: Self.rounded(scan.debtRatio),
            rating: String(scan.rating), historyCommits: scan.historyCommits,
            fixCommits: scan.fixes.count, isShallow: scan.isShallow,
            bestPayback: Self.rows(scan, bestPayback: true, limit: 5))
        headline.isPartialClone = scan.isPartialClone
        let edges = modules.edges.map { Edge(from: $0.from, to: $0.to, sites: $0.sites) }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        let cycles = modules.cycles.map { cycle in
            Cycle(modules: cycle.modules, cut: cycle.cut.map { Edge(from: $0.from, to: $0.to, sites: $0.sites) })
        }
        let moduleCouplings = modules.changeCoupling.filter { !$0.involvesTests }.map { pair in
            ModuleCoupling(
                first: pair.first, second: pair.second, degree: pair.degree, sharedRevisions: pair.sharedRevisions,
                isHidden: pair.isHidden, isRipple: pair.isRipple, commits: Self.newest(pair.commits))
        }
        let fileCouplings = report.history.coupling.prefix(Self.fileCouplingLimit).map { pair in
            FileCoupling(
                first: pair.entity, second: pair.coupled, degree: pair.degree, sharedRevisions: pair.sharedRevisions,
                commits: Self.newest(pair.commits))
        }
        let cited = Set(moduleCouplings.flatMap(\.commits) + fileCouplings.flatMap(\.commits))
        let commits = report.history.commits.reversed().filter { cited.contains($0.id.description) }.map { commit in
            CommitInfo(id: commit.id.description, author: commit.author.name, date: commit.authorDay, subject: commit.subject)
        }
        self.init(
            accrueVersion: accrueVersion, repository: repository, commit: scan.commit,
            commitDate: commitDate.map(Self.day), commitURLPrefix: commitURLPrefix, headline: headline,
            budget: Budget(warning: modules.budget.warning, error: modules.budget.error), modules: Self.modules(scan),
            files: Self.files(scan), edges: edges, cycles: cycles, moduleCouplings: moduleCouplings,
            fileCouplings: fileCouplings, commits: commits,
            findings: Self.rows(scan, bestPayback: false, limit: Self.findingLimit), plan: Self.plan(report),
            trend: trend)
    }

    private static func modules(_ scan: ScanReport) -> [Module] {
        let accounts = Dictionary(scan.moduleAccounts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return scan.modules.modules.map { module in
            let account = accounts[module.declaration.name]
            return Module(
                name: module.declaration.name, codeLines: module.lines.code, files: module.files.count,
                budgetStatus: module.budgetStatus?.rawValue, principalHours: rounded(account?.principalHours ?? 0),
                interestHoursPerMonth: rounded(account?.interestHoursPerMonth ?? 0), findings: account?.findings ?? 0,
                afferent: module.afferent, efferent: module.efferent, instability: rounded(module.instability))
        }.sorted { ($1.codeLines, $0.name) < ($0.codeLines, $1.name) }
    }

    private static func files(_ scan: ScanReport) -> [File] {
        var moduleOfFile: [String: String] = [:]
        var tests: Set<String> = []
        for module in scan.modules.modules {
            for path in module.files + module.testFiles { moduleOfFile[path] = module.declaration.name }
            tests.formUnion(module.testFiles)
        }
        return scan.files.map { account in
            File(
                path: account.name, module: moduleOfFile[account.name], codeLines: account.codeLines,
                principalHours: rounded(account.principalHours), interestHoursPerMonth: rounded(account.interestHoursPerMonth),
                findings: account.findings, changesPerMonth: rounded(account.changesPerMonth), isCode: account.isCode,
                isTest: tests.contains(account.name))
        }
    }

    private static func plan(_ report: PlanReport) -> Plan {
        let plan = report.plan
        return Plan(
            isDebtFree: plan.isDebtFree, budget: plan.budget, interestBefore: rounded(plan.interestBefore),
            totalStages: plan.totalStages,
            stages: plan.stages.map { stage in
                Stage(
                    number: stage.number, kind: stage.kind.rawValue, title: stage.title, why: stage.why,
                    steps: stage.steps, files: stage.files, changedLines: stage.changedLines,
                    principalHours: rounded(stage.principalHours), interestSavedHoursPerMonth: rounded(stage.interestSavedHoursPerMonth),
                    needs: stage.neededStages, checks: stage.checks.map(\.text))
            },
            interestAfter: plan.series.map { rounded($0.interestHoursPerMonth) })
    }

    /// The first `limit` findings by interest, or by payback.
    private static func rows(_ scan: ScanReport, bestPayback: Bool, limit: Int) -> [FindingRow] {
        (bestPayback ? scan.bestPayback : scan.findings).prefix(limit).map { finding in
            FindingRow(
                rule: finding.rule, subject: finding.subject.description, severity: finding.severity.rawValue,
                value: rounded(finding.value), principalHours: rounded(finding.principal.hours),
                interestHoursPerMonth: rounded(finding.interest.hoursPerMonth),
                paybackMonths: finding.paybackMonths.map { rounded($0) })
        }
    }

    /// The newest `evidenceLimit` of commits given oldest first.
    private static func newest(_ commits: [String]) -> [String] {
        Array(commits.reversed().prefix(evidenceLimit))
    }

    /// Three decimals: enough for hours and ratios, and a smaller, stable JSON document.
    public static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// `yyyy-mm-dd` in UTC.
    public static func day(_ date: Date) -> String {
        String(date.formatted(.iso8601.year().month().day()))
    }
}
