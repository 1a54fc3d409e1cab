import FileScanning
import ModuleGraph
import SourceScan
import RuleCatalog

/// Generated code that still makes a package: a Go package is a folder, imported and importing whether its files are
/// written by hand or generated (opentelemetry-go's gotmpl copies, `*.pb.go`). Such files charge no debt and are no
/// files of their module, but they keep the package in the module view, and their imports count in the graph and
/// in the go.mod requirements' use.
extension ModuleAnalyzer {
    /// The generated files that still make their package (Go's, with their imports), outside vendored folders (the
    /// scan excludes those as vendored first).
    static func generatedPackageCode(_ scan: FileScanResult) -> [ExcludedFile] {
        scan.excluded.filter(\.isGeneratedPackageCode)
    }

    /// The modules that may turn out to hold only tests: all but those owning generated non-test files (a package of
    /// generated code with tests written by hand is no test module).
    static func mayHoldOnlyTests(
        _ count: Int, _ generated: [(file: FileReport, owner: Int, isTestFile: Bool)]
    ) -> [Int] {
        let packages = Set(generated.filter { !$0.isTestFile }.map(\.owner))
        return (0..<count).filter { !packages.contains($0) }
    }

    /// The generated Go files with their owners: they charge no debt and are no files of their module, but their
    /// imports are their package's. As files of no size, for their imports alone.
    func generatedCode(
        _ scan: FileScanResult, ownership: ModuleOwnership, isTestFile: (String, Int) -> Bool
    ) -> [(file: FileReport, owner: Int, isTestFile: Bool)] {
        generatedPackageFiles(scan).compactMap { file in
            ownership.owner(of: file.path).map { (file, $0, isTestFile(file.path, $0)) }
        }
    }

    /// The generated files that still make their package, as Go files of no size with their imports.
    func generatedPackageFiles(_ scan: FileScanResult) -> [FileReport] {
        let goName = catalog.languages.languages.first { $0.importStyle == "go" }?.name ?? "Go"
        return Self.generatedPackageCode(scan).map { file in
            FileReport(
                path: file.path, language: goName, bytes: 0, lines: LineCounts(), functions: [], imports: file.imports,
                types: nil)
        }
    }
}
