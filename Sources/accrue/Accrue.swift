import ArgumentParser

/// The `accrue` command: technical debt and code health, read straight from a git repository.
@main
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
        subcommands: [Files.self, History.self, Coupling.self, Explain.self]
    )
}

/// The version printed by `accrue --version` and written into JSON outputs.
enum AccrueVersion {
    static let current = "0.1.0"
}
