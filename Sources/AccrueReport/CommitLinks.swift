import Foundation

/// Commit web pages for remotes on known forges: GitHub, GitLab, Bitbucket, Codeberg and Gitea-style hosts.
///
/// Accepts `https://host/owner/repo(.git)`, `ssh://[user@]host[:port]/owner/repo(.git)` and the scp form
/// `user@host:owner/repo(.git)`. Credentials in the URL are dropped. Anything with characters outside
/// `[A-Za-z0-9._~/-]` in the path, or an unknown host, gives nil: ids are then shown without links.
public enum CommitLinks {
    /// The prefix to which a commit id is appended, e.g. `https://github.com/o/r/commit/`.
    public static func prefix(forRemote remote: String) -> String? {
        guard let (host, path) = hostAndPath(remote) else { return nil }
        var repository = path
        while repository.hasSuffix("/") { repository.removeLast() }
        if repository.hasSuffix(".git") { repository.removeLast(4) }
        while repository.hasPrefix("/") { repository.removeFirst() }
        guard repository.contains("/"), isPlain(repository), isPlain(host), !host.isEmpty,
            !repository.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }),
            let commits = commitsPath(host: host.lowercased())
        else { return nil }
        return "https://\(host.lowercased())/\(repository)\(commits)"
    }

    /// Where a forge keeps commit pages under a repository's URL, nil for an unknown host.
    private static func commitsPath(host: String) -> String? {
        if host == "github.com" || host.hasPrefix("github.") { return "/commit/" }
        if host.contains("gitlab") { return "/-/commit/" }
        if host == "bitbucket.org" { return "/commits/" }
        if host == "codeberg.org" || host.contains("gitea") { return "/commit/" }
        return nil
    }

    /// Whether every character is one a URL path needs no escaping for.
    private static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._~/-".unicodeScalars.contains(scalar))
        }
    }

    /// The host (without user or port) and the path of a remote URL in one of the accepted forms.
    private static func hostAndPath(_ remote: String) -> (String, String)? {
        let text = remote.trimmingCharacters(in: .whitespaces)
        for scheme in ["https://", "http://", "ssh://", "git+ssh://"] where text.lowercased().hasPrefix(scheme) {
            let rest = text.dropFirst(scheme.count)
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            var authority = rest[..<slash]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            if let colon = authority.firstIndex(of: ":") { authority = authority[..<colon] }
            return (String(authority), String(rest[slash...]))
        }
        // scp form: [user@]host:path, with no scheme and no slash before the colon.
        guard !text.contains("://"), let colon = text.firstIndex(of: ":") else { return nil }
        var host = text[..<colon]
        guard !host.contains("/") else { return nil }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        return (String(host), String(text[text.index(after: colon)...]))
    }
}
