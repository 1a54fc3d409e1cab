import Foundation
import Testing
import TestSupport

/// `accrue report` on the XSS fixture: every repository string shows as text, in HTML and Markdown.
@Suite struct ReportCommandTests {
    /// The XSS fixture's report, with an `origin` on GitHub so commits are linked.
    static func xssReport(format: String = "html", file: String = "report.html") throws -> (folder: URL, text: String) {
        let repository = try FixtureRepository.materialize("report-xss")
        try FixtureRepository.git(["remote", "add", "origin", "git@github.com:example/xss.git"], in: repository)
        let folder = try FixtureRepository.temporaryFolder(prefix: "report")
        let output = folder.appendingPathComponent(file).path

        let result = try AccrueBinary.run(["report", repository, "--format", format, "--output", output])

        #expect(result.status == 0, "\(result.stderr)")
        return (folder, try String(contentsOfFile: output, encoding: .utf8))
    }

    @Test func theXSSFixtureShowsEveryRepositoryStringAsText() throws {
        let page = try Self.xssReport().text

        #expect(page.components(separatedBy: "<script").count - 1 == 3)
        for injected in ["<img", "<iframe", "<svg onload", "<b>bold", "<!--"] { #expect(!page.contains(injected), "\(injected)") }
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;.swift"))
        #expect(page.contains("&lt;img src=x onerror=alert(5)&gt; second"))
        // git drops the closing quote of a name (its "crud" characters at either end).
        #expect(page.contains("Eve &amp;lt;b&amp;gt; &amp; &quot;Co:"))
        #expect(page.contains("href=\"https://github.com/example/xss/commit/"))
        #expect(!page.contains("No trend samples") || page.contains("<code>accrue trend</code>"))
    }

    @Test func markdownWritesTheChartsBesideIt() throws {
        let (folder, markdown) = try Self.xssReport(format: "markdown", file: "out/report.md")

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()

        #expect(files.contains("report.md") && files.contains("report-modules.svg") && files.contains("report-hotspots.svg"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;.swift"))
        #expect(!markdown.contains("<script"))
    }

    @Test func theSameCommitGivesTheSameBytes() throws {
        let repository = try FixtureRepository.materialize("report-xss")
        let folder = try FixtureRepository.temporaryFolder(prefix: "report")
        let first = folder.appendingPathComponent("first.html").path
        let second = folder.appendingPathComponent("second.html").path

        _ = try AccrueBinary.run(["report", repository, "--output", first])
        _ = try AccrueBinary.run(["report", repository, "--output", second])

        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func storedTrendSamplesAreChartedAndCounted() throws {
        let repository = try FixtureRepository.materialize("trend-weekly")
        let trend = try AccrueBinary.run(["trend", repository])
        #expect(trend.status == 0, "\(trend.stderr)")

        let result = try AccrueBinary.run(["report", repository, "--output", "-"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("No trend samples"))
        #expect(result.stdout.contains("samples from the store"))
        #expect(result.stdout.components(separatedBy: "class=\"chart trend\"").count - 1 == 5)
    }

    /// Samples are keyed by the settings (.accrue.yml among them): after an edit they are not this report's,
    /// and the report says so instead of "no samples yet".
    @Test func afterEditingTheConfigurationTheReportSaysWhyTheTrendIsEmpty() throws {
        let repository = try FixtureRepository.materialize("trend-weekly")
        #expect(try AccrueBinary.run(["trend", repository, "--every", "2w"]).status == 0)
        try "rules:\n  file-size: { thresholds: { warning: 300 } }\n"
            .write(toFile: repository + "/.accrue.yml", atomically: true, encoding: .utf8)

        let result = try AccrueBinary.run(["report", repository, "--format", "markdown", "--output", "-"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No trend samples for these settings: the store holds 7 samples measured with "
            + "other settings (an edited `.accrue.yml`"))
    }

    @Test func anEmptyRepositoryIsAUsageError() throws {
        let repository = try FixtureRepository.materialize("empty-repo")

        let result = try AccrueBinary.run(["report", repository, "--output", "-"])

        #expect(result.status == 2)
    }

    @Test func aFolderAsTheOutputIsAUsageErrorThatSaysSo() throws {
        let repository = try FixtureRepository.materialize("report-xss")
        let folder = try FixtureRepository.temporaryFolder(prefix: "report").path

        let result = try AccrueBinary.run(["report", repository, "--output", folder])

        #expect(result.status == 2)
        #expect(result.stderr.contains("it is a folder; give a file, such as \(folder)/accrue-report.html"))
    }

    /// A report under a megabyte reports its size in KB ("(0.0 MB)" said nothing).
    @Test func aSmallReportsSizeIsInKilobytes() throws {
        let repository = try FixtureRepository.materialize("report-xss")
        let output = try FixtureRepository.temporaryFolder(prefix: "report").appendingPathComponent("r.html").path

        let result = try AccrueBinary.run(["report", repository, "--output", output])
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int)

        #expect(result.stderr.hasSuffix("accrue report: wrote \(output) (\((bytes + 1_023) / 1_024) KB)\n"), "\(result.stderr)")
    }
}
