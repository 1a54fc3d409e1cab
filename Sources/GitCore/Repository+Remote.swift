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
