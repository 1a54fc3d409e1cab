/// What `accrue gate` writes to standard output when it cannot run (exit 2: no baseline, unknown base ref,
/// shallow clone, bad configuration) in a format a CI step reads: a SARIF upload or a test report step that runs
/// whatever the gate's exit code would otherwise fail on an empty file. The message is also on standard error.
public enum GateCouldNotRun {
    /// The document for `format` (`sarif`, `junit`, `markdown`, `github`), nil for the others.
    public static func render(_ message: String, format: String, accrueVersion: String) -> String? {
        switch format {
        case "sarif": sarif(message, accrueVersion: accrueVersion)
        case "junit": junit(message)
        case "markdown": "## accrue gate — could not run\n\n\(message)\n"
        case "github": "::error title=accrue gate could not run::\(GateGitHub.message(message))\n"
        default: nil
        }
    }

    /// A SARIF 2.1.0 log with no results and one failed invocation carrying the message.
    private struct SARIF: Encodable {
        struct Text: Encodable { var text: String }
        struct Notification: Encodable {
            var level = "error"
            var message: Text
        }
        struct Invocation: Encodable {
            var executionSuccessful = false
            var toolExecutionNotifications: [Notification]
        }
        struct Driver: Encodable {
            var name = "accrue"
            var version: String
        }
        struct Tool: Encodable { var driver: Driver }
        struct Run: Encodable {
            var tool: Tool
            var invocations: [Invocation]
            var results: [String] = []
        }
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private static func sarif(_ message: String, accrueVersion: String) -> String? {
        let run = SARIF.Run(
            tool: .init(driver: .init(version: accrueVersion)),
            invocations: [.init(toolExecutionNotifications: [.init(message: .init(text: message))])])
        return try? JSONOutput.encode(SARIF(runs: [run]))
    }

    private static func junit(_ message: String) -> String {
        let text = GateJUnit.xml(message)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="accrue gate" tests="1" failures="0" errors="1">
              <testsuite name="accrue gate" tests="1" failures="0" errors="1" skipped="0">
                <testcase classname="accrue.gate" name="could not run"><error message="\(text)">\(text)</error></testcase>
              </testsuite>
            </testsuites>

            """
    }
}
