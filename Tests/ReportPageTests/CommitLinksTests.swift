import AccrueReport
import Testing

@Suite struct CommitLinksTests {
    @Test(arguments: [
        ("https://github.com/apple/swift-nio.git", "https://github.com/apple/swift-nio/commit/"),
        ("https://github.com/apple/swift-nio", "https://github.com/apple/swift-nio/commit/"),
        ("git@github.com:redis/redis.git", "https://github.com/redis/redis/commit/"),
        ("ssh://git@github.com:22/git/git.git", "https://github.com/git/git/commit/"),
        ("https://user:secret@gitlab.com/group/sub/project.git", "https://gitlab.com/group/sub/project/-/commit/"),
        ("git@bitbucket.org:team/repo.git", "https://bitbucket.org/team/repo/commits/"),
        ("https://codeberg.org/forgejo/forgejo", "https://codeberg.org/forgejo/forgejo/commit/"),
    ])
    func knownForgesGiveACommitPagePrefixWithoutCredentials(remote: String, prefix: String) {
        #expect(CommitLinks.prefix(forRemote: remote) == prefix)
    }

    @Test(arguments: [
        "/srv/git/project.git", "file:///srv/git/project.git", "https://example.com/a/b.git",
        "https://github.com/a/b\"onmouseover=alert(1).git", "https://github.com/a/../b", "https://github.com/onlyowner",
        "git@github.com:a/<script>.git",
    ])
    func localUnknownOrStrangeRemotesGiveNoLinks(remote: String) {
        #expect(CommitLinks.prefix(forRemote: remote) == nil)
    }
}
