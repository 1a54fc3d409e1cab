import AccrueGate
import AccrueKit
import ArgumentParser
import Foundation
import GateReporting
import Reporting
import Gate

/// `accrue gate`: fails a change that adds debt (exit 1), against a committed baseline or a base branch.
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Fail when a change adds debt; existing debt may only shrink.",
        discussion: """
            Compares the work tree (or --rev REV) with the committed .accrue/baseline.json, or with the \
            merge base of --base REF (scanned on the fly). Fails on new debt (a module or file pushed over \
            a rule at error severity, a new cycle, a new hidden coupling), on ratchets (a module over budget \
            growing, more cycles, more module interest than rules/gate.yaml allows) and on clean as you \
            code (new files must meet the rules; changed files must not make error findings worse). Rules \
            in warn mode, or not yet enforced (enforce_after, enforce_after_commits), only warn.

            Both sides are scanned through the store (--store, .accrue/accrue.sqlite when .accrue/ exists, \
            else a temporary one): the history is walked once for both, and a warm store only diffs new \
            commits, reads new blobs and reads sides it measured before. Keep it between CI runs (docs/ci.md).

            Exit codes: 0 passed, 1 failed, 2 could not run (missing baseline, unknown base ref, shallow \
            clone, bad configuration), with how to fix it. See docs/ci.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, markdown, github, junit
    }

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: ArgumentHelp("Compare with the merge base of this ref and the head (e.g. origin/main).", valueName: "ref"))
    var base: String?

    @Option(help: ArgumentHelp("Compare with this baseline file instead of .accrue/baseline.json.", valueName: "file"))
    var baseline: String?

    @Option(help: "Output format: text, json, sarif, markdown, github or junit.")
    var format: Format = .text

    @Flag(help: "Pass with a note when there is no baseline file instead of failing to run.")
    var allowMissingBaseline = false

    @Flag(help: "Run on a shallow clone that lacks the history the comparison needs.")
    var allowShallow = false

    @Option(help: ArgumentHelp(
        "Cache file facts and mined commits in this store (default: .accrue/accrue.sqlite when .accrue/ exists).",
        valueName: "path"))
    var store: String?

    func run() throws {
        var passed = true
        try reportingErrors {
            do {
                passed = try gate()
            } catch let error as CustomStringConvertible & Error {
                // CI steps that upload SARIF or read a test report still get a document saying why.
                if let document = GateCouldNotRun.render(
                    error.description, format: format.rawValue, accrueVersion: AccrueVersion.current)
                {
                    print(document, terminator: "")
                }
                throw error
            }
        }
        if !passed { throw ExitCode(1) }
    }

    /// Runs the gate and prints its verdict; whether it passed.
    private func gate() throws -> Bool {
        let catalog = try repository.catalog()
        let request = GateRequest(
            repositoryPath: repository.path, revision: repository.rev, baseRef: base, baselineFile: baseline,
            allowsMissingBaseline: allowMissingBaseline, allowsShallow: allowShallow,
            includes: Set(scan.includes), excludedPaths: scan.excludes, workers: scan.jobs,
            storePath: store)
        let outcome: GateOutcome
        do {
            outcome = try GateAnalyzer(catalog: catalog).run(request)
        } catch let error as GateError {
            throw Failure.usage(error.description)
        }
        EmptyScanWarning.check(
            fileCount: outcome.head.files.count, unreadable: outcome.head.unreadableFiles, revision: repository.rev, path: repository.path)
        OverrideWarning.check(catalog, modules: outcome.head.modules.keys, files: outcome.head.files.keys)
        switch format {
        case .text: print(GateText(outcome).render(), terminator: "")
        case .markdown: print(GateMarkdown(outcome).render(), terminator: "")
        case .github: print(GateGitHub(outcome).render(), terminator: "")
        case .junit: print(GateJUnit(outcome).render(), terminator: "")
        case .json:
            print(try JSONOutput.encode(GateDocument(outcome, accrueVersion: AccrueVersion.current)), terminator: "")
        case .sarif:
            print(try JSONOutput.encode(SARIFLog(outcome, accrueVersion: AccrueVersion.current)), terminator: "")
        }
        return outcome.verdict.passed
    }
}
