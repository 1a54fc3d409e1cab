import Foundation
import Testing
import TestSupport

@Suite struct ExplainCommandTests {
    @Test func explainsEachTermOfAFilesPrincipalAndInterest() throws {
        let path = try FixtureRepository.materialize("debt-basic")

        let result = try AccrueBinary.run(["explain", "Sources/Big.swift"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("file_code_lines = 700; warning 400, error 1000"))
        #expect(result.stdout.contains("principal = 1 h + 0.020 h × 300 excess = 7 h"))
        #expect(result.stdout.contains("friction = min(1.240 × 0.500, 3) = 0.620"))
        #expect(result.stdout.contains("2 commits, decayed"))
    }

    @Test func explainsAModuleByName() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let result = try AccrueBinary.run(["explain", "Core"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("Debt of module Core"))
        #expect(result.stdout.contains("module-size (error): module Core"))
    }

    @Test func aFileShowsItsShareOfItsModulesDebt() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let result = try AccrueBinary.run(["explain", "Sources/Core/Core1.swift"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("share of module-size (module Core): "))
        #expect(result.stdout.contains("changes/month (this file's ÷ the module's)"))
    }
}

@Suite struct PlanCommandTests {
    @Test func aRepositoryWithoutDebtHasNothingToPlanAndExitsZero() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["plan", path])

        #expect(result.status == 0)
        #expect(result.stdout.contains("Nothing to plan"))
    }
}
