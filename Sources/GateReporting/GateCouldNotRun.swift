import Reporting
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
    private static func sarif(_ message: String, accrueVersion: String) -> String? {
        let failed = SARIFLog.Invocation(toolExecutionNotifications: [.init(message: .init(text: message))])
        let run = SARIFLog.Run(
            tool: .init(driver: .init(version: accrueVersion, rules: [])), results: [], invocations: [failed])
        return try? JSONOutput.encode(SARIFLog(runs: [run]))
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
