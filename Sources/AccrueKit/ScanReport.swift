import Analyses
import DebtLedger
import DebtModel
import Foundation

/// The main job's result: every finding priced, rolled up per file and module, with repository totals.
public struct ScanReport: Sendable {
    /// Principal and interest of one file or module, with its size.
    public struct Account: Sendable, Hashable {
        public var name: String
        public var codeLines: Int
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        public var findings: Int
        /// A file's decayed changes per month, all and crossing its module's boundary (what interest multiplies).
        public var changes = ModuleInterest.FileChanges(all: 0)
        /// The commits behind `changes.crossing`, oldest first.
        public var crossingCommits: [String] = []
        /// Whether a file holds code the model judges (not data, markup or prose: `non_code_languages`).
        public var isCode = true
        public var changesPerMonth: Double { changes.all }
        /// Interest ÷ what the account's changes cost in healthy code (`baseline` hours each): how much its debt adds
        /// to a change; nil without changes.
        public func interestRate(baseline: Double) -> Double? {
            changes.all > 0 && baseline > 0 ? interestHoursPerMonth / (changes.all * baseline) : nil
        }
        /// Months for the interest saved to repay the principal; nil without interest.
        public var paybackMonths: Double? { interestHoursPerMonth > 0 ? principalHours / interestHoursPerMonth : nil }
    }

    public var commit: String?
    /// The moment ages were measured against: now for the work tree, the commit's date for `--rev`.
    public var now: Date
    public var modules: ModuleReport
    /// Every finding, most interest first.
    public var findings: [Finding]
    /// Every scanned file with its account (files without findings have zeros), most interest first.
    public var files: [Account]
    /// Every module with its account, most interest first.
    public var moduleAccounts: [Account]
    /// Code lines of the languages the model judges (not data, markup or prose), and the files that hold them.
    public var codeLines: Int
    public var codeFiles: Int { files.filter(\.isCode).count }
    public var principalHours: Double
    public var interestHoursPerMonth: Double
    /// The model's `baseline_hours_per_change`: what one file change costs in healthy code.
    public var baselineHoursPerChange: Double = 0
    /// What the month's changes cost in healthy code: the code files' changes a month (decayed, mechanical commits
    /// left out, one per file a commit touches) × `baseline_hours_per_change`, the base interest adds its friction to.
    public var changeHoursPerMonth: Double {
        files.filter(\.isCode).reduce(0) { $0 + $1.changes.all } * baselineHoursPerChange
    }
    /// Interest ÷ the changes' cost: how much the debt adds to the work that happens (0 without changes).
    public var interestRate: Double { changeHoursPerMonth > 0 ? interestHoursPerMonth / changeHoursPerMonth : 0 }
    /// Principal ÷ the cost of writing the code anew (SonarQube's convention), and its A–E rating.
    public var debtRatio: Double
    public var rating: Character
    /// Commits the history window held, and whether the clone is shallow.
    public var historyCommits: Int
    public var isShallow: Bool
    /// Files split in one commit, whose past changes went with their code (`FileSplits`), oldest first.
    public var splits: [FileSplits.Event] = []
    /// The history's bug-fix commits (`FixCommits`), each weighing `fixWeight` changes (1: as any change).
    public var fixes: Set<String> = []
    /// The history was mined in a partial clone (`git clone --filter`): blobs it never fetched were not read.
    public var isPartialClone = false
    public var fixWeight: Double = 1

    /// Findings that charge interest and a refactoring repays, quickest to pay back first. Fragmented ownership
    /// is left out: its remedy is people (an owner who reviews each change), not a change to the code, and the
    /// plan stages none; `ownershipFindings` has it.
    public var bestPayback: [Finding] {
        findings.filter { $0.paybackMonths != nil && $0.metric != .mainAuthorShare }.sorted {
            ($0.paybackMonths ?? .infinity, $0.subject) < ($1.paybackMonths ?? .infinity, $1.subject)
        }
    }

    /// Fragmented-ownership findings that charge interest.
    public var ownershipFindings: [Finding] {
        findings.filter { $0.paybackMonths != nil && $0.metric == .mainAuthorShare }
    }
}
