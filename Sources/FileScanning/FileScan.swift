import FileClassification
import FunctionScan
import ImportScan
import SourceScan

/// What to scan: a repository's work tree (tracked files) or one commit's tree.
public struct FileScanRequest: Sendable {
    /// Any folder inside the repository.
    public var repositoryPath: String
    /// A revision to read from the object database, or nil for the tracked files of the work tree.
    public var revision: String?
    /// Exclusions switched off (`--include vendored,generated`).
    public var includes: Set<Exclusion>
    /// Extra globs to leave out, added to the rules' `excluded_paths`.
    public var excludedPaths: [String]
    /// Worker threads; defaults to the number of cores.
    public var workers: Int
    /// Per-file outcomes by content from the store (`accrue trend`, `scan --store`); nil reads every file.
    public var factsCache: (any FileFactsCache)?

    public init(
        repositoryPath: String, revision: String? = nil, includes: Set<Exclusion> = [],
        excludedPaths: [String] = [], workers: Int? = nil
    ) {
        self.repositoryPath = repositoryPath
        self.revision = revision
        self.includes = includes
        self.excludedPaths = excludedPaths
        self.workers = max(1, workers ?? ProcessorCount.current)
    }
}

/// The facts about one scanned file.
public struct FileReport: Hashable, Sendable {
    /// Repository-relative, `/`-separated.
    public var path: String
    public var language: String
    public var bytes: Int
    public var lines: LineCounts
    /// The lines, among `lines`, of the items compiled only for the file's tests (Rust's `#[cfg(test)]`, Zig's
    /// `test` blocks: `ImportExtractor.testItems`): a module's size counts them as tests.
    public var testLines = LineCounts()
    /// Functions, methods and closure-bearing declarations, by start line.
    public var functions: [FunctionFacts]
    /// Imports as written, in source order.
    public var imports: [ImportFacts]
    /// Abstract and concrete type declarations (nil where the language has no notion of abstract).
    public var types: TypeCounts?
    /// A sample of the file's lines, hashed (`LineSample`), for finding amalgamations; emptied once the scan has
    /// looked for them.
    public var lineSample: [UInt32] = []

    /// The lines that are not in-file tests: what the file adds to its module's size.
    public var shippedLines: LineCounts { lines - testLines }

    public init(
        path: String, language: String, bytes: Int, lines: LineCounts, functions: [FunctionFacts], imports: [ImportFacts],
        types: TypeCounts?, lineSample: [UInt32] = []
    ) {
        self.path = path
        self.language = language
        self.bytes = bytes
        self.lines = lines
        self.functions = functions
        self.imports = imports
        self.types = types
        self.lineSample = lineSample
    }
}

/// A file that was left out, with the reason.
public struct ExcludedFile: Hashable, Sendable {
    public var path: String
    public var reason: Exclusion
    /// A generated Go file's imports: no debt is charged on it, but its package is still one others import and
    /// whose imports use its go.mod's requirements (opentelemetry-go's gotmpl packages). Empty otherwise.
    public var imports: [ImportFacts]

    public init(path: String, reason: Exclusion, imports: [ImportFacts] = []) {
        self.path = path
        self.reason = reason
        self.imports = imports
    }

    /// Whether the file is generated code whose package counts in the module graph (`imports`).
    public var isGeneratedPackageCode: Bool { reason == .generated && path.hasSuffix(".go") }
}

/// The result of scanning every tracked file once.
public struct FileScanResult: Sendable {
    /// The commit scanned, or HEAD's commit for a work-tree scan (nil in a repository with no commits).
    public var commit: String?
    /// Whether the files were read from the work tree (true) or from the commit's tree.
    public var isWorkTree: Bool
    /// Scanned files, sorted by path.
    public var files: [FileReport]
    /// Excluded files, sorted by path.
    public var excluded: [ExcludedFile]
    /// Wall time of the scan in seconds (for progress and benchmarks only; never in JSON).
    public var seconds: Double
    /// Reads tracked files again by path (manifests), from the same snapshot.
    public var source: FileSource
    /// Folders under a vendored name the scan read as the project's own (`FirstPartyFolders`).
    public var firstPartyFolders: Set<String> = []
    /// Copies of other projects' releases the scan left out as vendored (`ReleaseCopies`).
    public var releaseCopies: Set<String> = []
    /// Project templates of scaffolders the scan left out (`ScaffoldTemplates`).
    public var scaffoldingFolders: Set<String> = []
}
