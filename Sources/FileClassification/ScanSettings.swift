import SourceScan

/// What the scanner leaves out by default, from `rules/scan.yaml`.
public struct ScanSettings: Hashable, Sendable, Codable {
    /// Folder names whose contents are vendored code wherever they appear (`vendor`, `node_modules`).
    public var vendoredFolders: [String]
    /// File names that are another project's file copied in (`erlang.mk`), vendored wherever they appear.
    public var vendoredFilenames: [String]
    /// Markers near the top of a file that say it was generated (`DO NOT EDIT`, `@generated`).
    public var generatedMarkers: [String]
    /// How many leading lines are searched for a generated marker.
    public var generatedMarkerLines: Int
    /// Markers on a file's last line that say a build wrote it (`//# sourceMappingURL=`).
    public var generatedTrailers: [String]
    /// File names that are lockfiles or other generated manifests (`package-lock.json`).
    public var generatedFilenames: [String]
    /// Name endings of minified or generated files (`.min.js`, `.pb.go`).
    public var generatedSuffixes: [String]
    /// A file whose average line is longer than this many bytes (over at least `minifiedMinimumBytes`) is minified,
    /// unless its bytes read as prose or a table (`FileClassifier`).
    public var minifiedAverageLineLength: Int
    public var minifiedMinimumBytes: Int
    /// A file of at least this many bytes, all but `dataTableOtherShare` of whose bytes write numbers (digits, hex
    /// letters, `x`, separators, brackets and white space), is a table a tool wrote (an image embedded by `xxd -i`):
    /// generated.
    public var dataTableMinimumBytes: Int
    public var dataTableOtherShare: Double
    /// A code file of at least this many code lines, most of whose lines are found in smaller files, is an
    /// amalgamation of them (`Amalgamations`): generated.
    public var amalgamationMinimumLines: Int
    /// The share of an amalgamation's lines found in its parts.
    public var amalgamationCoverage: Double
    /// Files larger than this are counted as skipped (too large), not scanned.
    public var maximumFileBytes: Int
    /// Glob patterns of paths to leave out, repository-relative (`docs/**`).
    public var excludedPaths: [String]
    /// Languages counted but not judged by the debt model (data, configuration, markup, prose).
    public var nonCodeLanguages: [String]

    private enum CodingKeys: String, CodingKey {
        case vendoredFolders = "vendored_folders"
        case vendoredFilenames = "vendored_filenames"
        case generatedMarkers = "generated_markers"
        case generatedMarkerLines = "generated_marker_lines"
        case generatedTrailers = "generated_trailers"
        case generatedFilenames = "generated_filenames"
        case generatedSuffixes = "generated_suffixes"
        case minifiedAverageLineLength = "minified_average_line_length"
        case minifiedMinimumBytes = "minified_minimum_bytes"
        case dataTableMinimumBytes = "data_table_minimum_bytes"
        case dataTableOtherShare = "data_table_other_share"
        case amalgamationMinimumLines = "amalgamation_minimum_lines"
        case amalgamationCoverage = "amalgamation_coverage"
        case maximumFileBytes = "maximum_file_bytes"
        case excludedPaths = "excluded_paths"
        case nonCodeLanguages = "non_code_languages"
    }
}
