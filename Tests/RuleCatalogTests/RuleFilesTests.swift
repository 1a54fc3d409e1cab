import DebtModel
import Foundation
import RuleCatalog
import Testing
import ModuleGraph
import SourceScan

@Suite struct RuleFilesTests {
    @Test func everyRuleFileDecodesWithItsFileNameAsId() throws {
        let folder = try RuleCatalog.defaultFolder().appendingPathComponent("debt")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()

        let rules = try RuleCatalog.bundled().rules

        #expect(rules.map(\.id) == names)
        #expect(Set(rules.map(\.id)).count == rules.count)
    }

    @Test func theIssueRulesAreAllThere() throws {
        let ids = Set(try RuleCatalog.bundled().rules.map(\.id))

        for id in [
            "module-size", "file-size", "function-length", "cyclomatic-complexity", "nesting-depth", "module-cycle",
            "hidden-coupling", "instability", "ownership-fragmentation",
        ] {
            #expect(ids.contains(id), "missing \(id)")
        }
    }

    @Test(arguments: try RuleCatalog.bundled().rules)
    func everyRuleIsDocumentedAndOrdered(rule: Rule) {
        #expect(rule.thresholds.isOrdered(for: rule.direction))
        for text in [rule.title, rule.rationale, rule.source, rule.remediation, rule.effort.rationale, rule.effort.source] {
            #expect(!text.isEmpty, "\(rule.id) leaves a text empty")
            #expect(!text.contains("\n"), "\(rule.id): one line each")
        }
        #expect(rule.effort.baseHours >= 0 && rule.effort.hoursPerUnit >= 0)
        #expect(rule.mode == .enforce)
    }

    @Test func everyModelParameterHasAUnitRationaleAndSource() throws {
        let model = try RuleCatalog.bundled().model
        let parameters = [
            model.interest.activityHalfLifeDays, model.interest.baselineHoursPerChange,
            model.interest.frictionPerThresholdSpan, model.interest.maximumFriction,
            model.debtRatio.minutesToWritePerLine, model.debtRatio.ratingAUpTo,
            model.debtRatio.ratingBUpTo, model.debtRatio.ratingCUpTo, model.debtRatio.ratingDUpTo,
        ]

        for parameter in parameters {
            #expect(!parameter.unit.isEmpty && !parameter.rationale.isEmpty && !parameter.source.isEmpty)
            #expect(parameter.value > 0)
        }
        #expect(model.interest.frictionPerThresholdSpan.value == 1.24)
        #expect(model.debtRatio.minutesToWritePerLine.value == 30)
        #expect(model.debtRatio.rating(of: 0.07) == "B")
        #expect(model.debtRatio.rating(of: 0.9) == "E")
    }

    @Test func theModuleBudgetIsTheModuleSizeRule() throws {
        let catalog = try RuleCatalog.bundled()
        let rule = try #require(catalog.rule("module-size"))

        #expect(Double(catalog.modules.budget.warning) == rule.thresholds.warning)
        #expect(Double(catalog.modules.budget.error) == rule.thresholds.error)
    }

    @Test func everyEcosystemLanguageIsALanguageTheScannerKnows() throws {
        let catalog = try RuleCatalog.bundled()
        let known = Set(catalog.languages.languages.map(\.name))

        let unknown = catalog.modules.ecosystemLanguages.values.joined().filter { !known.contains($0) }

        #expect(unknown.isEmpty)
    }
}
