import Analyses
import GitHistory
import Testing

/// Which commits are version bumps (mechanical: no activity).
@Suite struct VersionBumpsTests {
    typealias C = CommitLiterals

    @Test(arguments: [
        "🔖 Release version 0.141.1 (#16106)", "Version bumped to 2.9.11", "Prepare 5.10.2", "chore(release): 1.4.0",
        "Bump version to 2.0", "v1.2.3", "1.2.3", "[release] 3.1", "release: 0.9.0", "Update VERSION for 7.1.2",
        "Bump Symfony version to 7.1.3", "Prepare release", "Start development of PHPUnit 13.4",
        "[maven-release-plugin] prepare release jackson-databind-2.17.0",
        "[maven-release-plugin] prepare for next development iteration",
    ])
    func subjectsThatAnnounceARelease(subject: String) {
        #expect(VersionBumps.announcesRelease(subject))
    }

    @Test(arguments: [
        "Fix crash in release 1.2", "Release the lock before returning", "Bump the timeout", "vendor 1.2 headers",
        "feat: add retries", "Update docs for 2.0", "Update versioning docs", "",
        "Start development of the parser", "Prepare the release notes", "[wip] fix 1.2 regression",
    ])
    func subjectsThatDoNot(subject: String) {
        #expect(!VersionBumps.announcesRelease(subject))
    }

    @Test func aBumpChangesCodeByTwoLinesAtMostAndAnythingElseFreely() {
        func commit(_ number: Int, _ subject: String, _ changes: FileChange...) -> Commit {
            var commit = C.commit(number, day: number)
            commit.subject = subject
            commit.changes = changes
            return commit
        }
        let commits = [
            commit(1, "🔖 Release version 0.141.1", C.change("fastapi/__init__.py", 1, 1), C.change("docs/release-notes.md", 40, 0)),
            commit(2, "Release 2.0", C.change("src/version.h", 2, 2), C.change("src/server.c", 30, 4)),
            commit(3, "Fix crash in release 1.2", C.change("src/server.c", 1, 1)),
            commit(4, "Release 2.1", FileChange(path: "src/new.c", kind: .added, linesAdded: 1)),
        ]

        let bumps = VersionBumps.commits(commits) { !$0.hasSuffix(".md") }

        #expect(bumps == [C.id(1)])
    }
}
