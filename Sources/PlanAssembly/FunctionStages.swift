import DebtLedger
import DebtModel
import Planning

/// Stages that simplify the worst functions of the files charging the most function interest.
///
/// One stage per file (more when its functions do not fit the budget): the functions whose findings
/// charge the most, each with the limits it must come within. Stages of one file are independent
/// and ranked on their own, so a file's worst functions do not drag its mildest ones ahead.
package struct FunctionStages {
    let path: String
    /// Function findings of the file (complexity, length, nesting).
    let findings: [Finding]
    let functions: [PlanFunction]
    let settings: PlanSettings
    /// Whether the file is test code, whose assertions pin its behaviour (vuejs/core's 45 `test(…, () => …)` callbacks
    /// had been told to get characterization tests first).
    let isTest: Bool

    /// Creates the builder for one file's functions.
    package init(path: String, findings: [Finding], functions: [PlanFunction], settings: PlanSettings, isTest: Bool = false) {
        self.path = path
        self.findings = findings
        self.functions = functions
        self.settings = settings
        self.isTest = isTest
    }

    package func stages() -> [PlanStage] {
        var byFunction: [String: [Finding]] = [:]
        var keys: [String: (name: String, line: Int)] = [:]
        for finding in findings {
            guard case .function(_, let name, let line) = finding.subject else { continue }
            byFunction["\(line) \(name)", default: []].append(finding)
            keys["\(line) \(name)"] = (name, line)
        }
        let ranked = byFunction.keys.sorted {
            let left = byFunction[$0]?.reduce(0) { $0 + $1.interest.hoursPerMonth } ?? 0
            let right = byFunction[$1]?.reduce(0) { $0 + $1.interest.hoursPerMonth } ?? 0
            return (left, $1) > (right, $0)
        }
        var batches: [[String]] = [[]]
        var size = 0
        for key in ranked {
            let length = min(settings.budget, length(of: keys[key]))
            if size + length > settings.budget, !(batches.last?.isEmpty ?? true) {
                batches.append([])
                size = 0
            }
            batches[batches.count - 1].append(key)
            size += length
        }
        let group = "simplify-functions:\(path)"
        var result: [PlanStage] = []
        for (index, batch) in batches.enumerated() where !batch.isEmpty {
            let found = batch.flatMap { byFunction[$0] ?? [] }
            let interest = found.reduce(0) { $0 + $1.interest.hoursPerMonth }
            let steps = batch.map { key -> String in
                let limits = (byFunction[key] ?? []).map {
                    "\($0.rule) \(Int($0.value)) → ≤ \(Int($0.thresholds.warning))"
                }.joined(separator: ", ")
                return "\(path):\(keys[key]?.line ?? 0) `\(keys[key]?.name ?? key)`: \(limits); "
                    + advice(for: byFunction[key] ?? [], function: keys[key])
            }
            let checks = found.map {
                PlanCheck(
                    rule: $0.rule, subject: $0.subject.description, comparison: "<=", value: $0.thresholds.warning,
                    text: "\($0.rule) of \($0.subject.description) ≤ \(Int($0.thresholds.warning))")
            }
            result.append(PlanStage(
                id: "\(group):\(index + 1)", kind: .simplifyFunctions,
                title: "Simplify \(batch.count == 1 ? "`\(keys[batch[0]]?.name ?? "")`" : "\(batch.count) functions") in \(path)",
                why: "\(found.count) function finding\(found.count == 1 ? " here charges" : "s here charge") \(hoursText(interest)) a month: "
                    + "every change to this file has to get through \(found.count == 1 ? "it" : "them").",
                steps: [firstStep] + steps, files: [path],
                declarations: batch.compactMap { keys[$0]?.name },
                changedLines: min(settings.budget, batch.reduce(0) { $0 + length(of: keys[$1]) }),
                principalHours: found.reduce(0) { $0 + $1.principal.hours }, interestSavedHoursPerMonth: interest,
                checks: checks, group: "\(group):\(index + 1)"))
        }
        return result
    }

    /// What makes the change safe: characterization tests, or in test code its own assertions.
    private var firstStep: String {
        isTest
            ? "Keep every assertion: move shared setup into helpers or fixtures, and see the tests fail when the code "
                + "they test breaks, before and after"
            : "Pin the behaviour with characterization tests first"
    }

    /// How to bring a function within its limits, by what it breaks: branches go into named helpers, nesting
    /// flattens by returning early; a long function with next to no branches (PHP-Parser's 271-line
    /// `provideTestLexNewFeatures`, one array of cases), or with a path per 20 lines or more (vapor's 260-line
    /// `routes`, 9 paths through route registrations), has too few to extract: it is cut into steps, its data into a
    /// file of its own.
    private func advice(for findings: [Finding], function key: (name: String, line: Int)?) -> String {
        let rules = Set(findings.map(\.rule))
        let function = key.flatMap { key in functions.first { $0.line == key.line && $0.name == key.name } }
        let (complexity, length) = (function?.complexity ?? Int.max, function?.length ?? 0)
        let straight = !rules.contains("cyclomatic-complexity")
            && (complexity <= Self.straightComplexity || length >= Self.straightLinesPerPath * complexity)
        let branchy = "extract the branches into named helpers, return early, flatten nesting"
        guard straight && rules.contains("function-length") else { return branchy }
        let steps = isTest
            ? "split it into smaller tests; a long list of cases or expected data goes into a fixture file"
            : "cut it into named steps it calls in turn; a long table of data goes into a data file or a constant of its own"
        return rules.contains("nesting-depth") ? steps + "; return early, flatten nesting" : steps
    }

    /// At most this many paths through a function, it has next to no branches to extract.
    static let straightComplexity = 3
    /// At least this many lines per path, a function is mostly straight code: its branches are too few to cut it.
    static let straightLinesPerPath = 20

    private func length(of key: (name: String, line: Int)?) -> Int {
        guard let key else { return 1 }
        return functions.first { $0.line == key.line && $0.name == key.name }?.length ?? 20
    }
}
