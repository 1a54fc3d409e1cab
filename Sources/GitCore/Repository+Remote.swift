internal import CLibGit2

extension Repository {
    /// The URL of the remote named `name` as the configuration spells it (`remote.NAME.url`, before any
    /// `url.*.insteadOf` rewriting), or nil when there is none.
    ///
    /// Reads the configuration only: no network, no hooks, no credential helpers.
    public func remoteURL(named name: String = "origin") -> String? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0, let config else { return nil }
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, config, "remote.\(name).url") == 0, let value else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}

extension Repository {
    /// Whether objects are missing by design: a partial clone (`git clone --filter=blob:none`, actions/checkout's
    /// `filter:`), whose promisor remote git asks for a missing blob when it needs one (`remote.NAME.promisor`, or
    /// `extensions.partialClone`). libgit2 fetches nothing, so accrue reads only the objects that are there: a
    /// rename whose old content is missing is not followed.
    ///
    /// Reads the configuration only: no network, no hooks.
    public var isPartialClone: Bool {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0, let config else { return false }
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        if git_config_get_string(&value, config, "extensions.partialclone") == 0 { return true }
        var iterator: OpaquePointer?
        guard git_config_iterator_glob_new(&iterator, config, "^remote\\..*\\.promisor$") == 0, let iterator else {
            return false
        }
        defer { git_config_iterator_free(iterator) }
        var entry: UnsafeMutablePointer<git_config_entry>?
        while git_config_next(&entry, iterator) == 0, let current = entry {
            var flag: Int32 = 0
            if git_config_parse_bool(&flag, current.pointee.value) == 0, flag != 0 { return true }
        }
        return false
    }
}
