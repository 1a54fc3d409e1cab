import DebtLedger
import Foundation
import DebtModel
import Testing

@Suite struct DebtAccountantTests {
    let model: ModelParameters

    init() throws { model = try ModelParameters.forTests() }

    let fileSize = Rule(
        id: "file-size", title: "File too long", metric: .fileCodeLines, scope: .file, direction: .higherIsWorse,
        thresholds: Thresholds(warning: 400, error: 1000),
        effort: .init(basis: .excess, baseHours: 2, hoursPerUnit: 0.01))

    @Test func pricesAFileOverItsThresholdByHand() {
        // 700 lines: 300 beyond the warning (400), half the span to the error (1,000).
        // Changed today and 90 days ago: weights 1 + 0.5 = 1.5.
        let observation = Observation(
            subject: .file("Big.swift"), values: [.fileCodeLines: 700],
            activity: Activity(commits: ["a", "b"], ageDays: [90, 0]))

        let findings = DebtAccountant(rules: [fileSize], model: model).findings(for: [observation])

        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(finding.severity == .warning)
        #expect(finding.principal.hours == 2 + 0.01 * 300)  // 5 hours
        let changesPerMonth = 1.5 * 0.693_147_180_559_945_3 / 90 * 30.4375  // 0.35163… changes a month
        #expect(abs(finding.interest.changesPerMonth - changesPerMonth) < 1e-12)
        #expect(finding.interest.span == 0.5)
        #expect(finding.interest.friction == 0.62)  // 1.24 × 0.5
        let interest = changesPerMonth * 3 * 0.62  // 0.65403… hours a month
        #expect(abs(finding.interest.hoursPerMonth - interest) < 1e-12)
        #expect(abs((finding.paybackMonths ?? 0) - 5 / interest) < 1e-9)  // 7.64… months
    }

    @Test func aFunctionChargesItsShareOfItsFilesChanges() {
        let complexity = Rule(
            id: "cyclomatic-complexity", title: "Function too complex", metric: .cyclomaticComplexity,
            scope: .function, direction: .higherIsWorse, thresholds: Thresholds(warning: 10, error: 20),
            effort: .init(basis: .excess, baseHours: 0.5, hoursPerUnit: 0.5))
        // A 120-line function in a 600-line file: a change to the file lands in it one time in five.
        // Complexity 25: 15 beyond the warning (10), 1.5 spans of 10; friction 1.24 × 1.5 = 1.86.
        // The file changed today and 90 days ago: weights 1 + 0.5 = 1.5.
        let observation = Observation(
            subject: .function(path: "Big.swift", name: "parse", line: 10), values: [.cyclomaticComplexity: 25],
            activity: Activity(commits: ["a", "b"], ageDays: [90, 0]), share: 120.0 / 600)

        let finding = DebtAccountant(rules: [complexity], model: model).findings(for: [observation])[0]

        #expect(finding.principal.hours == 0.5 + 0.5 * 15)  // 8 hours
        let changesPerMonth = 1.5 * 0.693_147_180_559_945_3 / 90 * 30.4375  // 0.35163… changes a month
        #expect(abs(finding.interest.changesPerMonth - changesPerMonth) < 1e-12)
        #expect(finding.interest.share == 0.2)
        #expect(abs(finding.interest.friction - 1.86) < 1e-12)
        let interest = changesPerMonth * 0.2 * 3 * 1.86  // 0.39249… hours a month
        #expect(abs(finding.interest.hoursPerMonth - interest) < 1e-12)
        #expect(abs((finding.paybackMonths ?? 0) - 8 / interest) < 1e-9)  // 20.4 months
    }

    @Test func theFindingsOnOneChangeAddAtMostTheMaximumFriction() {
        let complexity = Rule(
            id: "cyclomatic-complexity", title: "Function too complex", metric: .cyclomaticComplexity,
            scope: .function, direction: .higherIsWorse, thresholds: Thresholds(warning: 10, error: 20),
            effort: .init(basis: .excess, baseHours: 0.5, hoursPerUnit: 0.5))
        // A 1,600-line file: 1,200 beyond the warning (400), 2 spans of 600; friction 1.24 × 2 = 2.48.
        // Its 800-line function (share 0.5) has complexity 25: 1.5 spans; friction 1.24 × 1.5 = 1.86, of
        // which a change to the file meets 0.5 × 1.86 = 0.93. Together 2.48 + 0.93 = 3.41, above the
        // maximum friction 3: each keeps its proportion, saturation = 3 / 3.41 = 0.87977…
        // Both changed today and 90 days ago: weights 1 + 0.5 = 1.5.
        let activity = Activity(commits: ["a", "b"], ageDays: [90, 0])
        let file = Observation(subject: .file("Big.swift"), values: [.fileCodeLines: 1600], activity: activity)
        let function = Observation(
            subject: .function(path: "Big.swift", name: "parse", line: 10), values: [.cyclomaticComplexity: 25],
            activity: activity, share: 0.5)
        let other = Observation(subject: .file("Other.swift"), values: [.fileCodeLines: 1600], activity: activity)

        let findings = DebtAccountant(rules: [fileSize, complexity], model: model)
            .findings(for: [file, function, other])

        let changesPerMonth = 1.5 * 0.693_147_180_559_945_3 / 90 * 30.4375  // 0.35163… changes a month
        let big = findings.filter { $0.subject.path == "Big.swift" }
        #expect(big.count == 2)
        for finding in big { #expect(abs(finding.interest.saturation - 3 / 3.41) < 1e-12) }
        let size = findings.first { $0.subject == .file("Big.swift") }
        #expect(abs((size?.interest.hoursPerMonth ?? 0) - changesPerMonth * 3 * 2.48 * 3 / 3.41) < 1e-12)  // 2.3016…
        // The file's findings charge the cap: 0.35163… × 3 h × 3 = 3.16471… hours a month.
        let total = big.reduce(0) { $0 + $1.interest.hoursPerMonth }
        #expect(abs(total - changesPerMonth * 3 * 3) < 1e-12)
        // Another file's findings are another change's: 2.48 alone is below the cap.
        let alone = findings.first { $0.subject == .file("Other.swift") }
        #expect(alone?.interest.saturation == 1)
        #expect(abs((alone?.interest.hoursPerMonth ?? 0) - changesPerMonth * 3 * 2.48) < 1e-12)
    }

    @Test func aRuleWithActivityNoneChargesNothingAndTakesNoPartOfTheCap() {
        // A hotspot-like rule on the same file as a file-size finding at 2 spans (friction 2.48): without it
        // the file's findings stay under the cap (3), so file-size keeps saturation 1 and its full interest.
        let signal = Rule(
            id: "hotspot", title: "Complex code that changes often", metric: .hotspotScore, scope: .file,
            direction: .higherIsWorse, thresholds: Thresholds(warning: 0.5, error: 0.8),
            effort: .init(basis: .finding, baseHours: 4, hoursPerUnit: 0), activity: .none)
        let observation = Observation(
            subject: .file("Big.swift"), values: [.fileCodeLines: 1600, .hotspotScore: 0.95],
            activity: Activity(commits: ["a", "b"], ageDays: [90, 0]))

        let findings = DebtAccountant(rules: [fileSize, signal], model: model).findings(for: [observation])

        let hotspot = findings.first { $0.rule == "hotspot" }
        #expect(hotspot?.interest.hoursPerMonth == 0)
        #expect(hotspot?.interest.commits == [])
        #expect(hotspot?.paybackMonths == nil)
        #expect(hotspot?.principal.hours == 4)
        let size = findings.first { $0.rule == "file-size" }
        #expect(size?.interest.saturation == 1)
        let changesPerMonth = 1.5 * 0.693_147_180_559_945_3 / 90 * 30.4375
        #expect(abs((size?.interest.hoursPerMonth ?? 0) - changesPerMonth * 3 * 2.48) < 1e-12)
    }

    @Test func anUntouchedFileChargesNoInterestHoweverBad() {
        let observation = Observation(subject: .file("Old.swift"), values: [.fileCodeLines: 5000])

        let finding = DebtAccountant(rules: [fileSize], model: model).findings(for: [observation])[0]

        #expect(finding.severity == .error)
        #expect(finding.interest.hoursPerMonth == 0)
        #expect(finding.paybackMonths == nil)
        #expect(finding.interest.friction == 3)  // capped: 1.24 × 7.67 spans would be 9.5
    }

    @Test func withinTheThresholdsThereIsNoFinding() {
        let observation = Observation(subject: .file("Small.swift"), values: [.fileCodeLines: 400])

        #expect(DebtAccountant(rules: [fileSize], model: model).findings(for: [observation]).isEmpty)
    }

    @Test func aRuleOnlyJudgesSubjectsOfItsScopeThatMeasureItsMetric() {
        let module = Observation(subject: .module("Core"), values: [.fileCodeLines: 5000])
        let unmeasured = Observation(subject: .file("x.txt"), values: [:])

        #expect(DebtAccountant(rules: [fileSize], model: model).findings(for: [module, unmeasured]).isEmpty)
    }

    @Test func aCycleIsPricedPerImportSiteToCut() {
        let cycle = Rule(
            id: "module-cycle", title: "Cycle", metric: .moduleCycles, scope: .module, direction: .higherIsWorse,
            thresholds: Thresholds(warning: 0, error: 0), effort: .init(basis: .importSite, baseHours: 4, hoursPerUnit: 0.5))
        let observation = Observation(subject: .module("Net"), values: [.moduleCycles: 1], importSites: 3)

        let finding = DebtAccountant(rules: [cycle], model: model).findings(for: [observation])[0]

        #expect(finding.severity == .error)
        #expect(finding.principal.hours == 5.5)  // 4 + 0.5 × 3 import sites
        #expect(finding.interest.span == 1)  // equal thresholds: one span
    }

    @Test func aChangeEveryDayForeverIsThirtyChangesAMonth() {
        let ages = (0..<20_000).map(Double.init)

        let rate = Activity(commits: [], ageDays: ages).changesPerMonth(halfLifeDays: 90)

        #expect(abs(rate - 30.4375) < 0.2)
    }
}

@Suite struct GroupLinkPrincipalTests {
    @Test func aHiddenCouplingPaysItsShareOfItsGroupsLinks() throws {
        let rule = Rule(
            id: "hidden-coupling", title: "Hidden coupling", metric: .hiddenCouplingDegree, scope: .pair,
            direction: .higherIsWorse, thresholds: Thresholds(warning: 30, error: 60),
            effort: .init(basis: .groupLink, baseHours: 0, hoursPerUnit: 6))
        // One of 79 pairs among 13 modules: the group needs 12 links, so this pair is 12/79 of one.
        let grouped = Observation(subject: .pair("a", "b"), values: [.hiddenCouplingDegree: 100], groupLinks: 12.0 / 79)
        let lone = Observation(subject: .pair("c", "d"), values: [.hiddenCouplingDegree: 100], groupLinks: 1)

        let findings = DebtAccountant(rules: [rule], model: try ModelParameters.forTests()).findings(for: [grouped, lone])

        let byPair = Dictionary(uniqueKeysWithValues: findings.map { ($0.subject, $0.principal.hours) })
        #expect(byPair[.pair("c", "d")] == 6)
        #expect(abs((byPair[.pair("a", "b")] ?? 0) - 72.0 / 79) < 1e-12)  // 79 of them: 72 h, not 474
    }
}

@Suite struct WeightedActivityTests {
    @Test func weightsScaleEachChangeAndSurviveAppending() {
        let plain = Activity(commits: ["a", "b"], ageDays: [0, 0])
        var weighted = Activity(commits: ["c"], ageDays: [0], weights: [0.5])
        weighted.append(plain)

        let rate = Activity(commits: ["a"], ageDays: [0]).changesPerMonth(halfLifeDays: 90)

        #expect(weighted.weights == [0.5, 1, 1])
        #expect(abs(weighted.changesPerMonth(halfLifeDays: 90) - 2.5 * rate) < 1e-12)
    }
}
