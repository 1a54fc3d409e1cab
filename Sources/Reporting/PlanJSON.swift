import AccrueKit
import AccruePlan
import Foundation
import Planning

/// The `accrue plan --format json` document, schema `accrue.plan/1` (see docs/plan.md).
public struct PlanDocument: Encodable {
    struct Stage: Encodable {
        var number: Int
        var id: String
        var kind: String
        var title: String
        var why: String
        var steps: [String]
        var files: [String]
        var declarations: [String]
        var importSites: [ImportSite]
        var changedLines: Int
        var principalHours: Double
        var interestSavedHoursPerMonth: Double
        var paybackMonths: Double?
        var groupStages: Int
        var groupInterestSavedHoursPerMonth: Double
        var enables: [Int]
        var enabledInterestSavedHoursPerMonth: Double
        var needs: [Int]
        var checks: [PlanCheck]

        enum CodingKeys: String, CodingKey {
            case number, id, kind, title, why, steps, files, declarations, needs, checks, enables
            case importSites = "import_sites"
            case changedLines = "changed_lines"
            case principalHours = "principal_hours"
            case interestSavedHoursPerMonth = "interest_saved_hours_per_month"
            case paybackMonths = "payback_months"
            case groupStages = "group_stages"
            case groupInterestSavedHoursPerMonth = "group_interest_saved_hours_per_month"
            case enabledInterestSavedHoursPerMonth = "enabled_interest_saved_hours_per_month"
        }
    }

    struct Point: Encodable {
        var stage: Int
        var interestHoursPerMonth: Double
        var principalHours: Double

        enum CodingKeys: String, CodingKey {
            case stage
            case interestHoursPerMonth = "interest_hours_per_month"
            case principalHours = "principal_hours"
        }
    }

    struct Unplanned: Encodable {
        var rule: String
        var findings: Int
        var interestHoursPerMonth: Double
        /// Why some findings got no stage; left out when there is nothing to say.
        var reasons: [String]?

        enum CodingKeys: String, CodingKey {
            case rule, findings, reasons
            case interestHoursPerMonth = "interest_hours_per_month"
        }
    }

    let schema = "accrue.plan/1"
    let accrueVersion: String
    let commit: String?
    let budgetLines: Int
    let debtFree: Bool
    let interestHoursPerMonth: Double
    let stagesPlanned: Int
    let shallow: Bool
    let partialClone: Bool
    let stages: [Stage]
    let series: [Point]
    let unplanned: [Unplanned]

    enum CodingKeys: String, CodingKey {
        case schema, commit, stages, series, unplanned, shallow
        case partialClone = "partial_clone"
        case accrueVersion = "accrue_version"
        case budgetLines = "budget_lines"
        case debtFree = "debt_free"
        case interestHoursPerMonth = "interest_hours_per_month"
        case stagesPlanned = "stages_planned"
    }

    /// The document of `report`; numbers are rounded to 0.01 so output is stable across platforms.
    public init(_ report: PlanReport, accrueVersion: String) {
        let plan = report.plan
        self.accrueVersion = accrueVersion
        commit = report.scan.commit
        budgetLines = plan.budget
        debtFree = plan.isDebtFree
        interestHoursPerMonth = Self.round(plan.interestBefore)
        stagesPlanned = plan.totalStages
        (shallow, partialClone) = (report.scan.isShallow, report.scan.isPartialClone)
        stages = plan.stages.map {
            Stage(
                number: $0.number, id: $0.id, kind: $0.kind.rawValue, title: $0.title, why: $0.why, steps: $0.steps,
                files: $0.files, declarations: $0.declarations, importSites: $0.importSites,
                changedLines: $0.changedLines, principalHours: Self.round($0.principalHours),
                interestSavedHoursPerMonth: Self.round($0.interestSavedHoursPerMonth),
                paybackMonths: $0.paybackMonths.map(Self.round), groupStages: $0.groupStages,
                groupInterestSavedHoursPerMonth: Self.round($0.groupInterestSavedHoursPerMonth), enables: $0.enabledStages,
                enabledInterestSavedHoursPerMonth: Self.round($0.enabledInterestSavedHoursPerMonth), needs: $0.neededStages,
                checks: $0.checks)
        }
        series = plan.series.map {
            Point(
                stage: $0.stage, interestHoursPerMonth: Self.round($0.interestHoursPerMonth),
                principalHours: Self.round($0.principalHours))
        }
        unplanned = plan.unplanned.map {
            Unplanned(
                rule: $0.rule, findings: $0.findings, interestHoursPerMonth: Self.round($0.interestHoursPerMonth),
                reasons: $0.reasons.isEmpty ? nil : $0.reasons)
        }
    }

    private static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
