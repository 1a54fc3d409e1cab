internal import CGitShim
internal import CLibGit2
import Foundation

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
        setSizeOption(GIT_OPT_SET_MWINDOW_SIZE, packWindow)
        setSizeOption(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, mappedPacks)
    }

    /// `git_libgit2_opts(option, size_t)`: the function is variadic, which Swift cannot call and
    /// CGitShim does not wrap for these options, so it is called through its address with the one
    /// integer argument (sound on the System V x86-64 and AArch64 calling conventions).
    // TODO: move to CGitShim as accrue_git_set_mwindow_limits when its owner can take it.
    private static func setSizeOption(_ option: git_libgit2_opt_t, _ value: Int) {
        typealias SizeOption = @convention(c) (Int32, Int) -> Int32
        guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, "git_libgit2_opts") else { return }
        let function = unsafeBitCast(symbol, to: SizeOption.self)
        _ = function(Int32(option.rawValue), value)
    }
}
