import AccrueKit
import Foundation
import Planning
import RuleCatalog
import Testing
import TestSupport
import AccruePlan
import DebtLedger
import SourceScan
import ModuleGraph

/// Applies a plan's stages the way a person would by script, then measures again.
@Suite struct PlanApplyTests {
    @Test func applyingTheFirstStagesImprovesSizeAndCycleAsPredicted() throws {
        let path = try FixtureRepository.materialize("plan-split")
        let before = try plan(path)
        let applied = Array(before.plan.stages.prefix(5))
        // Cache changes alone ("Cache change NN"): changes that stay inside cost the cycle nothing (module-cycle
        // pays on crossing changes), so its stage pays back last, after Shop's split.
        #expect(applied.map(\.kind) == [.splitModule, .splitModule, .splitModule, .splitModule, .breakCycle])

        for stage in applied { try apply(stage, in: path) }
        try FixtureRepository.git(["add", "-A"], in: path)
        try FixtureRepository.git(
            ["-c", "user.name=Ada Example", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "Apply plan"],
            in: path)
        let after = try plan(path).scan

        let predicted = try #require(applied.last { $0.kind == .splitModule }?.checks.first?.value)
        let shop = try #require(after.modules.modules.first { $0.declaration.name == "Shop" })
        let billing = try #require(after.modules.modules.first { $0.declaration.name == "Billing" })
        let moved = try #require(before.scan.modules.modules.first { $0.declaration.name == "Shop" }).lines.code
            - Int(predicted)
        #expect(abs(Double(shop.lines.code) - predicted) <= predicted * 0.1)
        #expect(abs(Double(billing.lines.code - moved)) <= Double(moved) * 0.1)
        #expect(shop.budgetStatus == nil)
        #expect(after.modules.cycles.isEmpty)
        #expect(!after.findings.contains { $0.rule == "module-size" || $0.rule == "module-cycle" })
    }

    /// Moves the files a split stage names, declares the new target, deletes the imports a cycle stage names.
    private func apply(_ stage: PlanStage, in root: String) throws {
        let manager = FileManager.default
        for step in stage.steps {
            if let target = between(step, "`.target(", ")`") {
                let manifest = root + "/Package.swift"
                let text = try String(contentsOfFile: manifest, encoding: .utf8)
                try text.replacingOccurrences(of: "targets: [\n", with: "targets: [\n        .target(\(target)),\n")
                    .write(toFile: manifest, atomically: true, encoding: .utf8)
            }
            let words = step.split(separator: " ").map(String.init)
            if words.count == 4, words[0] == "Move", words[2] == "to" {
                let destination = root + "/" + words[3]
                try manager.createDirectory(
                    atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try manager.moveItem(atPath: root + "/" + words[1], toPath: destination)
            }
        }
        for site in stage.importSites.sorted(by: { $0.line > $1.line }) {
            let file = root + "/" + site.path
            var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
            lines.remove(at: site.line - 1)
            try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        }
    }

    private func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }
}
