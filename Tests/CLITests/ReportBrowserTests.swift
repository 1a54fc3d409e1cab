import Foundation
import Testing
import TestSupport

/// Opens the XSS fixture's report in headless Chromium: no script errors, every section in the DOM, the
/// injected strings shown as text, and screenshots at 1280 and 390 pixels wide.
///
/// Needs Debian's `chromium` (.ci/run installs it). Outside CI the test is skipped with a message when it
/// is missing; with CI=true a missing browser fails the test.
@Suite struct ReportBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static func browse(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let browser = try #require(chromium, "chromium is not installed (apt-get install chromium)")
        let profile = try FixtureRepository.temporaryFolder(prefix: "chromium-profile").path
        return try FixtureRepository.runCapturing(
            "/usr/bin/timeout",
            ["120", browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--user-data-dir=\(profile)", "--enable-logging=stderr", "--v=0"] + arguments)
    }

    @Test(.enabled(if: chromium != nil || inCI, "chromium is not installed: apt-get install chromium (skipped outside CI)"))
    func theXSSFixtureReportOpensCleanlyInChromium() throws {
        let (folder, _) = try ReportCommandTests.xssReport()
        let page = folder.appendingPathComponent("report.html")

        let dump = try Self.browse(["--virtual-time-budget=3000", "--dump-dom", page.absoluteString])

        #expect(dump.status == 0, "\(dump.stderr)")
        let dom = dump.stdout
        #expect(dom.contains("data-load-ms=\""), "the page's script did not run to its load handler")
        #expect(dom.contains("<div id=\"js-errors\" role=\"alert\" hidden=\"\"></div>"), "script errors: \(dom.prefix(2000))")
        #expect(!dom.contains("data-script-error=\""))
        let consoleErrors = dump.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        #expect(consoleErrors.isEmpty, "\(consoleErrors)")
        for section in ["summary", "modules", "hotspots", "graph", "coupling", "trend", "plan", "findings"] {
            #expect(dom.contains("<section id=\"\(section)\">"), "\(section)")
        }
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;.swift"))
        #expect(dom.contains("&lt;img src=x onerror=alert(5)&gt; second"))
        for injected in ["<img", "<iframe", "onerror=\"", "onload=\"", "<b>bold"] { #expect(!dom.contains(injected), "\(injected)") }
        #expect(dom.components(separatedBy: "<script").count - 1 == 3)
        for width in [1280, 390] {
            let shot = folder.appendingPathComponent("report-\(width).png")
            let result = try Self.browse(["--screenshot=\(shot.path)", "--window-size=\(width),2000", "--hide-scrollbars", page.absoluteString])
            #expect(result.status == 0, "\(result.stderr)")
            let size = (try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
            #expect(size > 10_000, "screenshot \(shot.path)")
        }
        print("report screenshots: \(folder.path)/report-{1280,390}.png")
    }
}
