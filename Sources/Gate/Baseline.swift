import DebtModel
import Foundation

/// The figures a gate compares a change against: per module, per file and per finding, plus the cycles.
///
/// Written to `.accrue/baseline.json` (schema `accrue.baseline/1`, docs/ci.md). Everything in it is
/// repository-relative and measured from the snapshot alone (ages from the commit's date), so a baseline
/// written in one clone is byte-identical to one written in any other. Findings are keyed by rule and
/// subject without line numbers, so moving code does not churn the file. Locations (lines, manifests) are
/// kept in memory for reports and never written.
public struct Baseline: Codable, Hashable, Sendable {
    /// The schema written into every baseline.
    public static let currentSchema = "accrue.baseline/1"

    public var schema: String
    /// The commit the baseline was first measured at (HEAD for a work tree). `--update` keeps it: it is
    /// where `enforce_after_commits` counts from and where changed files are diffed from.
    public var commit: String?
    /// The version of accrue's figures that measured it (`ScanAnalyzer.figuresVersion`); absent in baselines
    /// written before it was recorded. A gate meeting another version re-measures the baseline's commit.
    public var figures: String?
    public var totals: Totals
    /// By module name.
    public var modules: [String: ModuleFigures]
    /// By repository-relative path.
    public var files: [String: FileFigures]
    /// By `FindingFigures.key` (rule and subject).
    public var findings: [String: FindingFigures]
    /// Each cycle's modules, sorted; the list sorted.
    public var cycles: [[String]]
    /// Tracked files of the measured snapshot that could not be read (deleted from the work tree, no
    /// permission), left out of every figure; sorted. Kept in memory for warnings, never written.
    public var unreadableFiles: [String] = []
    /// By cycle (its modules, sorted, joined by `+`), the import edges `accrue modules` proposes to cut, as
    /// `From → To (N imports, path:line)`. Kept in memory for the gate's messages, never written.
    public var cycleCuts: [String: [String]] = [:]
    /// By cycle (keyed as `cycleCuts`), every import edge between its modules with the files that make it, so
    /// the gate can name the imports a change made on a new cycle. Kept in memory, never written.
    public var cycleEdges: [String: [CycleEdge]] = [:]

    public init(
        commit: String?, figures: String? = nil, totals: Totals, modules: [String: ModuleFigures],
        files: [String: FileFigures], findings: [String: FindingFigures], cycles: [[String]]
    ) {
        self.schema = Self.currentSchema
        self.commit = commit
        self.figures = figures
        self.totals = totals
        self.modules = modules
        self.files = files
        self.findings = findings
        self.cycles = cycles.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// What the file holds (`accrue.baseline/1`); what is kept in memory only is left out.
    enum CodingKeys: String, CodingKey {
        case schema, commit, figures, totals, modules, files, findings, cycles
    }

    /// An import edge inside a cycle and the files whose imports make it.
    public struct CycleEdge: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var files: [String]

        public init(from: String, to: String, files: [String]) {
            self.from = from
            self.to = to
            self.files = files
        }
    }

    /// The repository's totals.
    public struct Totals: Codable, Hashable, Sendable {
        public var codeLines: Int
        public var principalHours: Double
        public var interestHoursPerMonth: Double
        public var cycles: Int
        public var findings: Int

        public init(codeLines: Int, principalHours: Double, interestHoursPerMonth: Double, cycles: Int, findings: Int) {
            self.codeLines = codeLines
            self.principalHours = principalHours.roundedForBaseline
            self.interestHoursPerMonth = interestHoursPerMonth.roundedForBaseline
            self.cycles = cycles
            self.findings = findings
        }

        enum CodingKeys: String, CodingKey {
            case cycles, findings
            case codeLines = "code_lines"
            case principalHours = "principal_hours"
            case interestHoursPerMonth = "interest_hours_per_month"
        }
    }
}

/// Where a subject is reported: a file and line (a function's line, a module's line in its manifest).
public struct GateLocation: Hashable, Sendable {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }
}

extension Double {
    /// Three decimals: figures are stable across machines and survive a JSON round trip unchanged.
    public var roundedForBaseline: Double { (self * 1000).rounded() / 1000 }
}
