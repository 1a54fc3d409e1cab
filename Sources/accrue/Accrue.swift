import AccrueKit
import ArgumentParser
import FileScanning
import Foundation

/// The `accrue` command: technical debt and code health, read straight from a git repository.
struct Accrue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accrue",
        abstract: "Find where technical debt sits, what it costs each month, and how to pay it down.",
        discussion: """
            accrue reads a git repository directly (its tracked files and its history) and never \
            runs code from it.

            Exit codes: 0 ok, 1 gate failed, 2 usage, configuration or repository error.
            """,
        version: AccrueVersion.current,
        subcommands: [Scan.self, Files.self, Modules.self, History.self, Coupling.self, Explain.self, Rules.self, BaselineCommand.self, GateCommand.self, Plan.self, Trend.self, Report.self]
    )
}

/// The version printed by `accrue --version` and written into JSON outputs.
enum AccrueVersion {
    static let current = "0.1.0"
}

/// The entry point: runs the command and maps every usage error to exit code 2 (the documented contract).
@main
enum Main {
    static func main() {
        // Every command opens a repository: libgit2's start-up runs on the other core meanwhile.
        FileScanner.startGit()
        do {
            var command = try Accrue.parseAsRoot()
            try command.run()
        } catch {
            FileScanner.finishGit()
            let code = Accrue.exitCode(for: error)
            // ArgumentParser uses EX_USAGE (64) for bad arguments; accrue documents 2 for any usage error.
            if code.rawValue == 64 {
                let message = Accrue.fullMessage(for: error)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            Accrue.exit(withError: error)
        }
        FileScanner.finishGit()
    }
}
