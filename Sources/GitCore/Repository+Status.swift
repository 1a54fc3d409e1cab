internal import CLibGit2

extension Repository {
    /// Files of the work tree that git does not track and does not ignore, repository-relative and sorted;
    /// empty for a bare repository or when the status cannot be read. Reads the index and the work tree only.
    public func untrackedPaths() -> [String] {
        guard workingDirectory != nil else { return [] }
        var options = git_status_options()
        guard git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)) == 0 else { return [] }
        options.show = GIT_STATUS_SHOW_WORKDIR_ONLY
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
        var list: OpaquePointer?
        guard git_status_list_new(&list, handle, &options) == 0, let list else { return [] }
        defer { git_status_list_free(list) }
        var paths: [String] = []
        for index in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, index),
                entry.pointee.status.rawValue & GIT_STATUS_WT_NEW.rawValue != 0,
                let path = entry.pointee.index_to_workdir?.pointee.new_file.path
            else { continue }
            paths.append(String(cString: path))
        }
        return paths.sorted()
    }
}
