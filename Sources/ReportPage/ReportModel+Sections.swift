extension ReportModel {
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

        public init(
            first: String, second: String, degree: Int, sharedRevisions: Int, isHidden: Bool, isRipple: Bool = false,
            commits: [String]
        ) {
            self.first = first
            self.second = second
            self.degree = degree
            self.sharedRevisions = sharedRevisions
            self.isHidden = isHidden
            self.isRipple = isRipple
            self.commits = commits
        }
    }

    /// Two files that change together (code-maat's degree), with the commits that show it.
    public struct FileCoupling: Codable, Hashable, Sendable {
        public var first: String
        public var second: String
        public var degree: Int
        public var sharedRevisions: Int
        /// Commit ids (hex), newest first (at most `evidenceLimit`).
        public var commits: [String]

        public init(
            first: String, second: String, degree: Int, sharedRevisions: Int, commits: [String]
        ) {
            self.first = first
            self.second = second
            self.degree = degree
            self.sharedRevisions = sharedRevisions
            self.commits = commits
        }
    }

    /// A commit shown as evidence.
    public struct CommitInfo: Codable, Hashable, Sendable {
        public var id: String
        public var author: String
        public var date: String
        public var subject: String

        public init(
            id: String, author: String, date: String, subject: String
        ) {
            self.id = id
            self.author = author
            self.date = date
            self.subject = subject
        }
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

        public init(
            rule: String, subject: String, severity: String, value: Double, principalHours: Double,
            interestHoursPerMonth: Double, paybackMonths: Double? = nil
        ) {
            self.rule = rule
            self.subject = subject
            self.severity = severity
            self.value = value
            self.principalHours = principalHours
            self.interestHoursPerMonth = interestHoursPerMonth
            self.paybackMonths = paybackMonths
        }
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

        public init(
            isDebtFree: Bool, budget: Int, interestBefore: Double, totalStages: Int, stages: [Stage],
            interestAfter: [Double]
        ) {
            self.isDebtFree = isDebtFree
            self.budget = budget
            self.interestBefore = interestBefore
            self.totalStages = totalStages
            self.stages = stages
            self.interestAfter = interestAfter
        }
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

        public init(
            number: Int, kind: String, title: String, why: String, steps: [String], files: [String],
            changedLines: Int, principalHours: Double, interestSavedHoursPerMonth: Double, needs: [Int],
            checks: [String]
        ) {
            self.number = number
            self.kind = kind
            self.title = title
            self.why = why
            self.steps = steps
            self.files = files
            self.changedLines = changedLines
            self.principalHours = principalHours
            self.interestSavedHoursPerMonth = interestSavedHoursPerMonth
            self.needs = needs
            self.checks = checks
        }
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
