/// One stage of a plan: a pull request that leaves the product shippable.
public struct PlanStage: Hashable, Sendable {
    /// What kind of repair a stage is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case splitModule = "split-module"
        case breakCycle = "break-cycle"
        case untangleCoupling = "untangle-coupling"
        case splitFile = "split-file"
        case simplifyFunctions = "simplify-functions"
        case stabilizeModule = "stabilize-module"
        case balanceAbstractness = "balance-abstractness"
    }

    /// A stable key (`split-module:Core:2`), the same on every run over the same input.
    public var id: String
    /// Position in the plan, from 1; set by the planner after ordering.
    public var number = 0
    public var kind: Kind
    public var title: String
    /// The interest the debt charges now, in words.
    public var why: String
    /// What to do, step by step, naming files, declarations and import lines.
    public var steps: [String]
    /// Files the stage moves or edits.
    public var files: [String]
    /// The files it moves whole, to their new paths: later stages name them there (PlanAssembly's `MovedPaths`).
    public var moves: [String: String] = [:]
    /// Declarations the stage moves or changes.
    public var declarations: [String]
    /// Declarations it moves out of files that stay, by file (a split's types, moving down with the files that use
    /// them): those files are not moved in parts, and a split of them still stands (PlanAssembly's `Planner`).
    public var movedDeclarations: [String: [String]] = [:]
    /// Import statements the stage removes or rewrites.
    public var importSites: [ImportSite]
    /// Imports between modules the stage adds (a new module's, a caller's switch, a composition root's) and
    /// removes (an inverted import): the module graph after it, which later stages are checked against.
    package var addedImports: [AddedImport] = []
    package var removedImports: [ModuleEdge] = []
    /// Lines moved or edited (at most the plan's budget).
    public var changedLines: Int
    /// Hours of work the stage repays.
    public var principalHours: Double
    /// Interest per month the stage removes.
    public var interestSavedHoursPerMonth: Double
    /// Ids of the stages that must be done first.
    public var needs: [String]
    /// Those of `needs` that only move the stage's files (a moved test split after its move, at its new path): they
    /// come first, but do not open the way for the repair, which would stand without them.
    public var placedAfter: Set<String> = []
    /// Their numbers in the plan, set by the planner.
    public var neededStages: [Int] = []
    /// Rules the gate can enforce once the stage is done.
    public var checks: [PlanCheck]
    /// The repair this stage belongs to (stages of one split share it); ordering ranks groups.
    public var group: String
    /// How many stages the repair has, and the interest they save together; set by the planner. A stage of a
    /// longer repair may save nothing on its own (friction capped above a threshold) while the repair does.
    public var groupStages = 1
    public var groupInterestSavedHoursPerMonth = 0.0
    /// The first stage of each later repair that needs this one (transitively), and what those repairs save a month:
    /// why a repair that saves nothing itself comes first (filled with the order).
    public var enabledStages: [Int] = []
    public var enabledInterestSavedHoursPerMonth = 0.0

    /// Months for the interest saved to repay the work; nil when the stage saves no interest by itself.
    public var paybackMonths: Double? {
        interestSavedHoursPerMonth > 0 ? principalHours / interestSavedHoursPerMonth : nil
    }

    /// Creates a stage; `number` and `neededStages` are filled in by the planner.
    public init(
        id: String, kind: Kind, title: String, why: String, steps: [String], files: [String] = [],
        declarations: [String] = [], importSites: [ImportSite] = [], changedLines: Int, principalHours: Double,
        interestSavedHoursPerMonth: Double, needs: [String] = [], checks: [PlanCheck], group: String
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.why = why
        self.steps = steps
        self.files = files
        self.declarations = declarations
        self.importSites = importSites
        self.changedLines = changedLines
        self.principalHours = principalHours
        self.interestSavedHoursPerMonth = interestSavedHoursPerMonth
        self.needs = needs
        self.checks = checks
        self.group = group
    }
}

/// A rule the gate can enforce after a stage: `rule` on `subject` must be `comparison` `value`.
public struct PlanCheck: Hashable, Sendable, Codable {
    /// The rule id (`module-size`, `module-cycle`, `file-size`, `cyclomatic-complexity`…).
    public var rule: String
    /// The subject as accrue names it (`module Core`, a path, `path:line name`, `A ↔ B`).
    public var subject: String
    /// `<=`, `<` or `==`.
    public var comparison: String
    public var value: Double
    /// The check for people: "module-size of Core ≤ 1,860 code lines".
    public var text: String

    /// Creates a check.
    public init(rule: String, subject: String, comparison: String, value: Double, text: String) {
        self.rule = rule
        self.subject = subject
        self.comparison = comparison
        self.value = value
        self.text = text
    }
}
