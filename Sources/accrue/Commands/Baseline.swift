import AccrueGate
import AccrueKit
import ArgumentParser
import DebtModel
import Foundation
import Reporting
import Gate

/// `accrue baseline`: writes the figures a gate compares against to `.accrue/baseline.json`.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Write the figures `accrue gate` compares against (.accrue/baseline.json).",
        discussion: """
            Measures the work tree (or --rev REV) and writes per-module and per-file figures and every \
            finding, keyed by rule and subject, to .accrue/baseline.json (schema accrue.baseline/1, \
            docs/ci.md). Commit the file: `accrue gate` then fails a change that adds debt.

            With --update, the existing baseline only tightens: figures that went down are lowered, paid \
            findings are removed, and nothing is ever raised. Without it, the file is rewritten from scratch \
            (how a team accepts debt on purpose, in a reviewed commit).
            """)

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Flag(help: "Only tighten the existing baseline: lower figures that went down, never raise one.")
    var update = false

    @Option(help: ArgumentHelp("Write this file instead of .accrue/baseline.json.", valueName: "file"))
    var output: String?

    @Flag(help: "Measure a shallow clone anyway: its history figures (interest, hotspots, ownership, couplings) are cut short.")
    var allowShallow = false

    func run() throws {
        try reportingErrors {
            let catalog = try repository.catalog()
            let request = BaselineRequest(
                repositoryPath: repository.path, revision: repository.rev, output: output, update: update,
                includes: Set(scan.includes), excludedPaths: scan.excludes, workers: scan.jobs, allowsShallow: allowShallow)
            let result: BaselineResult
            do {
                result = try BaselineWriter.write(request, catalog: catalog)
            } catch let error as GateError {
                throw Failure.usage(error.description)
            }
            let figures = result.baseline
            for warning in result.warnings { FileHandle.standardError.write(Data("accrue: warning: \(warning)\n".utf8)) }
            EmptyScanWarning.check(
                fileCount: figures.files.count, unreadable: result.measured.unreadableFiles, revision: repository.rev,
                path: repository.path)
            OverrideWarning.check(catalog, modules: result.measured.modules.keys, files: result.measured.files.keys)
            var line = "\(result.changed ? "Wrote" : "Unchanged:") \(result.path): \(counted(figures.modules.count, "module")), "
                + "\(counted(figures.files.count, "file")), \(counted(figures.findings.count, "finding")), "
                + counted(figures.cycles.count, "cycle")
            if let tightening = result.tightening {
                line += tightening.changedAnything
                    ? " (tightened \(counted(tightening.figuresTightened, "figure")), removed "
                        + "\(counted(tightening.findingsPaid, "paid finding")), \(grouped(tightening.entriesRemoved)) gone, "
                        + "\(counted(tightening.entriesAdded, "new entry", plural: "new entries")))"
                    : " (nothing to tighten)"
            }
            print(line)
        }
    }
}
