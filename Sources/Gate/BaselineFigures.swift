import DebtModel
import Foundation

/// One module's figures: size, complexity maxima, cycle cuts, couplings, and its debt account.
public struct ModuleFigures: Codable, Hashable, Sendable {
    public var codeLines: Int
    public var files: Int
    public var maxFileCodeLines: Int
    public var maxComplexity: Int
    public var maxFunctionLines: Int
    public var maxNesting: Int
    /// Import edges to cut to leave the module's cycles (`module_cycles`).
    public var cycleCuts: Int
    public var afferent: Int
    public var efferent: Int
    public var principalHours: Double
    public var interestHoursPerMonth: Double
    public var findings: Int
    /// The manifest line that declares the module (reports only; never written).
    public var location: GateLocation?

    public init(
        codeLines: Int, files: Int, maxFileCodeLines: Int, maxComplexity: Int, maxFunctionLines: Int,
        maxNesting: Int, cycleCuts: Int, afferent: Int, efferent: Int, principalHours: Double,
        interestHoursPerMonth: Double, findings: Int, location: GateLocation? = nil
    ) {
        self.codeLines = codeLines
        self.files = files
        self.maxFileCodeLines = maxFileCodeLines
        self.maxComplexity = maxComplexity
        self.maxFunctionLines = maxFunctionLines
        self.maxNesting = maxNesting
        self.cycleCuts = cycleCuts
        self.afferent = afferent
        self.efferent = efferent
        self.principalHours = principalHours.roundedForBaseline
        self.interestHoursPerMonth = interestHoursPerMonth.roundedForBaseline
        self.findings = findings
        self.location = location
    }

    enum CodingKeys: String, CodingKey {
        case files, afferent, efferent, findings
        case codeLines = "code_lines"
        case maxFileCodeLines = "max_file_code_lines"
        case maxComplexity = "max_complexity"
        case maxFunctionLines = "max_function_lines"
        case maxNesting = "max_nesting"
        case cycleCuts = "cycle_cuts"
        case principalHours = "principal_hours"
        case interestHoursPerMonth = "interest_hours_per_month"
    }
}

/// One file's figures: size, complexity maxima and its debt account.
public struct FileFigures: Codable, Hashable, Sendable {
    /// The module owning the file, if any.
    public var module: String?
    public var codeLines: Int
    public var functions: Int
    public var maxComplexity: Int
    public var maxFunctionLines: Int
    public var maxNesting: Int
    public var principalHours: Double
    public var interestHoursPerMonth: Double
    public var findings: Int

    public init(
        module: String?, codeLines: Int, functions: Int, maxComplexity: Int, maxFunctionLines: Int, maxNesting: Int,
        principalHours: Double, interestHoursPerMonth: Double, findings: Int
    ) {
        self.module = module
        self.codeLines = codeLines
        self.functions = functions
        self.maxComplexity = maxComplexity
        self.maxFunctionLines = maxFunctionLines
        self.maxNesting = maxNesting
        self.principalHours = principalHours.roundedForBaseline
        self.interestHoursPerMonth = interestHoursPerMonth.roundedForBaseline
        self.findings = findings
    }

    enum CodingKeys: String, CodingKey {
        case module, functions, findings
        case codeLines = "code_lines"
        case maxComplexity = "max_complexity"
        case maxFunctionLines = "max_function_lines"
        case maxNesting = "max_nesting"
        case principalHours = "principal_hours"
        case interestHoursPerMonth = "interest_hours_per_month"
    }
}

/// One finding's figures, keyed in a baseline by rule and subject (`FindingFigures.key`).
public struct FindingFigures: Codable, Hashable, Sendable {
    /// What the finding is about; `pair` findings name two modules.
    public enum Kind: String, Codable, Hashable, Sendable {
        case file, function, module, pair
    }

    public var rule: String
    public var kind: Kind
    /// The subject without a line: a path, `path#function`, a module name or `A+B`.
    public var subject: String
    /// The file of a file or function finding.
    public var path: String?
    /// The modules the finding is charged to (a pair's two, half each).
    public var modules: [String]
    public var metric: MetricID
    public var value: Double
    /// The severity by the thresholds alone (before `mode: warn` caps it): what the gate would fail on.
    public var severity: Severity
    public var principalHours: Double
    public var interestHoursPerMonth: Double
    /// Interest's friction (share of a change's time the debt adds); the gate prices a change's interest
    /// with it at the head's activity, so activity alone never fails a gate.
    public var friction: Double
    /// Where to point at it (reports only; never written).
    public var location: GateLocation?

    public init(
        rule: String, kind: Kind, subject: String, path: String?, modules: [String], metric: MetricID,
        value: Double, severity: Severity, principalHours: Double, interestHoursPerMonth: Double, friction: Double,
        location: GateLocation? = nil
    ) {
        self.rule = rule
        self.kind = kind
        self.subject = subject
        self.path = path
        self.modules = modules
        self.metric = metric
        self.value = value.roundedForBaseline
        self.severity = severity
        self.principalHours = principalHours.roundedForBaseline
        self.interestHoursPerMonth = interestHoursPerMonth.roundedForBaseline
        self.friction = friction.roundedForBaseline
        self.location = location
    }

    /// The stable key: rule, kind and subject (`file-size file:Sources/A.swift`), no line numbers.
    public var key: String { "\(rule) \(kind.rawValue):\(subject)" }

    /// Interest per month for each unit of friction: the subject's activity × hours per change.
    public var interestPerFriction: Double { friction > 0 ? interestHoursPerMonth / friction : 0 }

    /// The subject as people read it.
    public var displaySubject: String {
        switch kind {
        case .module: "module \(subject)"
        case .pair: subject.replacingOccurrences(of: "+", with: " ↔ ")
        case .file, .function: subject
        }
    }

    enum CodingKeys: String, CodingKey {
        case rule, kind, subject, path, modules, metric, value, severity, friction
        case principalHours = "principal_hours"
        case interestHoursPerMonth = "interest_hours_per_month"
    }
}
