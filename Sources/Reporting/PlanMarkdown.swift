import AccrueKit
import AccruePlan
import DebtModel
import Planning
import Foundation

/// `accrue plan --format markdown`: a checklist to paste into an issue or pull request, and the
/// cumulative interest after each stage as a table.
public struct PlanMarkdown {
    public let report: PlanReport

    /// Creates the renderer.
    public init(_ report: PlanReport) {
        self.report = report
    }

    /// One stage as a checklist item: its size and savings, why, a box per step, and how to tell it is done.
    private func stageItem(_ stage: PlanStage) -> String {
        let needs = stage.neededStages.isEmpty ? "" : "; needs " + stage.neededStages.map { "\($0)" }.joined(separator: ", ")
        var out = "- [ ] **\(stage.number). \(escape(stage.title))** (\(stage.kind.rawValue)): "
            + "~\(grouped(stage.changedLines)) lines, saves \(hours(stage.interestSavedHoursPerMonth))/month, "
            + "repays \(hours(stage.principalHours))\(together(stage))\(needs)\n"
        out += "  - Why: \(escape(stage.why))\n"
        for step in stage.steps { out += "  - [ ] \(escape(step))\n" }
        for check in stage.checks { out += "  - Done when: \(escape(check.text))\n" }
        return out
    }

    /// The whole document, ending in a newline.
    public func render() -> String {
        let plan = report.plan
        var out = "## accrue plan\n\n"
        if plan.isDebtFree { return out + "No debt found: nothing to plan.\n" }
        let after = plan.series.last?.interestHoursPerMonth ?? plan.interestBefore
        out += "Interest now **\(hours(plan.interestBefore))** a month; after \(plan.stages.count == 1 ? "this stage" : "these \(plan.stages.count) stages") "
            + "**\(hours(after))** a month. Each stage changes at most \(grouped(plan.budget)) lines"
            + (plan.totalStages > plan.stages.count ? " (\(plan.totalStages) stages planned in all)" : "") + ".\n"
        if let clone = PlanText.cloneNote(report.scan) { out += "\n> History: \(escape(clone)).\n" }
        if !plan.stages.isEmpty { out += "\n### Stages\n\n" }
        for stage in plan.stages { out += stageItem(stage) }
        out += "\n### Interest after each stage\n\n| Stage | Interest/month | Principal repaid |\n|---:|---:|---:|\n"
        for point in plan.series {
            out += "| \(point.stage) | \(hours(point.interestHoursPerMonth)) | \(hours(point.principalHours)) |\n"
        }
        if !plan.unplanned.isEmpty {
            out += "\nNot planned: " + plan.unplanned.map { "\($0.findings) \($0.rule)" }.joined(separator: ", ") + ".\n"
                + plan.unplanned.flatMap { unplanned in unplanned.reasons.map { "- \(unplanned.rule): \($0)\n" } }.joined()
        }
        return out
    }

    /// Keeps table cells and list items intact; code spans are left alone, as Markdown shows them literally
    /// (gson's step read `&lt;artifactId&gt;` inside backticks).
    static func escape(_ text: String) -> String {
        var (out, inCode) = ("", false)
        // A backtick left without its pair (an odd count) opens no code span: what follows it is escaped.
        let unpaired = text.filter { $0 == "`" }.count % 2 == 1 ? text.lastIndex(of: "`") : nil
        for index in text.indices {
            let character = text[index]
            if character == "`", index != unpaired { inCode.toggle() }
            switch character {
            case "|" where !inCode: out += "\\|"
            case "<" where !inCode: out += "&lt;"
            case ">" where !inCode: out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    private func escape(_ text: String) -> String { Self.escape(text) }
}
