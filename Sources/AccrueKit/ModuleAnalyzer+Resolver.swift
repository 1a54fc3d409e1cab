import FileScanning
import Foundation
import ImportScan
import ManifestSyntax
import ModuleGraph
import RuleCatalog
import SourceScan

/// What resolves a scan's imports to modules, built in one place for `accrue modules` (`assign`) and for the plan's
/// edge reader (AccruePlan), so that an edge the module report shows is found behind the same import lines there.
extension ModuleAnalyzer {
    /// The resolver of `scan`'s imports to `modules`: with the JS/TS path aliases of its tsconfig.json files and the
    /// aliases of its vite configs (read from the scan's snapshot), the tracked paths the scan left out, and the
    /// languages each ecosystem builds (`ModuleSettings.ecosystemLanguages`), which a named import must be in, and the
    /// names a Python file binds at top level, which a string naming its code may end in, and those a Kotlin file
    /// declares at top level, which a qualified name into a package several modules share may end in (each read once
    /// a file, when asked).
    public static func importResolver(
        _ scan: FileScanResult, modules: [ModuleDeclaration], ownership: ModuleOwnership, catalog: RuleCatalog
    ) -> ImportResolver {
        let (source, paths) = (scan.source, scan.source.paths)  // `paths` sorts the listing: once
        let pythonNames = NamesCache(source: source) { _, bytes in PythonTopLevelNames.names(in: bytes) }
        let languages = catalog.languages
        let kotlinNames = NamesCache(source: source) { path, bytes in
            Self.declaredNames(in: bytes, of: path, languages: languages)
        }
        return ImportResolver(
            modules: modules, ownership: ownership, paths: paths, unscanned: Set(scan.excluded.map(\.path)),
            scriptAliases: ScriptPathAliases.read(paths: paths) { source.read($0) },
            bundlerAliases: BundlerAliases.read(paths: paths) { source.read($0) },
            ecosystemLanguages: catalog.modules.ecosystemLanguages,
            pythonTopLevelNames: { pythonNames.names(of: $0) }, kotlinTopLevelNames: { kotlinNames.names(of: $0) })
    }

    /// The names a Kotlin file declares at top level (ImportScan's `KotlinTopLevelNames`).
    private static func declaredNames(in bytes: [UInt8], of path: String, languages: LanguageTable) -> Set<String> {
        guard let language = languages.language(forPath: path) else { return [] }
        return bytes.withUnsafeBufferPointer { buffer in
            KotlinTopLevelNames.names(in: languages.codeTokens(of: buffer, language: language), bytes: buffer)
        }
    }

    /// The files whose imports make the module graph: the scanned files, and the generated files that still make
    /// their package (`generatedPackageCode`), as files of no size for their imports alone.
    public func importingFiles(_ scan: FileScanResult) -> [FileReport] {
        scan.files + generatedPackageFiles(scan)
    }
}

extension ModuleReport {
    /// The resolver that resolved this report's imports (`ModuleAnalyzer.importResolver`).
    public func importResolver(catalog: RuleCatalog) -> ImportResolver {
        let declarations = modules.map(\.declaration)
        return ModuleAnalyzer.importResolver(
            scan, modules: declarations, ownership: ModuleOwnership(modules: declarations), catalog: catalog)
    }
}

/// The names each file binds or declares at top level (ImportScan's `PythonTopLevelNames`, `KotlinTopLevelNames`),
/// read from the snapshot the first time a name is looked up in it, and kept.
private final class NamesCache: @unchecked Sendable {
    private let source: FileSource
    private let read: @Sendable (String, [UInt8]) -> Set<String>
    private let lock = NSLock()
    private var names: [String: Set<String>] = [:]

    init(source: FileSource, read: @escaping @Sendable (String, [UInt8]) -> Set<String>) {
        self.source = source
        self.read = read
    }

    func names(of path: String) -> Set<String> {
        if let known = lock.withLock({ names[path] }) { return known }
        let found = source.read(path).map { read(path, $0) } ?? []
        lock.withLock { names[path] = found }
        return found
    }
}
