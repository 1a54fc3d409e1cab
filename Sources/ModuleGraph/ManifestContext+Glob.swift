import SourceScan

extension ManifestContext {
    /// The tracked paths a CMake `file(GLOB)` pattern (repository-relative) matches: its file name part, a PathGlob,
    /// in its folder, and below that folder too when `recursive` (`GLOB_RECURSE`). Nil when a variable is left in
    /// the pattern or its folder part has a wildcard: the files it means cannot be told from the text.
    public func paths(globbing pattern: String, recursive: Bool) -> [String]? {
        let folder = ManifestContext.folder(of: pattern)
        guard !pattern.contains("$") && !folder.contains(where: { "*?[".contains($0) }) else { return nil }
        let name = PathGlob(String(pattern.dropFirst(folder.isEmpty ? 0 : folder.count + 1)))
        return paths.filter { path in
            let pathFolder = ManifestContext.folder(of: path)
            guard recursive ? ManifestContext.isInside(pathFolder, folder) : pathFolder == folder else { return false }
            return name.matches(String(path.dropFirst(pathFolder.isEmpty ? 0 : pathFolder.count + 1)))
        }
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
