@testable import AccrueReport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportPage
import Testing

/// A small model whose repository strings all carry markup.
func sampleModel(trend: [ReportModel.TrendPoint] = []) -> ReportModel {
    let evil = "<img src=x onerror=alert(1)>"
    let finding = ReportModel.FindingRow(
        rule: "file-size", subject: "\(evil).swift", severity: "warning", value: 512, principalHours: 4,
        interestHoursPerMonth: 2, paybackMonths: 2)
    return ReportModel(
        accrueVersion: "0.1.0", repository: "repo</title>", commit: String(repeating: "a", count: 40),
        commitDate: "2024-01-02", commitURLPrefix: "https://github.com/o/r/commit/",
        headline: .init(
            codeLines: 3_500, files: 3, modules: 2, findings: 1, principalHours: 4, interestHoursPerMonth: 2,
            debtRatio: 0.05, rating: "B", historyCommits: 7, fixCommits: 2, isShallow: false, bestPayback: [finding]),
        budget: .init(warning: 2_000, error: 3_000),
        modules: [
            .init(name: "Core", codeLines: 3_100, files: 2, budgetStatus: "error", principalHours: 4,
                  interestHoursPerMonth: 2, findings: 1, afferent: 1, efferent: 1, instability: 0.5),
            .init(name: evil, codeLines: 400, files: 1, budgetStatus: nil, principalHours: 0,
                  interestHoursPerMonth: 0, findings: 0, afferent: 1, efferent: 1, instability: 0.5),
        ],
        files: [
            .init(path: "\(evil).swift", module: "Core", codeLines: 3_000, principalHours: 4, interestHoursPerMonth: 2,
                  findings: 1, changesPerMonth: 1.5),
            .init(path: "Core/b.swift", module: "Core", codeLines: 100, principalHours: 0, interestHoursPerMonth: 0,
                  findings: 0, changesPerMonth: 0),
            .init(path: "x/y.swift", module: evil, codeLines: 400, principalHours: 0, interestHoursPerMonth: 0,
                  findings: 0, changesPerMonth: 0),
        ],
        edges: [.init(from: "Core", to: evil, sites: 1), .init(from: evil, to: "Core", sites: 2)],
        cycles: [.init(modules: ["Core", evil], cut: [.init(from: "Core", to: evil, sites: 1)])],
        moduleCouplings: [],
        fileCouplings: [.init(first: "\(evil).swift", second: "Core/b.swift", degree: 80, sharedRevisions: 5, commits: ["b" + String(repeating: "0", count: 39)])],
        commits: [.init(id: "b" + String(repeating: "0", count: 39), author: "Eve & \"Co\"", date: "2024-01-01",
                        subject: "</script><script>alert(2)</script>")],
        findings: [finding],
        plan: .init(isDebtFree: false, budget: 400, interestBefore: 2, totalStages: 1,
                    stages: [.init(number: 1, kind: "split-file", title: "Split \(evil)", why: "<b>why</b>", steps: ["move <i>"],
                                   files: [], changedLines: 120, principalHours: 4, interestSavedHoursPerMonth: 2,
                                   needs: [], checks: ["<u>done</u>"])],
                    interestAfter: [2, 0]),
        trend: trend)
}

@Suite struct ReportRenderingTests {
    /// The summary counts the findings the principal repays and the commits read as bug fixes.
    @Test func theSummaryCountsFindingsAndBugFixes() throws {
        let page = try ReportHTML(sampleModel()).render()

        #expect(page.contains("to fix 1 finding<") && page.contains("of history, 2 bug fixes"))
        #expect(ReportMarkdown(sampleModel(), chartPrefix: "r").render().contains("| History | 7 commits, 2 bug fixes |"))
        var partial = sampleModel()
        partial.headline.isPartialClone = true
        #expect(try ReportHTML(partial).render().contains("partial clone: renames of unfetched files missed"))
        #expect(ReportMarkdown(partial, chartPrefix: "r").render().contains("| History | 7 commits, 2 bug fixes (partial clone) |"))
    }

    @Test func theHotspotMapDrawsCodeNotProse() throws {
        var model = sampleModel()
        model.files.append(
            .init(path: "docs/guide.md", module: "Docs", codeLines: 50_000, principalHours: 0, interestHoursPerMonth: 0,
                  findings: 0, changesPerMonth: 0, isCode: false))
        model.modules.append(
            .init(name: "Docs", codeLines: 0, files: 1, budgetStatus: nil, principalHours: 0, interestHoursPerMonth: 0,
                  findings: 0, afferent: 0, efferent: 0, instability: 0))

        let page = try ReportHTML(model).render()
        let mapStart = try #require(page.range(of: "<svg class=\"chart treemap\""))
        let mapEnd = try #require(page.range(of: "</svg>", range: mapStart.upperBound..<page.endIndex))
        let map = page[mapStart.lowerBound..<mapEnd.upperBound]

        #expect(map.contains("Core"))
        #expect(!map.contains("Docs"))
        // Listed in the files table, where a path breaks only after a `/`.
        #expect(page.contains("<span class=\"mono\">docs/<wbr>guide.md</span>"))
        // Docs has no code lines a module budget counts: the chart says it leaves it out.
        #expect(page.contains("The chart leaves out 1 module without such lines (test code only);"))
    }

    /// Tests and examples ship nothing: the map draws what the module budget counts, the table lists them.
    @Test func theHotspotMapLeavesTestCodeOffAndSaysSo() throws {
        var model = sampleModel()
        model.files.append(
            .init(path: "examples/todos/lib/main.dart", module: "todos", codeLines: 40_000, principalHours: 0,
                  interestHoursPerMonth: 0, findings: 0, changesPerMonth: 0, isTest: true))
        model.files.append(
            .init(path: "Core/CoreTests.swift", module: "Core", codeLines: 9_000, principalHours: 0,
                  interestHoursPerMonth: 0, findings: 0, changesPerMonth: 0, isTest: true))

        let page = try ReportHTML(model).render()
        let maps = try #require(page.range(of: "<div class=\"tm-level\" id=\"tm-modules\""))
        let table = try #require(page.range(of: "<h3>Files</h3>"))
        let drawn = page[maps.lowerBound..<table.lowerBound]

        #expect(!drawn.contains("todos") && !drawn.contains("CoreTests.swift"))
        #expect(drawn.contains("Core: 3,100 code lines in 2 files"))
        #expect(page[table.lowerBound...].contains("examples/<wbr>todos/<wbr>lib/<wbr>main.dart"))
        #expect(page.contains("Area is code lines of the code that ships, as the module budget counts them (tests, examples"))
    }

    /// A module named after its manifest path is cut to the column, and whole in its title and text.
    @Test func theFilesTablesModuleColumnIsClippedWithTheWholeNameKept() throws {
        var model = sampleModel()
        let long = "authentication_repository (examples/flutter_login/packages/authentication_repository/pubspec.yaml)"
        model.files[1].module = long

        let page = try ReportHTML(model).render()

        #expect(page.contains("<td><span class=\"clip\" title=\"\(long)\">\(long)</span></td>"))
        #expect(page.contains(".clip{display:inline-block;max-width:16em;overflow:hidden;text-overflow:ellipsis;"))
        // Repository text in an attribute is escaped like any other.
        #expect(page.contains("<span class=\"clip\" title=\"&lt;img src=x onerror=alert(1)&gt;\">"))
    }

    @Test func thePageHasEverySectionAndOnlyItsOwnMarkup() throws {
        let page = try ReportHTML(sampleModel()).render()

        for (id, _) in ReportHTML.sections { #expect(page.contains("<section id=\"\(id)\">"), "\(id)") }
        #expect(page.components(separatedBy: "<script").count - 1 == 3)
        #expect(page.components(separatedBy: "</script>").count - 1 == 3)
        #expect(!page.contains("<img") && !page.contains("<b>") && !page.contains("<i>") && !page.contains("<u>"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;.swift"))
        #expect(page.contains("Eve &amp; &quot;Co&quot;"))
        #expect(page.contains("href=\"https://github.com/o/r/commit/b000"))
        #expect(!page.contains("http://") || !page.contains("src=\"http"))
    }

    @Test func theEmbeddedJSONIsTheModelAndDecodes() throws {
        let page = try ReportHTML(sampleModel()).render()
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"accrue-data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))

        let json = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))

        let object = try #require(json as? [String: Any])
        #expect(object["schema"] as? String == "accrue.report/1")
        #expect((object["commits"] as? [[String: Any]])?.first?["subject"] as? String == "</script><script>alert(2)</script>")
    }

    @Test func renderingIsDeterministic() throws {
        let model = sampleModel()

        #expect(try ReportHTML(model).render() == ReportHTML(model).render())
        #expect(ReportMarkdown(model, chartPrefix: "r").render() == ReportMarkdown(model, chartPrefix: "r").render())
    }

    @Test func withoutTrendSamplesThePageSaysHowToGetThem() throws {
        let page = try ReportHTML(sampleModel()).render()

        #expect(page.contains("No trend samples in the store yet"))
        #expect(page.contains("<code>accrue trend</code>"))
    }

    @Test func samplesMeasuredWithOtherSettingsAreCountedAndHowToMeasureAgainIsSaid() throws {
        var model = sampleModel()
        model.trendSamplesWithOtherSettings = 12

        let page = try ReportHTML(model).render()
        let markdown = ReportMarkdown(model, chartPrefix: "r").render()

        #expect(page.contains("No trend samples for these settings: the store holds 12 samples measured with other "
            + "settings (an edited <code>.accrue.yml</code>, other rules or options, or another accrue version)"))
        #expect(page.contains("Run <code>accrue trend</code> to measure the history again with these settings"))
        #expect(!page.contains("No trend samples in the store yet"))
        #expect(page.components(separatedBy: "the store holds 12 samples measured with other settings").count - 1 == 2)
        #expect(markdown.components(separatedBy: "the store holds 12 samples measured with other settings").count - 1 == 2)
        #expect(try ReportHTML(sampleModel()).render().contains("No trend samples in the store yet"))
    }

    @Test func trendSamplesGiveChartsAndChangesSinceTheFirst() throws {
        let points = [
            ReportModel.TrendPoint(commit: "c1", date: "2023-12-01", codeLines: 3_000, principalHours: 1,
                                   interestHoursPerMonth: 0.5, interestRate: 0.1, debtRatio: 0.02, modules: ["Core": 2_600]),
            ReportModel.TrendPoint(commit: "c2", date: "2024-01-01", codeLines: 3_400, principalHours: 3,
                                   interestHoursPerMonth: 1.5, interestRate: 0.25, debtRatio: 0.04, modules: ["Core": 3_000]),
        ]

        let page = try ReportHTML(sampleModel(trend: points)).render()

        // Code lines, principal, interest, the interest rate and the debt ratio.
        #expect(page.components(separatedBy: "class=\"chart trend\"").count - 1 == 5)
        #expect(page.contains("Interest rate (on what the changes cost)"))
        #expect(page.contains("+3.0 h since the first sample"))
        #expect(page.contains("+500 since the first sample"))
    }

    @Test func markdownEscapesRepositoryTextAndLinksItsCharts() {
        let markdown = ReportMarkdown(sampleModel(), chartPrefix: "report")

        let text = markdown.render()
        let charts = markdown.charts().map(\.name)

        #expect(!text.contains("<img") && !text.contains("<b>"))
        #expect(text.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(charts == ["report-modules.svg", "report-hotspots.svg", "report-dependencies.svg"])
        for chart in charts { #expect(text.contains("](\(chart))")) }
        #expect(text.contains("- [ ] **1. Split"))
    }

    @Test func modulesSharingANameAreDrawnOnce() throws {
        var model = sampleModel()
        model.modules.append(model.modules[0])
        model.edges.append(.init(from: "Core", to: "Core", sites: 1))

        let page = try ReportHTML(model).render()

        #expect(page.components(separatedBy: "<g class=\"node\"><title>Core</title>").count - 1 == 1)
    }

    @Test func chartsEscapeNamesAndAreWellFormedXML() throws {
        for chart in ReportMarkdown(sampleModel(), chartPrefix: "r").charts() {
            #expect(!chart.svg.contains("<img"))
            let parser = XMLParser(data: Data(chart.svg.utf8))
            #expect(parser.parse(), "\(chart.name)")
        }
    }
}
