import FileScanning
import ManifestSyntax
import ModuleGraph

/// What resolves a scan's imports to modules, built in one place for `accrue modules` (`assign`) and for the plan's
/// edge reader (AccruePlan), so that an edge the module report shows is found behind the same import lines there.
extension ModuleAnalyzer {
    /// The resolver of `scan`'s imports to `modules`: with the JS/TS path aliases of its tsconfig.json files and the
    /// aliases of its vite configs (read from the scan's snapshot), the tracked paths the scan left out, and the
    /// languages each ecosystem builds (`ModuleSettings.ecosystemLanguages`), which a named import must be in.
    public static func importResolver(
        _ scan: FileScanResult, modules: [ModuleDeclaration], ownership: ModuleOwnership,
        ecosystemLanguages: [String: [String]]
    ) -> ImportResolver {
        let (source, paths) = (scan.source, scan.source.paths)  // `paths` sorts the listing: once
        return ImportResolver(
            modules: modules, ownership: ownership, paths: paths, unscanned: Set(scan.excluded.map(\.path)),
            scriptAliases: ScriptPathAliases.read(paths: paths) { source.read($0) },
            bundlerAliases: BundlerAliases.read(paths: paths) { source.read($0) }, ecosystemLanguages: ecosystemLanguages)
    }

    /// The files whose imports make the module graph: the scanned files, and the generated files that still make
    /// their package (`generatedPackageCode`), as files of no size for their imports alone.
    public func importingFiles(_ scan: FileScanResult) -> [FileReport] {
        scan.files + generatedPackageFiles(scan)
    }
}

extension ModuleReport {
    /// The resolver that resolved this report's imports (`ModuleAnalyzer.importResolver`).
    public func importResolver(ecosystemLanguages: [String: [String]]) -> ImportResolver {
        let declarations = modules.map(\.declaration)
        return ModuleAnalyzer.importResolver(
            scan, modules: declarations, ownership: ModuleOwnership(modules: declarations),
            ecosystemLanguages: ecosystemLanguages)
    }
}
