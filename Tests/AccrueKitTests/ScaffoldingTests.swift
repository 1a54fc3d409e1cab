import AccrueKit
import FileScanning
import Foundation
import RuleCatalog
import SourceScan
import TestSupport
import Testing
import ModuleGraph

/// A scaffolder's templates are its data, and vite config aliases are paths (fixture modules-scaffolding).
@Suite struct ScaffoldingTests {
    private func report(revision: String? = nil) throws -> ModuleReport {
        let path = try FixtureRepository.materialize("modules-scaffolding")
        let analyzer = ModuleAnalyzer(catalog: try RuleCatalog.bundled())
        let now = Date(timeIntervalSince1970: 1_706_000_000)
        return try analyzer.run(FileScanRequest(repositoryPath: path, revision: revision), history: HistoryRequest(now: now))
    }

    @Test func templatesAreNoModulesAndTheirBumpsNoHiddenCoupling() throws {
        for revision in [nil, "HEAD"] {
            let report = try report(revision: revision)

            // Six bumps changed the three templates together: before, three modules coupled pairwise.
            #expect(report.modules.map(\.declaration.name).sorted() == ["@demo/widgets", "app", "create-app", "root", "site"])
            #expect(report.changeCoupling.isEmpty)
            let excluded = report.scan.excluded.filter { $0.reason == .scaffolding }.map(\.path)
            #expect(excluded.count == 6 && excluded.allSatisfy { $0.hasPrefix("packages/create-app/template-") })
            // The site's templates/ is no scaffolder's: its code.
            #expect(report.modules.first { $0.declaration.name == "site" }?.files.contains("packages/site/templates/page.js") == true)
        }
    }

    @Test func anImportThroughAViteAliasNeedsNoDeclaration() throws {
        let report = try report()
        let app = try #require(report.modules.first { $0.declaration.name == "app" })

        #expect(app.usedButUndeclared == [])
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["app->@demo/widgets"])
    }
}
