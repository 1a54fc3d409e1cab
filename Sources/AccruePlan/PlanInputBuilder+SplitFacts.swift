import AccrueKit
import DebtLedger
import FileScanning
import Planning

extension PlanInputBuilder {
    /// The files over their size (a `file-size` finding), whose text a split reads again (`addSplitFacts`), whether
    /// each is a test, and the build files' texts, read once where a C or C++ source is among them (`PlanCSources`).
    struct SplitReading {
        var isTest: [String: Bool]
        var builds: [(path: String, lines: [Substring])] = []
    }

    var sizeFiles: SplitReading {
        let tests = testFiles
        let paths = report.findings.filter { $0.rule == "file-size" }.compactMap(\.subject.path)
        let isTest = Dictionary(paths.map { ($0, tests.contains($0)) }, uniquingKeysWith: { first, _ in first })
        var reading = SplitReading(isTest: isTest)
        if reading.isTest.keys.contains(where: PlanCSources.isSource) {
            let scan = report.modules.scan
            reading.builds = (scan.files.map(\.path) + scan.excluded.map(\.path)).filter(PlanCSources.isBuildFile)
                .compactMap { path in textLines(of: path).map { (path, $0) } }
        }
        return reading
    }

    /// What a split of `file`, over its size, reads again from its text: its deprecated code lines
    /// (`PlanDeprecations`), a Rust file's attributes of inline modules (`PlanSourceText`), a C or C++ file's `static`
    /// names and the build lines listing it (`PlanCSources`). A test's deprecated code is not read:
    /// swift-composable-architecture marks its tests of deprecated APIs deprecated to silence the warnings
    /// (`@available(*, deprecated, message: "TODO: Update to use case pathable syntax")`), and they are updated, not
    /// removed.
    func addSplitFacts(to file: inout PlanFile, isTest: Bool, builds: [(path: String, lines: [Substring])]) {
        guard !file.declarations.isEmpty, let lines = textLines(of: file.path) else { return }
        if !isTest {
            file.deprecatedLines = PlanDeprecations.codeLines(file.declarations, path: file.path, lines: lines)
        }
        if file.path.hasSuffix(".rs") {
            file.rustAttributes = PlanSourceText.rustAttributes(file.declarations, lines: lines)
            file.rustVisibilities = PlanSourceText.rustVisibilities(file.declarations, lines: lines)
        }
        if PlanCSources.isSource(file.path) {
            file.filePrivateNames = PlanCSources.staticNames(file.declarations, lines: lines)
            file.buildListings = PlanCSources.listings(of: file.path, in: builds)
        }
    }
}
