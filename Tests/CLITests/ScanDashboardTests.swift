import Foundation
import Testing
import TestSupport

/// What the `accrue scan` dashboard shows for modules and files charging interest.
@Suite struct ScanDashboardTests {
    @Test func aModuleOfTestsOnlyShowsItsTestLinesNotZeroCode() throws {
        let folder = try FixtureRepository.temporaryFolder(prefix: "dashboard").path
        // No manifest: folder modules src and tests; tests/ holds a 450-line test file (over file-size's 400),
        // changed in every commit, so its module charges interest and has no code lines of its own.
        let script = """
            set -e
            git init --quiet --initial-branch=main .
            mkdir -p src tests
            printf 'int add(int a, int b) { return a + b; }\\n' > src/add.c
            for i in $(seq 1 450); do echo "int check_$i(void) { return $i; }"; done > tests/test_add.c
            for day in 01 02 03; do
              echo "int later_$day(void) { return 0; }" >> tests/test_add.c
              git add -A
              GIT_AUTHOR_NAME=Ada GIT_AUTHOR_EMAIL=ada@example.com GIT_AUTHOR_DATE=2024-01-${day}T10:00:00Z \\
              GIT_COMMITTER_NAME=Ada GIT_COMMITTER_EMAIL=ada@example.com GIT_COMMITTER_DATE=2024-01-${day}T10:00:00Z \\
                git commit --quiet -m "Change $day"
            done
            """
        try FixtureRepository.run("/bin/bash", ["-c", script], in: folder)

        let result = try AccrueBinary.run(["scan", folder, "--rev", "HEAD"])
        let markdown = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--format", "markdown"])

        #expect(result.status == 0, "\(result.stderr)")
        let row = result.stdout.split(separator: "\n").first { $0.hasSuffix("  tests") }
        #expect(row?.contains("453 test") == true, "\(result.stdout)")
        #expect(markdown.stdout.contains("| 453 test | tests |"), "\(markdown.stdout)")
    }
}
