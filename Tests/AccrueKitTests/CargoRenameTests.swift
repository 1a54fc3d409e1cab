import AccrueKit
import FileScanning
import Foundation
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

@Suite struct CargoRenameTests {
    @Test func aRenamedDependencyIsImportedByItsLocalName() throws {
        let path = try FixtureRepository.materialize("modules-cargo-renames")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        // app's `use tools::format` is fmt-tools (its `tools = { package = "fmt-tools" }`), never the crate tools; cli's
        // `helpers::run()` is help-lib through the workspace's rename, `::fmt_tools::format()` an absolute path.
        #expect(report.edges.map { "\($0.from)->\($0.to)" }.sorted() == ["app->fmt-tools", "cli->fmt-tools", "cli->help-lib"])
        for module in report.modules {
            #expect(module.declaredButUnused.isEmpty, "\(module.declaration.name): \(module.declaredButUnused)")
            #expect(module.usedButUndeclared.isEmpty, "\(module.declaration.name): \(module.usedButUndeclared)")
        }
    }
}
