import Foundation

/// Everything `accrue report` shows, as plain values: the page and the Markdown are drawn from this, and
/// the HTML embeds it as JSON (schema `accrue.report/1`, docs/report.md).
///
/// Strings that come from the repository (paths, module names, authors, commit subjects) are kept raw
/// here; every renderer escapes them for its own output.
public struct ReportModel: Codable, Hashable, Sendable {
    /// The JSON schema id.
    public static let schema = "accrue.report/1"

    public var schema = ReportModel.schema
    public var accrueVersion: String
    /// The repository folder's name, for titles.
    public var repository: String
    /// The analysed commit (hex), nil for an unborn head.
    public var commit: String?
    /// The analysed commit's committer date, `yyyy-mm-dd` (the only date in the report).
    public var commitDate: String?
    /// A commit's web page is this prefix + its id; nil when the remote's host is not a known forge.
    public var commitURLPrefix: String?
    public var headline: Headline
    public var budget: Budget
    public var modules: [Module]
    public var files: [File]
    public var edges: [Edge]
    public var cycles: [Cycle]
    public var moduleCouplings: [ModuleCoupling]
    public var fileCouplings: [FileCoupling]
    /// The commits couplings refer to, newest first.
    public var commits: [CommitInfo]
    /// The findings with the most interest (at most `findingLimit`); `headline.findings` counts all.
    public var findings: [FindingRow]
    public var plan: Plan
    /// Samples already in the store, oldest first (empty until `accrue trend` has run).
    public var trend: [TrendPoint]
    /// When `trend` is empty: how many samples the store holds that were measured with other settings (an
    /// edited `.accrue.yml`, other rules or options, another accrue); nil when none (and in older documents).
    public var trendSamplesWithOtherSettings: Int?

    /// Repository totals, the best targets, and how each total moved since the first trend sample.
    public struct Headline: Codable, Hashable, Sendable {
        public var codeLines: Int
        public var files: Int
        public var modules: Int
        public var findings: Int
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        /// Interest ÷ what the month's changes cost in healthy code (`ScanReport.interestRate`); nil without changes.
        public var interestRate: Double?
        public var debtRatio: Double
        public var rating: String
        public var historyCommits: Int
        public var isShallow: Bool
        /// Findings that repay themselves quickest (at most five).
        public var bestPayback: [FindingRow]
    }

    /// The module size budget in code lines.
    public struct Budget: Codable, Hashable, Sendable {
        public var warning: Int
        public var error: Int
    }

    /// One module with its size, account and coupling metrics.
    public struct Module: Codable, Hashable, Sendable {
        public var name: String
        public var codeLines: Int
        public var files: Int
        /// `warning`, `error` or nil within budget.
        public var budgetStatus: String?
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        public var findings: Int
        public var afferent: Int
        public var efferent: Int
        public var instability: Double
    }

    /// One scanned file with its account; `module` is nil for unowned files.
    public struct File: Codable, Hashable, Sendable {
        public var path: String
        public var module: String?
        public var codeLines: Int
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        public var findings: Int
        public var changesPerMonth: Double
        /// False for data, markup and prose (`non_code_languages`): listed, but not drawn on the hotspot map.
        public var isCode = true
        /// True for test code: a file of a test module or matching `test_paths` (tests, examples, benchmarks),
        /// which the module budget does not count. Listed, but not drawn on the hotspot map.
        public var isTest = false
    }

    /// A module import edge with its import sites.
    public struct Edge: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var sites: Int
    }

    /// A module cycle and the edges whose removal breaks it.
    public struct Cycle: Codable, Hashable, Sendable {
        public var modules: [String]
        public var cut: [Edge]
    }

    /// Two modules that change together; hidden when neither imports the other and their shared changes are not
    /// mostly ripples from a module both import (`isRipple`).
    public struct ModuleCoupling: Codable, Hashable, Sendable {
        public var first: String
        public var second: String
        public var degree: Int
        public var sharedRevisions: Int
        public var isHidden: Bool
        public var isRipple: Bool = false
        /// Commit ids (hex) behind it, newest first (at most `evidenceLimit`).
        public var commits: [String]
    }

    /// Two files that change together (code-maat's degree), with the commits that show it.
    public struct FileCoupling: Codable, Hashable, Sendable {
        public var first: String
        public var second: String
        public var degree: Int
        public var sharedRevisions: Int
        /// Commit ids (hex), newest first (at most `evidenceLimit`).
        public var commits: [String]
    }

    /// A commit shown as evidence.
    public struct CommitInfo: Codable, Hashable, Sendable {
        public var id: String
        public var author: String
        public var date: String
        public var subject: String
    }

    /// One priced finding.
    public struct FindingRow: Codable, Hashable, Sendable {
        public var rule: String
        public var subject: String
        public var severity: String
        public var value: Double
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        public var paybackMonths: Double?
    }

    /// The staged plan.
    public struct Plan: Codable, Hashable, Sendable {
        public var isDebtFree: Bool
        public var budget: Int
        public var interestBefore: Double
        public var totalStages: Int
        public var stages: [Stage]
        /// Interest left after each stage; point 0 is before any.
        public var interestAfter: [Double]
    }

    /// One stage: a reviewable pull request.
    public struct Stage: Codable, Hashable, Sendable {
        public var number: Int
        public var kind: String
        public var title: String
        public var why: String
        public var steps: [String]
        public var files: [String]
        public var changedLines: Int
        public var principalHours: Double
        public var interestSavedHoursPerMonth: Double
        public var needs: [Int]
        public var checks: [String]
    }

    /// One stored trend sample.
    public struct TrendPoint: Codable, Hashable, Sendable {
        public var commit: String
        public var date: String
        public var codeLines: Int
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        /// Interest ÷ what the changes cost in healthy code (`TrendFigures.interestRate`).
        public var interestRate: Double
        public var debtRatio: Double
        /// Code lines per module.
        public var modules: [String: Int]

        public init(
            commit: String, date: String, codeLines: Int, principalHours: Double, interestHoursPerMonth: Double,
            interestRate: Double = 0, debtRatio: Double, modules: [String: Int]
        ) {
            self.commit = commit
            self.date = date
            self.codeLines = codeLines
            self.principalHours = principalHours
            self.interestHoursPerMonth = interestHoursPerMonth
            self.interestRate = interestRate
            self.debtRatio = debtRatio
            self.modules = modules
        }
    }
}
