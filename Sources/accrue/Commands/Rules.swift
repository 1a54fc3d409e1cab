import ArgumentParser
import Foundation
import RuleCatalog

/// `accrue rules`: the effective rules and model parameters, and where each value came from.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the effective rules and model parameters, and where each value came from.",
        discussion: """
            The defaults come from rules/ (rules/debt/<id>.yaml, rules/model.yaml, scan.yaml, modules.yaml); \
            the repository's .accrue.yml (or --config FILE) overrides any of them. Each value is followed by \
            its origin: `default (rules/debt/file-size.yaml)` or `.accrue.yml:12:5`. docs/rules.md describes \
            the schema. An invalid configuration is an error naming file:line:column (exit code 2).
            """)

    @Argument(help: "A folder inside the repository whose .accrue.yml applies.")
    var path: String = "."

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Read the configuration from this file instead of the repository's .accrue.yml.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Read rules from this folder instead of the bundled rules/.", valueName: "dir"))
    var rules: String?

    func run() throws {
        try reportingErrors {
            let file = config.map { ConfigurationFile(url: URL(fileURLWithPath: $0), displayName: $0) }
                ?? ConfigurationFile.find(forRepositoryAt: path)
            let catalog: RuleCatalog
            do {
                catalog = try load(configuration: file)
            } catch {
                throw Failure.usage(String(describing: error))
            }
            let dump = RulesDump(catalog)
            print(format == .json ? dump.json() : dump.text(), terminator: "")
        }
    }

    private func load(configuration: ConfigurationFile?) throws(RuleCatalogError) -> RuleCatalog {
        if let rules { return try RuleCatalog.load(from: URL(fileURLWithPath: rules), configuration: configuration) }
        return try RuleCatalog.bundled(configuration: configuration)
    }
}
