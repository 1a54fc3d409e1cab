import AccrueKit
import AccruePlan
import DebtModel
import Foundation
import Planning

/// `accrue plan` for the terminal: the totals, then each stage with why, what, size, savings and check.
public struct PlanText {
    public let report: PlanReport
    public let style: TerminalStyle

    /// Creates the renderer.
    public init(_ report: PlanReport, style: TerminalStyle) {
        self.report = report
        self.style = style
    }

    /// The whole text, ending in a newline.
    public func render() -> String {
        let plan = report.plan
        var out = style.bold("accrue plan") + style.dim(" — \(report.scan.commit.map { String($0.prefix(12)) } ?? "work tree")")
            + style.dim("   at most \(grouped(plan.budget)) changed lines a stage") + "\n\n"
        if plan.isDebtFree {
            return out + "  No debt found: every module, file and function is within its rules. Nothing to plan.\n"
        }
        let after = plan.series.last?.interestHoursPerMonth ?? plan.interestBefore
        out += "  Interest now      \(hours(plan.interestBefore)) a month\n"
        out += "  After \(plan.stages.count) stage\(plan.stages.count == 1 ? "" : "s")"
            .padding(toLength: 20, withPad: " ", startingAt: 0)
            + "\(hours(after)) a month (saves \(hours(plan.interestBefore - after)))\n"
        if let clone = PlanText.cloneNote(report.scan) { out += "  History           " + style.yellow(clone) + "\n" }
        out += "  Stages planned    \(plan.totalStages)\(plan.totalStages > plan.stages.count ? " (showing \(plan.stages.count); --stages 0 shows all)" : "")\n"
        if plan.stages.isEmpty {
            out += "\n  No stage to plan: the findings are of kinds accrue has no stage for.\n"
        }
        for stage in plan.stages { out += stageText(stage) }
        if !plan.unplanned.isEmpty {
            out += "\n" + style.dim("Not planned: " + plan.unplanned.map {
                // A signal (hotspots) charges no interest: say so rather than "0.0 h/mo".
                "\($0.findings) \($0.rule) (" + ($0.interestHoursPerMonth > 0 ? "\(hours($0.interestHoursPerMonth))/mo" : "no interest") + ")"
            }.joined(separator: ", ")) + "\n"
            out += plan.unplanned.flatMap(reasonLines).map { style.dim($0) + "\n" }.joined()
        }
        return out
    }

    /// What a shallow or partial clone does to the interest the stages save, or nil for a full clone.
    static func cloneNote(_ scan: ScanReport) -> String? {
        if scan.isShallow {
            return "shallow clone: interest counts only the commits it has (git fetch --unshallow; in CI, fetch-depth: 0)"
        }
        if scan.isPartialClone { return "partial clone: renames of files it never fetched are not followed (clone without --filter)" }
        return nil
    }

    /// Why a planned rule's findings got no stage, a few lines a rule (the JSON lists them all).
    private func reasonLines(_ unplanned: RemediationPlan.Unplanned) -> [String] {
        let shown = unplanned.reasons.prefix(3).map { "  \(unplanned.rule): \($0)" }
        let more = unplanned.reasons.count - shown.count
        return shown + (more > 0 ? ["  \(unplanned.rule): \(more) more alike (--format json lists all)"] : [])
    }

    /// One stage: its title, why, steps, size, the stages it needs and how to tell it is done.
    private func stageText(_ stage: PlanStage) -> String {
        var out = "\n" + style.bold("\(stage.number). \(stage.title)") + style.dim("  [\(stage.kind.rawValue)]") + "\n"
        out += "   Why     \(stage.why)\n"
        for (index, step) in stage.steps.enumerated() {
            out += (index == 0 ? "   Do      " : "           ") + "- \(step)\n"
        }
        let payback = stage.paybackMonths.map { ", payback \(months($0))" } ?? ""
        out += "   Size    \(grouped(stage.changedLines)) changed lines; repays \(hours(stage.principalHours)); "
            + "saves \(hours(stage.interestSavedHoursPerMonth)) a month\(payback)\(together(stage))\n"
        if !stage.neededStages.isEmpty {
            out += "   Needs   " + stage.neededStages.map { "stage \($0)" }.joined(separator: ", ") + "\n"
        }
        for (index, check) in stage.checks.enumerated() {
            out += (index == 0 ? "   Done    " : "           ") + "\(check.text)\n"
        }
        return out
    }
}

/// "; its repair's 8 stages together save 4.8 h a month" for a stage of a longer repair, and "; it opens the way for
/// stage 6's repair, which saves 4.6 h a month" for one a later repair needs; else nothing.
func together(_ stage: PlanStage) -> String {
    var out = stage.groupStages > 1
        ? "; its repair's \(stage.groupStages) stages together save \(hours(stage.groupInterestSavedHoursPerMonth)) a month" : ""
    if !stage.enabledStages.isEmpty && stage.enabledInterestSavedHoursPerMonth > 0 {
        let numbers = stage.enabledStages.map(String.init)
        let listed = numbers.count == 1 ? numbers[0] : numbers.dropLast().joined(separator: ", ") + " and " + numbers[numbers.count - 1]
        let which = numbers.count == 1 ? "stage \(listed)'s repair, which saves" : "the repairs of stages \(listed), which save"
        out += "; it opens the way for \(which) \(hours(stage.enabledInterestSavedHoursPerMonth)) a month"
    }
    return out
}
