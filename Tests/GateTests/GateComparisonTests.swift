import DebtModel
import Gate
import Testing

@Suite struct GateComparisonTests {
    let rules = [
        Rule(
            id: "file-size", title: "File too long", metric: .fileCodeLines, scope: .file, direction: .higherIsWorse,
            thresholds: Thresholds(warning: 400, error: 1000)),
        Rule(
            id: "module-size", title: "Module too big", metric: .moduleCodeLines, scope: .module,
            direction: .higherIsWorse, thresholds: Thresholds(warning: 2000, error: 3000)),
    ]

    func comparison(states: [String: RuleGate] = [:]) -> GateComparison {
        GateComparison(rules: rules, states: states, tolerances: GateTolerances())
    }

    @Test func aNewErrorFindingInANewFileFailsAsCleanAsYouCode() {
        let base = baseline(files: ["A.swift": 100])
        let head = baseline(files: ["A.swift": 100, "B.swift": 1200], findings: [fileSize("B.swift", 1200, .error)])

        let verdict = comparison().compare(base: base, head: head, changedFiles: ["B.swift"])

        #expect(!verdict.passed)
        #expect(verdict.failures.map(\.check) == [.cleanAsYouCode])
        #expect(verdict.failures.first?.message == "new file breaks a rule: file-size 1,200 > error 1,000")
    }

    @Test func anEditInsideABadFileThatDoesNotMakeItWorsePasses() {
        let bad = fileSize("Old.swift", 1200, .error)
        let base = baseline(files: ["Old.swift": 1200], findings: [bad])
        let head = baseline(files: ["Old.swift": 1200], findings: [bad])

        let verdict = comparison().compare(base: base, head: head, changedFiles: ["Old.swift"])

        #expect(verdict.passed)
        #expect(verdict.problems.isEmpty)
    }

    @Test func makingABadFileWorseFails() {
        let base = baseline(files: ["Old.swift": 1200], findings: [fileSize("Old.swift", 1200, .error)])
        let head = baseline(files: ["Old.swift": 1210], findings: [fileSize("Old.swift", 1210, .error)])

        let verdict = comparison().compare(base: base, head: head, changedFiles: ["Old.swift"])

        #expect(verdict.failures.map(\.message) == ["made worse: file-size 1,200 → 1,210"])
        #expect(verdict.failures.first?.note?.contains("finding_value: { absolute: N }") == true)
    }

    @Test func aMovedFileKeepsItsFindingsAndIsJudgedAsItsOldSelf() {
        let base = baseline(files: ["Old/Big.swift": 1200, "A.swift": 10], findings: [fileSize("Old/Big.swift", 1200, .error)])
        let moved = baseline(files: ["New/Big.swift": 1200, "A.swift": 10], findings: [fileSize("New/Big.swift", 1200, .error)])
        let grown = baseline(files: ["New/Big.swift": 1210, "A.swift": 10], findings: [fileSize("New/Big.swift", 1210, .error)])

        let verdict = comparison().compare(base: base, head: moved, changedFiles: ["Old/Big.swift", "New/Big.swift"])
        let worse = comparison().compare(base: base, head: grown, changedFiles: ["Old/Big.swift", "New/Big.swift"])

        #expect(verdict.passed)
        #expect(verdict.problems.isEmpty)
        #expect(verdict.improvements.isEmpty)  // not paid: moved
        #expect(worse.failures.map(\.message) == ["made worse: file-size 1,200 → 1,210"])
    }

    @Test func aFileGitSawRenamedIsJudgedAsItsOldSelf() {
        // `git mv tree.go router_tree.go`: no file name in common, the move comes from git's rename detection.
        let base = baseline(files: ["tree.go": 1200, "A.swift": 10], findings: [fileSize("tree.go", 1200, .error)])
        let moved = baseline(files: ["router_tree.go": 1200, "A.swift": 10], findings: [fileSize("router_tree.go", 1200, .error)])
        let changed: Set<String> = ["tree.go", "router_tree.go"]

        let followed = comparison().compare(base: base, head: moved, changedFiles: changed, moves: ["tree.go": "router_tree.go"])
        let unknown = comparison().compare(base: base, head: moved, changedFiles: changed)

        #expect(followed.passed && followed.problems.isEmpty && followed.improvements.isEmpty)
        #expect(!unknown.passed)
    }

    @Test func deletingABadFileIsAnImprovement() {
        let base = baseline(files: ["Old.swift": 1200, "A.swift": 10], findings: [fileSize("Old.swift", 1200, .error)])
        let head = baseline(files: ["A.swift": 10])

        let verdict = comparison().compare(base: base, head: head, changedFiles: ["Old.swift"])
        let excluded = comparison().compare(base: base, head: head, changedFiles: [])

        #expect(verdict.improvements.map(\.figure) == ["file-size (file deleted)"])
        #expect(excluded.improvements.isEmpty)
    }

    @Test func debtTheConfigurationStopsMeasuringIsNotPaid() {
        let base = baseline(files: ["Old.swift": 1200, "A.swift": 10], findings: [fileSize("Old.swift", 1200, .error)])
        let excluded = baseline(files: ["A.swift": 10])  // `excluded_paths: [Old.swift]`, and Old.swift edited
        let ruleOff = baseline(files: ["Old.swift": 1200, "A.swift": 10])  // `file-size: { mode: off }`
        var offRules = rules
        offRules[0].mode = .off
        let off = GateComparison(rules: offRules, states: [:], tolerances: GateTolerances())

        let stillThere = comparison().compare(
            base: base, head: excluded, changes: .init(files: ["Old.swift"], deleted: []))
        let turnedOff = off.compare(base: base, head: ruleOff, changedFiles: ["Old.swift"])

        #expect(stillThere.improvements.isEmpty)
        #expect(turnedOff.improvements.isEmpty)
    }

    @Test func aNewHiddenCouplingWarnsAtWarningSeverityAndFailsAtError() {
        func coupling(_ degree: Double, _ severity: Severity) -> FindingFigures {
            FindingFigures(
                rule: "hidden-coupling", kind: .pair, subject: "A ↔ B", path: nil, modules: ["A", "B"],
                metric: .hiddenCouplingDegree, value: degree, severity: severity, principalHours: 2,
                interestHoursPerMonth: 3, friction: 0.5)
        }
        let base = baseline(files: [:], modules: ["A": 100, "B": 100])
        let warning = baseline(files: [:], modules: ["A": 100, "B": 100], findings: [coupling(40, .warning)])
        let error = baseline(files: [:], modules: ["A": 100, "B": 100], findings: [coupling(70, .error)])

        let warned = comparison().compare(base: base, head: warning, changedFiles: [])
        let failed = comparison().compare(base: base, head: error, changedFiles: [])

        #expect(warned.passed)
        #expect(warned.warnings.first?.note == "measured from history: a coupling fails the gate at error severity")
        // The module interest it adds warns too (the ratchet's note), it does not fail.
        #expect(warned.warnings.dropFirst().allSatisfy { $0.rule == "module-interest" })
        #expect(failed.failures.map(\.rule).contains("hidden-coupling"))
    }

    @Test func anAmbiguousMoveIsNotFollowed() {
        let base = baseline(
            files: ["a/index.ts": 1200, "b/index.ts": 10], findings: [fileSize("a/index.ts", 1200, .error)])
        let head = baseline(
            files: ["c/index.ts": 1200, "d/index.ts": 10], findings: [fileSize("c/index.ts", 1200, .error)])

        let verdict = comparison().compare(base: base, head: head, changedFiles: ["c/index.ts", "d/index.ts"])

        #expect(verdict.failures.map(\.check) == [.cleanAsYouCode])
    }

    @Test func aRuleInWarnModeOnlyWarnsAndSaysWhy() {
        let base = baseline(files: [:])
        let head = baseline(files: ["B.swift": 1200], findings: [fileSize("B.swift", 1200, .error)])
        let warn = ["file-size": RuleGate(enforcing: false, reason: "rule file-size is in warn mode")]

        let verdict = comparison(states: warn).compare(base: base, head: head, changedFiles: ["B.swift"])

        #expect(verdict.passed)
        #expect(verdict.warnings.map(\.note) == ["rule file-size is in warn mode"])
    }

    @Test func aModuleOverBudgetMayOnlyShrink() {
        let base = baseline(files: [:], modules: ["Core": 2100])
        let grown = baseline(files: [:], modules: ["Core": 2101])
        let shrunk = baseline(files: [:], modules: ["Core": 2050])

        let failed = comparison().compare(base: base, head: grown, changedFiles: [])
        let passed = comparison().compare(base: base, head: shrunk, changedFiles: [])

        #expect(failed.failures.map(\.message) == ["module over its budget grew: 2,100 → 2,101 code lines (warning over 2,000, error over 3,000; a tolerance, gate: { module_size: { absolute: N } } in .accrue.yml, lets it grow by N)"])
        #expect(passed.passed)
        #expect(passed.improvements == [GateImprovement(subject: "module Core", figure: "code lines", base: 2100, head: 2050)])
    }

    @Test func aNewCycleFailsButAShrunkCycleDoesNot() {
        var base = baseline(files: [:], modules: ["A": 10, "B": 10, "C": 10])
        base.cycles = [["A", "B", "C"]]
        var shrunk = base
        shrunk.cycles = [["A", "B"]]
        var added = base
        added.cycles = [["A", "B", "C"], ["D", "E"]]

        #expect(comparison().compare(base: base, head: shrunk, changedFiles: []).passed)
        #expect(
            comparison().compare(base: base, head: added, changedFiles: []).failures.map(\.message)
                == ["new import cycle between modules D, E (`accrue modules` names the imports to cut)"])
        added.cycleCuts = ["D+E": ["E → D (2 imports, one at Sources/E/E.swift:3)"]]
        #expect(
            comparison().compare(base: base, head: added, changedFiles: []).failures.map(\.message)
                == ["new import cycle between modules D, E; to break it, cut the weakest import edge: "
                    + "E → D (2 imports, one at Sources/E/E.swift:3)"])
    }

    @Test func aNewCycleNamesTheImportsTheChangeMadeAlongIt() {
        let base = baseline(files: [:], modules: ["D": 10, "E": 10])
        var head = base
        head.cycles = [["D", "E"]]
        head.cycleCuts = ["D+E": ["E → D (2 imports, one at Sources/E/E.swift:3)"]]
        head.cycleEdges = ["D+E": [
            Baseline.CycleEdge(from: "D", to: "E", files: ["Sources/D/A.swift", "Sources/D/B.swift", "Sources/D/C.swift"]),
            Baseline.CycleEdge(from: "E", to: "D", files: ["Sources/E/E.swift"]),
        ]]

        // The change added D's imports of E (two files), not the weakest edge the cut names.
        #expect(
            comparison().compare(base: base, head: head, changedFiles: ["Sources/D/B.swift", "Sources/D/C.swift"])
                .failures.map(\.message)
                == ["new import cycle between modules D, E; this change imports along it: D → E (in Sources/D/B.swift "
                    + "and 1 more); to break it, cut the weakest import edge: E → D (2 imports, one at Sources/E/E.swift:3)"])
        // A change touching none of the cycle's importing files (a manifest made the edge) names none.
        #expect(
            comparison().compare(base: base, head: head, changedFiles: ["Package.swift"]).failures.map(\.message)
                == ["new import cycle between modules D, E; to break it, cut the weakest import edge: "
                    + "E → D (2 imports, one at Sources/E/E.swift:3)"])
    }

    @Test func enforcementWaitsForTheDayAndTheCommitCount() throws {
        let day = try #require(CalendarDay("2026-06-01"))
        var rule = rules[0]
        rule.enforcement = Rule.Enforcement(after: CalendarDay("2026-07-01"))
        var counted = rules[0]
        counted.enforcement = Rule.Enforcement(afterCommits: 10)

        #expect(RuleGate.state(of: rule, day: day, commitsSinceBaseline: 0).reason == "rule file-size is enforced from 2026-07-01")
        #expect(RuleGate.state(of: rule, day: CalendarDay("2026-07-01"), commitsSinceBaseline: 0).enforcing)
        #expect(
            RuleGate.state(of: counted, day: day, commitsSinceBaseline: 3).reason
                == "rule file-size is enforced after 10 commits since the baseline (3 so far)")
        #expect(RuleGate.state(of: counted, day: day, commitsSinceBaseline: 10).enforcing)
    }
}

func fileSize(_ path: String, _ lines: Double, _ severity: Severity) -> FindingFigures {
    FindingFigures(
        rule: "file-size", kind: .file, subject: path, path: path, modules: [], metric: .fileCodeLines, value: lines,
        severity: severity, principalHours: 1 + 0.02 * (lines - 400), interestHoursPerMonth: 0, friction: 1)
}

func baseline(files: [String: Int], modules: [String: Int] = [:], findings: [FindingFigures] = []) -> Baseline {
    Baseline(
        commit: nil,
        totals: Baseline.Totals(codeLines: 0, principalHours: 0, interestHoursPerMonth: 0, cycles: 0, findings: 0),
        modules: modules.mapValues {
            ModuleFigures(
                codeLines: $0, files: 1, maxFileCodeLines: 0, maxComplexity: 0, maxFunctionLines: 0, maxNesting: 0,
                cycleCuts: 0, afferent: 0, efferent: 0, principalHours: 0, interestHoursPerMonth: 0, findings: 0)
        },
        files: files.mapValues {
            FileFigures(
                module: nil, codeLines: $0, functions: 0, maxComplexity: 0, maxFunctionLines: 0, maxNesting: 0,
                principalHours: 0, interestHoursPerMonth: 0, findings: 0)
        },
        findings: Dictionary(findings.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first }), cycles: [])
}

@Suite struct GateHistoryMetricTests {
    private let hotspotGate = GateComparison(
        rules: [
            Rule(
                id: "hotspot", title: "Hotspot", metric: .hotspotScore, scope: .file, direction: .higherIsWorse,
                thresholds: Thresholds(warning: 0.5, error: 0.8))
        ], states: [:], tolerances: GateTolerances())

    /// A hotspot finding on `path`: the gate sees `score` in one baseline and another in the other.
    private func hotspot(_ score: Double, on path: String) -> Baseline {
        let finding = FindingFigures(
            rule: "hotspot", kind: .file, subject: path, path: path, modules: [], metric: .hotspotScore,
            value: score, severity: score > 0.8 ? .error : .warning, principalHours: 4, interestHoursPerMonth: 0,
            friction: 0)
        return baseline(files: [path: 10], findings: [finding])
    }

    @Test func aHotterHotspotOnlyWarns() {
        let verdict = hotspotGate.compare(
            base: hotspot(0.81, on: "A.swift"), head: hotspot(0.82, on: "A.swift"), changedFiles: ["A.swift"])

        #expect(verdict.passed)
        #expect(verdict.warnings.map(\.note) == ["hotspot_score is measured from history: any change to the file moves it"])
        #expect(verdict.historyMoves.count == 1 && verdict.listedWarnings.isEmpty)
    }

    @Test func aHotspotThatVanishedWasNotPaid() {
        // A file moved in the work tree has no history under its new name yet; a shallow clone has little.
        let verdict = hotspotGate.compare(
            base: hotspot(0.9, on: "A.swift"), head: baseline(files: ["A.swift": 10]), changedFiles: ["A.swift"])

        #expect(verdict.passed && verdict.improvements.isEmpty)
    }

    @Test func aCoolerHotspotIsNoGainToLockIn() {
        // B.swift was not touched: its rank fell because another file changed.
        let verdict = hotspotGate.compare(
            base: hotspot(0.78, on: "B.swift"), head: hotspot(0.77, on: "B.swift"), changedFiles: ["A.swift"])

        #expect(verdict.passed && verdict.improvements.isEmpty)
    }

    @Test func interestFromANewHotspotWarnsButInterestFromNewComplexityFails() {
        let rules = [
            Rule(
                id: "hotspot", title: "Hotspot", metric: .hotspotScore, scope: .file, direction: .higherIsWorse,
                thresholds: Thresholds(warning: 0.5, error: 0.8)),
            Rule(
                id: "cyclomatic-complexity", title: "Complex function", metric: .cyclomaticComplexity,
                scope: .function, direction: .higherIsWorse, thresholds: Thresholds(warning: 10, error: 20)),
        ]
        func finding(_ rule: String, _ metric: MetricID, _ value: Double) -> FindingFigures {
            FindingFigures(
                rule: rule, kind: .file, subject: "A.swift", path: "A.swift", modules: ["Core"], metric: metric,
                value: value, severity: .warning, principalHours: 4, interestHoursPerMonth: 2, friction: 1)
        }
        let base = baseline(files: ["A.swift": 10], modules: ["Core": 10])
        let hotter = baseline(
            files: ["A.swift": 10], modules: ["Core": 10], findings: [finding("hotspot", .hotspotScore, 0.6)])
        let complex = baseline(
            files: ["A.swift": 10], modules: ["Core": 10],
            findings: [finding("cyclomatic-complexity", .cyclomaticComplexity, 12)])
        let gate = GateComparison(rules: rules, states: [:], tolerances: GateTolerances())

        let fromActivity = gate.compare(base: base, head: hotter, changedFiles: ["A.swift"])
        let fromCode = gate.compare(base: base, head: complex, changedFiles: ["A.swift"])

        #expect(fromActivity.passed)
        #expect(fromActivity.warnings.contains { $0.rule == "module-interest" })
        #expect(!fromCode.passed)
        #expect(fromCode.failures.map(\.rule) == ["module-interest"])
    }
}

@Suite struct GateModuleSizeTests {
    @Test func aModuleCrossingIntoTheWarningBandIsNotRatcheted() {
        let rules = [
            Rule(
                id: "module-size", title: "Module too big", metric: .moduleCodeLines, scope: .module,
                direction: .higherIsWorse, thresholds: Thresholds(warning: 2000, error: 3000))
        ]
        let base = baseline(files: [:], modules: ["Core": 1950])
        let head = baseline(files: [:], modules: ["Core": 2100])

        let verdict = GateComparison(rules: rules, states: [:], tolerances: GateTolerances())
            .compare(base: base, head: head, changedFiles: [])

        #expect(verdict.passed)
    }
}
