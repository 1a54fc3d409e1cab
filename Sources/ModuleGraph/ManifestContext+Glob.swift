import SourceScan

extension ManifestContext {
    /// The tracked paths a CMake `file(GLOB)` pattern (repository-relative) matches: its file name part, a PathGlob,
    /// in its folder, and below that folder too when `recursive` (`GLOB_RECURSE`); with `folders`
    /// (`LIST_DIRECTORIES`), the folders holding tracked files that match too (CMake lists them with the files).
    /// Sorted, as CMake sorts them. Nil when a variable is left in the pattern or its folder part has a wildcard:
    /// the files it means cannot be told from the text.
    public func paths(globbing pattern: String, recursive: Bool, folders: Bool = false) -> [String]? {
        let folder = ManifestContext.folder(of: pattern)
        guard !pattern.contains("$") && !folder.contains(where: { "*?[".contains($0) }) else { return nil }
        let name = PathGlob(String(pattern.dropFirst(folder.isEmpty ? 0 : folder.count + 1)))
        let start = folder.isEmpty ? 0 : folder.count + 1
        // The name part has no `/`: PathGlob matches it against a path's last segment.
        var found = paths(under: folder).filter { path in
            (recursive || !path.utf8.dropFirst(start).contains(UInt8(ascii: "/"))) && name.matches(path)
        }
        if folders { found = (found + self.folders(under: folder, recursive: recursive).filter(name.matches)).sorted() }
        return found
    }

    /// The folders below `folder` holding tracked files: its children, and their descendants when `recursive`.
    private func folders(under folder: String, recursive: Bool) -> [String] {
        let start = folder.isEmpty ? 0 : folder.count + 1
        var listed = Set<String>()
        for path in paths(under: folder) {
            var below = folder
            for segment in path.dropFirst(start).split(separator: "/").dropLast().prefix(recursive ? Int.max : 1) {
                below = below.isEmpty ? String(segment) : below + "/" + segment
                listed.insert(below)
            }
        }
        return Array(listed)
    }
}

extension ManifestContext {
    /// The tracked paths below `folder` a Bazel `glob` pattern (relative to `folder`) matches: `**` crosses folders,
    /// `*` and a pattern with no `/` do not (`*.cc` is the folder's own files).
    package func paths(bazelGlob pattern: String, in folder: String) -> [String] {
        let glob = PathGlob(pattern)
        let isFlat = !pattern.contains("/")
        let start = folder.isEmpty ? 0 : folder.count + 1
        return paths(under: folder).filter { path in
            let relative = String(path.dropFirst(start))
            return (!isFlat || !relative.contains("/")) && glob.matches(relative)
        }
    }
}

extension ManifestContext {
    /// The tracked paths a repository-relative path pattern names: the path itself when it has no wildcard and is
    /// tracked, else what the pattern below its folders free of wildcards matches as a Bazel glob does (`**` crosses
    /// folders, `*` does not): MSBuild's `..\Shims\required\*.cs` once joined to the project's folder.
    package func paths(matchingPattern pattern: String) -> [String] {
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false)
        guard let wild = segments.firstIndex(where: { $0.contains(where: { "*?[".contains($0) }) }) else {
            return contains(pattern) ? [pattern] : []
        }
        let folder = segments[..<wild].joined(separator: "/")
        return paths(bazelGlob: segments[wild...].joined(separator: "/"), in: folder)
    }
}
