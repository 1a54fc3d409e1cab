internal import CGitShim

extension Repository {
    /// Bounds libgit2's memory for a long history walk, process-wide.
    ///
    /// A walk reads every commit and tree once or twice, so libgit2's object cache (256 MiB per
    /// repository by default) mostly adds to peak memory. Pack files are mapped in windows of 1 GiB
    /// with an 8 GiB budget by default; every page read stays resident, so a full walk of a 500 MB
    /// pack keeps it all. Smaller windows under a budget let old ones be unmapped.
    /// Call before opening the repositories that will walk.
    package static func limitMemoryForHistory(objectCache: Int, packWindow: Int, mappedPacks: Int) {
        initializeLibrary()
        _ = accrue_git_set_cache_max_size(Int64(objectCache))
        _ = accrue_git_set_mwindow_limits(UInt64(packWindow), UInt64(mappedPacks))
    }
}
