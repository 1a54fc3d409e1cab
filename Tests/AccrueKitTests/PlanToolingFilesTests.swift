@testable import AccruePlan
import AccrueKit
import FileScanning
import Foundation
import RuleCatalog
import Testing
import TestSupport

/// Which files a module counts with its tests but that hold no assertions: a plan pins their behaviour first.
@Suite struct PlanToolingFilesTests {
    @Test func scriptsOutsideTestPathsAndContinuousIntegrationsAreTooling() throws {
        // typer's scripts/prepare_release.py; fastapi's .github/actions/people/people.py, test code by `test_paths`
        // since figures-84, still asserts nothing.
        let path = try FixtureRepository.committed([
            "pyproject.toml": "[build-system]\nrequires = [\"hatchling\"]\n[project]\nname = \"app\"\n",
            "app/__init__.py": "def run():\n    return 1\n",
            "scripts/prepare_release.py": "def main():\n    return 0\n",
            ".github/actions/people/people.py": "def experts():\n    return []\n",
            "tests/test_app.py": "def test_run():\n    assert True\n",
        ], prefix: "tooling-files")
        let catalog = try RuleCatalog.bundled()
        let (report, history) = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .runKeepingHistory(FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))

        let builder = PlanInputBuilder(catalog: catalog, report: report, history: history, workers: 1)

        #expect(builder.toolingFiles == [".github/actions/people/people.py", "scripts/prepare_release.py"])
    }
}
