import SourceScan

/// Path queries the manifest readers share: membership, ancestor manifests, folders holding a file.
extension ManifestContext {
    /// Whether `path` is tracked (binary search over the sorted paths).
    package func contains(_ path: String) -> Bool {
        let index = firstIndex(notBelow: path)
        return index < paths.count && paths[index] == path
    }

    /// The tracked paths under `folder` (all paths for the root), in order.
    package func paths(under folder: String) -> ArraySlice<String> {
        if folder.isEmpty { return paths[...] }
        let prefix = folder + "/"
        var index = firstIndex(notBelow: prefix)
        let start = index
        while index < paths.count && paths[index].hasPrefix(prefix) { index += 1 }
        return paths[start..<index]
    }

    /// The tracked paths starting with `prefix` (`Sources/Package@swift-`), in order.
    package func paths(startingWith prefix: String) -> ArraySlice<String> {
        var index = firstIndex(notBelow: prefix)
        let start = index
        while index < paths.count && paths[index].hasPrefix(prefix) { index += 1 }
        return paths[start..<index]
    }

    /// Folders (sorted) that directly hold a file named `fileName`.
    package func folders(holding fileName: String) -> [String] {
        let suffix = "/" + fileName
        var folders: [String] = []
        for path in paths where path == fileName || path.hasSuffix(suffix) {
            folders.append(ManifestContext.folder(of: path))
        }
        return folders.sorted()
    }

    /// The nearest strict ancestor folder of `folder` holding one of `fileNames`, nearest first.
    package func ancestors(of folder: String, holding fileNames: [String]) -> [String] {
        var found: [String] = []
        var current = folder
        while !current.isEmpty {
            current = ManifestContext.folder(of: current)
            for name in fileNames where contains(ManifestContext.join(current, name)) {
                found.append(current)
                break
            }
        }
        return found
    }

    private func firstIndex(notBelow key: String) -> Int { paths.firstIndex(notBelow: key) }
}
