/// What a gate run found: problems that fail or warn, figures that went down, and what the change costs.
public struct GateVerdict: Hashable, Sendable {
    public var problems: [GateProblem]
    public var improvements: [GateImprovement]
    public var cost: CostDelta

    public init(problems: [GateProblem], improvements: [GateImprovement], cost: CostDelta) {
        self.problems = problems.sorted()
        self.improvements = improvements.sorted { ($0.subject, $0.figure) < ($1.subject, $1.figure) }
        self.cost = cost
    }

    /// Fails when any problem is a failure.
    public var passed: Bool { failures.isEmpty }
    public var failures: [GateProblem] { problems.filter { $0.status == .failure } }
    public var warnings: [GateProblem] { problems.filter { $0.status == .warning } }
    /// The warnings people read one by one: not the history figures a change moved (`historyMoves`).
    public var listedWarnings: [GateProblem] { warnings.filter { !$0.movedWithHistory } }
    /// The file findings of history metrics (hotspot, ownership) a change moved: any commit to a file moves them,
    /// so they only warn, and the human formats count them in one line rather than list them (laravel's last ten
    /// commits moved 97 of them, against 17 warnings about code).
    public var historyMoves: [GateProblem] { problems.filter(\.movedWithHistory) }
    /// Whether some figure went down, so `accrue baseline --update` would tighten the baseline.
    public var debtWentDown: Bool { !improvements.isEmpty }
}

/// One thing the change made worse.
public struct GateProblem: Hashable, Sendable, Comparable {
    /// Which of the gate's checks caught it.
    public enum Check: String, Hashable, Sendable, CaseIterable {
        /// A module or file pushed over a rule at error severity, a new cycle, a new hidden coupling.
        case newDebt = "new_debt"
        /// A figure that may only go down went up beyond its tolerance.
        case ratchet
        /// A new file breaks a rule at error severity, or a change made an existing error finding worse.
        case cleanAsYouCode = "clean_as_you_code"
    }

    public enum Status: String, Hashable, Sendable {
        case failure
        case warning
    }

    public var check: Check
    public var status: Status
    /// The rule (or the gate's own check: `module-interest`, `cycle-count`) that caught it.
    public var rule: String
    /// The subject as people read it (`Sources/A.swift#parse`, `module Core`).
    public var subject: String
    public var location: GateLocation?
    public var message: String
    /// The figure before and after, when there is one.
    public var base: Double?
    public var head: Double?
    /// Why it only warns (a rule in warn mode, not yet enforced, a file this change did not touch).
    public var note: String?
    /// Whether it is a file finding of a metric measured from history (`GateComparison.historyMetrics`), which any
    /// commit to the file moves: no code the change wrote made it.
    public var movedWithHistory = false
    /// The stable key (rule and subject) for fingerprints.
    public var key: String

    public init(
        check: Check, status: Status, rule: String, subject: String, location: GateLocation?, message: String,
        base: Double? = nil, head: Double? = nil, note: String? = nil, key: String
    ) {
        self.check = check
        self.status = status
        self.rule = rule
        self.subject = subject
        self.location = location
        self.message = message
        self.base = base
        self.head = head
        self.note = note
        self.key = key
    }

    /// Failures first, then by check, subject and rule.
    public static func < (lhs: GateProblem, rhs: GateProblem) -> Bool {
        func rank(_ problem: GateProblem) -> Int { problem.status == .failure ? 0 : 1 }
        let checks = Check.allCases
        let left = (rank(lhs), checks.firstIndex(of: lhs.check) ?? 0)
        let right = (rank(rhs), checks.firstIndex(of: rhs.check) ?? 0)
        if left != right { return left < right }
        if lhs.subject != rhs.subject { return naturallyBefore(lhs.subject, rhs.subject) }
        return lhs.rule < rhs.rule
    }
}

/// `a` before `b`, with runs of digits compared as numbers: `helper2` before `helper10`.
func naturallyBefore(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    var i = 0
    var j = 0
    while i < x.count && j < y.count {
        guard isDigit(x[i]) && isDigit(y[j]) else {
            if x[i] != y[j] { return x[i] < y[j] }
            i += 1
            j += 1
            continue
        }
        var iEnd = i
        while iEnd < x.count && isDigit(x[iEnd]) { iEnd += 1 }
        var jEnd = j
        while jEnd < y.count && isDigit(y[jEnd]) { jEnd += 1 }
        let left = x[i..<iEnd].drop { $0 == 48 }
        let right = y[j..<jEnd].drop { $0 == 48 }
        if left.count != right.count { return left.count < right.count }
        if !left.elementsEqual(right) { return left.lexicographicallyPrecedes(right) }
        (i, j) = (iEnd, jEnd)
    }
    return x.count - i < y.count - j
}

/// A figure that went down.
public struct GateImprovement: Hashable, Sendable {
    public var subject: String
    /// What went down (`code lines`, `file-size`, `cycles`); `paid` findings went away.
    public var figure: String
    public var base: Double
    public var head: Double

    public init(subject: String, figure: String, base: Double, head: Double) {
        self.subject = subject
        self.figure = figure
        self.base = base
        self.head = head
    }
}

/// What a change costs: principal and interest added and removed, in hours.
///
/// Interest is priced at the head's activity (each finding's interest per unit of friction), so the
/// figures say what the change itself did to the debt, not how busy the code has been since the base.
public struct CostDelta: Hashable, Sendable {
    public var principalAdded: Double = 0
    public var principalRemoved: Double = 0
    public var interestAdded: Double = 0
    public var interestRemoved: Double = 0

    public init(
        principalAdded: Double = 0, principalRemoved: Double = 0, interestAdded: Double = 0, interestRemoved: Double = 0
    ) {
        self.principalAdded = principalAdded
        self.principalRemoved = principalRemoved
        self.interestAdded = interestAdded
        self.interestRemoved = interestRemoved
    }

    public var principalNet: Double { principalAdded - principalRemoved }
    public var interestNet: Double { interestAdded - interestRemoved }
}
