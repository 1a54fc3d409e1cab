import SourceScan

/// Documentation sites a generator wrote: folders whose web pages are mostly generated.
///
/// A generator marks its pages (javadoc's comment, Doxygen's generator tag, jazzy's stylesheet link) but not the
/// stylesheets and scripts it copies beside them: Alamofire's jazzy site ships typeahead.jquery.js twice, tinyxml2's
/// Doxygen site 63 scripts of search index, retrofit's old javadoc sites their stylesheet.css. A folder below the
/// repository root is a **generated site** when more than half of the HTML, CSS and JavaScript files under it are
/// generated HTML pages; every HTML, CSS and JavaScript file under it is then generated too. One generated report
/// among a hundred scripts of an app's `src/` makes no site.
public struct GeneratedSites: Sendable {
    private var sites: Set<Substring> = []

    /// `files`: every HTML, CSS and JavaScript file of the snapshot (others are ignored), with whether it is a
    /// generated HTML page.
    public init(_ files: [(path: String, isGeneratedPage: Bool)]) {
        var web: [Substring: Int] = [:]
        var pages: [Substring: Int] = [:]
        for file in files where Self.isWebAsset(file.path) {
            for folder in Self.folders(of: file.path) {
                web[folder, default: 0] += 1
                if file.isGeneratedPage { pages[folder, default: 0] += 1 }
            }
        }
        for (folder, count) in pages where 2 * count > web[folder, default: 0] { sites.insert(folder) }
    }

    /// Whether `path` is a web asset inside a generated site.
    public func contains(_ path: String) -> Bool {
        !sites.isEmpty && Self.isWebAsset(path) && Self.folders(of: path).contains { sites.contains($0) }
    }

    /// HTML, CSS and JavaScript by their file name (what a documentation generator writes).
    public static func isWebAsset(_ path: String) -> Bool {
        ["html", "htm", "css", "js"].contains(fileExtension(path))
    }

    /// Whether `path` is an HTML page.
    public static func isPage(_ path: String) -> Bool { ["html", "htm"].contains(fileExtension(path)) }

    /// The file name's extension, lower-cased; empty without one.
    private static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// The folders holding `path`, below the repository root: `a/b/c.html` → `a`, `a/b`.
    private static func folders(of path: String) -> [Substring] {
        var result: [Substring] = []
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            result.append(path[..<slash])
            index = path.index(after: slash)
        }
        return result
    }
}
