/// Module budgets and test-code patterns, from `rules/modules.yaml`.
public struct ModuleSettings: Hashable, Sendable, Codable {
    /// Code-line thresholds for a module's non-test files.
    public struct Budget: Hashable, Sendable, Codable {
        public var warning: Int
        public var error: Int

        public init(warning: Int, error: Int) {
            self.warning = warning
            self.error = error
        }
    }

    public var budget: Budget
    /// Globs that mark a file as test code.
    public var testPaths: [String]
    /// The share (0…1) of source code lines outside every manifest module from which that rest gets folder
    /// modules and a root module (ModuleCoverage).
    public var unownedShare: Double
    /// The languages (rules/languages.yaml names) each manifest ecosystem builds. A module declared at the
    /// repository root claims the files in other languages only when they are not a significant share.
    public var ecosystemLanguages: [String: [String]]
    /// What the folder fallback counts as source (file name endings, lowercase, no dot); nil: FolderModules' own.
    public var folderSourceExtensions: [String]?
    /// Top-level folders whose subfolders are the fallback's modules (`src`, `packages`, `plugins`); nil:
    /// FolderModules' own.
    public var containerFolders: [String]?
    /// Modules a plan treats as published, or as not, whatever their manifests say (by name); nil in a rules folder
    /// older than these keys.
    public var published: [String]?
    public var unpublished: [String]?

    public init(
        budget: Budget, testPaths: [String], unownedShare: Double = 0.25, ecosystemLanguages: [String: [String]] = [:],
        folderSourceExtensions: [String]? = nil, containerFolders: [String]? = nil
    ) {
        self.budget = budget
        self.testPaths = testPaths
        self.unownedShare = unownedShare
        self.ecosystemLanguages = ecosystemLanguages
        self.folderSourceExtensions = folderSourceExtensions
        self.containerFolders = containerFolders
    }

    private enum CodingKeys: String, CodingKey {
        case budget
        case testPaths = "test_paths"
        case unownedShare = "unowned_share"
        case ecosystemLanguages = "ecosystem_languages"
        case folderSourceExtensions = "folder_source_extensions"
        case containerFolders = "container_folders"
        case published, unpublished
    }
}
