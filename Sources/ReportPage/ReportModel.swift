import Foundation

/// Everything `accrue report` shows, as plain values: the page and the Markdown are drawn from this, and
/// the HTML embeds it as JSON (schema `accrue.report/1`, docs/report.md).
///
/// Strings that come from the repository (paths, module names, authors, commit subjects) are kept raw
/// here; every renderer escapes them for its own output.
public struct ReportModel: Codable, Hashable, Sendable {
    /// The JSON schema id.
    public static let schema = "accrue.report/1"
    /// How many findings the page lists (the headline counts all).
    public static let findingLimit = 300
    /// How many file coupling pairs the page lists.
    public static let fileCouplingLimit = 200
    /// How many commits each coupling shows as evidence.
    public static let evidenceLimit = 12

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
        /// The commits among them whose subjects read as bug fixes (`model.fixes`).
        public var fixCommits: Int
        public var isShallow: Bool
        /// The history was read in a partial clone (`git clone --filter`), without the blobs it never fetched.
        public var isPartialClone = false
        /// Findings that repay themselves quickest (at most five).
        public var bestPayback: [FindingRow]

        public init(
            codeLines: Int, files: Int, modules: Int, findings: Int, principalHours: Double,
            interestHoursPerMonth: Double, interestRate: Double? = nil, debtRatio: Double, rating: String,
            historyCommits: Int, fixCommits: Int = 0, isShallow: Bool, bestPayback: [FindingRow]
        ) {
            self.codeLines = codeLines
            self.files = files
            self.modules = modules
            self.findings = findings
            self.principalHours = principalHours
            self.interestHoursPerMonth = interestHoursPerMonth
            self.interestRate = interestRate
            self.debtRatio = debtRatio
            self.rating = rating
            self.historyCommits = historyCommits
            self.fixCommits = fixCommits
            self.isShallow = isShallow
            self.bestPayback = bestPayback
        }
    }

    /// The module size budget in code lines.
    public struct Budget: Codable, Hashable, Sendable {
        public var warning: Int
        public var error: Int

        public init(
            warning: Int, error: Int
        ) {
            self.warning = warning
            self.error = error
        }
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

        public init(
            name: String, codeLines: Int, files: Int, budgetStatus: String? = nil, principalHours: Double,
            interestHoursPerMonth: Double, findings: Int, afferent: Int, efferent: Int, instability: Double
        ) {
            self.name = name
            self.codeLines = codeLines
            self.files = files
            self.budgetStatus = budgetStatus
            self.principalHours = principalHours
            self.interestHoursPerMonth = interestHoursPerMonth
            self.findings = findings
            self.afferent = afferent
            self.efferent = efferent
            self.instability = instability
        }
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

        public init(
            path: String, module: String? = nil, codeLines: Int, principalHours: Double,
            interestHoursPerMonth: Double, findings: Int, changesPerMonth: Double, isCode: Bool = true,
            isTest: Bool = false
        ) {
            self.path = path
            self.module = module
            self.codeLines = codeLines
            self.principalHours = principalHours
            self.interestHoursPerMonth = interestHoursPerMonth
            self.findings = findings
            self.changesPerMonth = changesPerMonth
            self.isCode = isCode
            self.isTest = isTest
        }
    }

    /// A module import edge with its import sites.
    public struct Edge: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var sites: Int

        public init(
            from: String, to: String, sites: Int
        ) {
            self.from = from
            self.to = to
            self.sites = sites
        }
    }

    /// A module cycle and the edges whose removal breaks it.
    public struct Cycle: Codable, Hashable, Sendable {
        public var modules: [String]
        public var cut: [Edge]

        public init(
            modules: [String], cut: [Edge]
        ) {
            self.modules = modules
            self.cut = cut
        }
    }

    public init(
        schema: String = ReportModel.schema, accrueVersion: String, repository: String, commit: String? = nil,
        commitDate: String? = nil, commitURLPrefix: String? = nil, headline: Headline, budget: Budget,
        modules: [Module], files: [File], edges: [Edge], cycles: [Cycle], moduleCouplings: [ModuleCoupling],
        fileCouplings: [FileCoupling], commits: [CommitInfo], findings: [FindingRow], plan: Plan,
        trend: [TrendPoint], trendSamplesWithOtherSettings: Int? = nil
    ) {
        self.schema = schema
        self.accrueVersion = accrueVersion
        self.repository = repository
        self.commit = commit
        self.commitDate = commitDate
        self.commitURLPrefix = commitURLPrefix
        self.headline = headline
        self.budget = budget
        self.modules = modules
        self.files = files
        self.edges = edges
        self.cycles = cycles
        self.moduleCouplings = moduleCouplings
        self.fileCouplings = fileCouplings
        self.commits = commits
        self.findings = findings
        self.plan = plan
        self.trend = trend
        self.trendSamplesWithOtherSettings = trendSamplesWithOtherSettings
    }
}
