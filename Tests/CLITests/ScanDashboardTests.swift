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
            for day in $(seq -w 1 15); do
              echo "int later_$day(void) { return 0; }" >> tests/test_add.c
              \(Self.commitOfTheDay)
            done
            """
        try FixtureRepository.run("/bin/bash", ["-c", script], in: folder)

        let result = try AccrueBinary.run(["scan", folder, "--rev", "HEAD"])
        let markdown = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--format", "markdown"])

        #expect(result.status == 0, "\(result.stderr)")
        let row = result.stdout.split(separator: "\n").first { $0.hasSuffix("  tests") }
        #expect(row?.contains("465 test") == true, "\(result.stdout)")
        #expect(markdown.stdout.contains("| 465 test | tests |"), "\(markdown.stdout)")
    }

    /// The bash line that commits everything as Ada on January `$day`, 2024.
    private static let commitOfTheDay = "git add -A; GIT_AUTHOR_NAME=Ada GIT_AUTHOR_EMAIL=ada@example.com "
        + "GIT_AUTHOR_DATE=2024-01-${day}T10:00:00Z GIT_COMMITTER_NAME=Ada GIT_COMMITTER_EMAIL=ada@example.com "
        + "GIT_COMMITTER_DATE=2024-01-${day}T10:00:00Z git commit --quiet -m \"Change $day\""

    /// Folder modules alpha, beta and gamma over the 2,000-line budget, a test module, and alpha and beta
    /// changed together in six commits without an import (a hidden coupling).
    private func threeModulesOverBudget() throws -> String {
        let folder = try FixtureRepository.temporaryFolder(prefix: "dashboard").path
        let script = """
            set -e
            git init --quiet --initial-branch=main .
            mkdir -p alpha beta gamma tests
            for m in alpha beta gamma; do
              for i in $(seq 1 2100); do echo "int ${m}_$i(void) { return $i; }"; done > $m/$m.c
            done
            printf 'int check(void) { return 0; }\\n' > tests/test_alpha.c
            for day in 01 02 03 04 05 06; do
              echo "int later_$day(void) { return 0; }" >> alpha/alpha.c
              echo "int later_$day(void) { return 0; }" >> beta/beta.c
              \(Self.commitOfTheDay)
            done
            """
        try FixtureRepository.run("/bin/bash", ["-c", script], in: folder)
        return folder
    }

    @Test func fragmentedOwnershipIsALineNotABestPaybackRow() throws {
        let path = try FixtureRepository.temporaryFolder(prefix: "ownership").path
        try FixtureRepository.git(["init", "--quiet", "--initial-branch=main"], in: path)
        // Four people, one change each: nobody made half of them.
        for (index, author) in ["Ada", "Ben", "Cy", "Di"].enumerated() {
            let line = "def f\(index)(x):\n    return x\n"
            try FixtureRepository.append(line, toFileAt: path + "/a.py")
            try FixtureRepository.git(["add", "a.py"], in: path)
            try FixtureRepository.git(
                ["-c", "user.name=\(author)", "-c", "user.email=\(author)@example.com", "commit", "--quiet", "-m", "f\(index)",
                 "--date", "2026-01-0\(index + 1)T12:00:00Z"], in: path)
        }

        let scan = try AccrueBinary.run(["scan", path])

        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.contains("Fragmented ownership: 1 file,"))
        #expect(!scan.stdout.contains("ownership-fragmentation: a.py"))
    }

    @Test func aListCutAtTopSaysHowManyMore() throws {
        let folder = try threeModulesOverBudget()

        let text = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--top", "2"])
        let markdown = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--top", "2", "--format", "markdown"])

        #expect(text.stdout.contains("  alpha  2,106 lines  warning\n  beta  2,106 lines  warning\n  … and 1 more\n"), "\(text.stdout)")
        #expect(markdown.stdout.contains("| beta | 2,106 | warning |\n\n… and 1 more\n"), "\(markdown.stdout)")
    }

    @Test func hiddenCouplingsLinkingManyModulesAreOneLine() throws {
        // vite's thirteen starter templates change together: 78 pairs were 78 rows of the dashboard.
        let folder = try FixtureRepository.temporaryFolder(prefix: "coupled-group").path
        let script = """
            set -e
            git init --quiet --initial-branch=main .
            for day in 01 02 03 04 05 06 07 08 09 10 11 12; do
              group="red green blue cyan"; [ $day -gt 06 ] && group="left right"
              for m in $group; do mkdir -p $m; echo "int ${m}_$day(void) { return 0; }" >> $m/$m.c; done
              \(Self.commitOfTheDay)
            done
            """
        try FixtureRepository.run("/bin/bash", ["-c", script], in: folder)

        let text = try AccrueBinary.run(["scan", folder, "--rev", "HEAD"])
        let markdown = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--format", "markdown"])
        let modules = try AccrueBinary.run(["modules", folder, "--rev", "HEAD"])

        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("\nHidden couplings\n"), "\(text.stdout)")
        #expect(text.stdout.contains("  4 modules, 6 hidden couplings: blue, cyan, green, …  100% of changes together, no imports\n"))
        #expect(text.stdout.contains("  left ↔ right  "))
        #expect(markdown.stdout.contains("- 4 modules, 6 hidden couplings: `blue`, `cyan`, `green`, …  100% of changes together"))
        // `accrue modules` keeps every pair.
        #expect(modules.stdout.contains("blue ↔ red") || modules.stdout.contains("red ↔ blue"))
    }

    @Test func withTopZeroNoSectionPrintsAnEmptyHeading() throws {
        let folder = try threeModulesOverBudget()

        let listed = try AccrueBinary.run(["scan", folder, "--rev", "HEAD"])
        let result = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--top", "0"])

        #expect(listed.stdout.contains("\nHidden couplings\n  alpha ↔ beta"))
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("  History         6 commits\n"), "\(result.stdout)")
    }

    /// Text, JSON and Markdown count the same modules: every module found, the test module included.
    @Test func everyFormatCountsTheSameModules() throws {
        let folder = try threeModulesOverBudget()

        let text = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--since", "2024-01-06"])
        let json = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--format", "json"])
        let markdown = try AccrueBinary.run(["scan", folder, "--rev", "HEAD", "--format", "markdown"])

        #expect(text.stdout.contains("  Code lines      6,313 in 4 code files, 4 modules\n"), "\(text.stdout)")
        #expect(text.stdout.contains("  History         1 commit\n"))
        #expect(json.stdout.contains("\"modules\" : 4,"))
        #expect(markdown.stdout.contains("| Code lines | 6,313 in 4 modules |"))
    }
}
