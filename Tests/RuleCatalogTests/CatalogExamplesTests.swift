import DebtModel
import RuleCatalog
import Testing

/// Every rule proves its own examples (STYLE convention 9).
@Suite struct CatalogExamplesTests {
    @Test(arguments: try RuleCatalog.bundled().rules)
    func examplesBehaveAsDocumented(rule: Rule) throws {
        #expect(!rule.examples.triggering.isEmpty, "\(rule.id) has no triggering example")
        #expect(!rule.examples.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        for sample in rule.examples.triggering {
            #expect(try rule.evaluate(sample) != nil, "\(rule.id) should trigger on \(sample)")
        }
        for sample in rule.examples.nonTriggering {
            #expect(try rule.evaluate(sample) == nil, "\(rule.id) should not trigger on \(sample)")
        }
    }
}

extension Rule: CustomTestStringConvertible {
    public var testDescription: String { id }
}
