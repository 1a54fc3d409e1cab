import FileScanning
import Foundation
import ImportScan
import ManifestSyntax
import ModuleGraph

/// What resolves a scan's imports to modules, built in one place for `accrue modules` (`assign`) and for the plan's
/// edge reader (AccruePlan), so that an edge the module report shows is found behind the same import lines there.
extension ModuleAnalyzer {
    /// The resolver of `scan`'s imports to `modules`: with the JS/TS path aliases of its tsconfig.json files and the
    /// aliases of its vite configs (read from the scan's snapshot), the tracked paths the scan left out, and the
    /// languages each ecosystem builds (`ModuleSettings.ecosystemLanguages`), which a named import must be in, and the
    /// names a Python file binds at top level, which a string naming its code may end in (read once a file, when asked).
    public static func importResolver(
        _ scan: FileScanResult, modules: [ModuleDeclaration], ownership: ModuleOwnership,
        ecosystemLanguages: [String: [String]]
    ) -> ImportResolver {
        let (source, paths) = (scan.source, scan.source.paths)  // `paths` sorts the listing: once
        let pythonNames = PythonNamesCache(source: source)
        return ImportResolver(
            modules: modules, ownership: ownership, paths: paths, unscanned: Set(scan.excluded.map(\.path)),
            scriptAliases: ScriptPathAliases.read(paths: paths) { source.read($0) },
            bundlerAliases: BundlerAliases.read(paths: paths) { source.read($0) }, ecosystemLanguages: ecosystemLanguages,
            pythonTopLevelNames: { pythonNames.names(of: $0) })
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

/// The names each Python file binds at top level (ImportScan's `PythonTopLevelNames`), read from the snapshot the first
/// time a string names something in it, and kept.
private final class PythonNamesCache: @unchecked Sendable {
    private let source: FileSource
    private let lock = NSLock()
    private var names: [String: Set<String>] = [:]

    init(source: FileSource) {
        self.source = source
    }

    func names(of path: String) -> Set<String> {
        if let known = lock.withLock({ names[path] }) { return known }
        let found = source.read(path).map(PythonTopLevelNames.names(in:)) ?? []
        lock.withLock { names[path] = found }
        return found
    }
}
