import Foundation
import TestSupport
import Testing

@Suite struct ExplainCommandTests {
    @Test func explainsEachTermOfAFilesPrincipalAndInterest() throws {
        let path = try FixtureRepository.materialize("debt-basic")

        let result = try AccrueBinary.run(["explain", "Sources/Big.swift"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("file_code_lines = 700; warning 400, error 1000"))
        #expect(result.stdout.contains("principal = 1 h + 0.020 h × 300 excess = 7 h"))
        #expect(result.stdout.contains("friction = min(1.240 × 0.500, 1.240) = 0.620"))
        // Its only finding's friction is what its debt adds to each of its changes.
        #expect(result.stdout.contains("; +62% on each change: 0.1 h ÷ ("))
        #expect(result.stdout.contains("2 commits, decayed"))
    }

    /// A file the scan leaves out has no debt, and explain says why before its history.
    @Test func aFileTheScanLeavesOutSaysWhy() throws {
        let path = try FixtureRepository.materialize("modules-release-copy")

        let copied = try AccrueBinary.run(["explain", "test/googletest-1.16.0/googletest/src/gtest.cc"], in: path)
        let licence = try AccrueBinary.run(["explain", "test/googletest-1.16.0/LICENSE"], in: path)

        #expect(copied.status == 0)
        #expect(copied.stdout.hasPrefix("Debt of test/googletest-1.16.0/googletest/src/gtest.cc: none counted: the scan "
            + "leaves it out as vendored code (in test/googletest-1.16.0, a copy of another project's release); "
            + "`accrue scan --include vendored` counts it. Its history follows.\n"))
        #expect(copied.stdout.contains("7 commits"))
        #expect(licence.status == 0 && licence.stdout.contains("leaves it out as vendored code"))
        let json = try AccrueBinary.run(["explain", "test/googletest-1.16.0/LICENSE", "--format", "json"], in: path)
        #expect(json.stdout.contains("\"excluded\" : {\n    \"reason\" : \"vendored\",\n    \"release_copy\" : \"test/googletest-1.16.0\""))
        #expect(!json.stdout.contains("\"debt\""))
        // `accrue files` names the copy, in its text and its JSON.
        let files = try AccrueBinary.run(["files"], in: path)
        let filesJSON = try AccrueBinary.run(["files", "--format", "json"], in: path)
        #expect(files.stdout.contains("Vendored copies of other projects' releases: test/googletest-1.16.0\n"))
        #expect(filesJSON.stdout.contains("\"release_copies\" : [\n    \"test/googletest-1.16.0\"\n  ]"))
    }

    /// A Composer package's script outside its `autoload` says why its imports make no edge.
    @Test func aToolingScriptSaysItsImportsMakeNoEdge() throws {
        let path = try FixtureRepository.materialize("modules-composer-tooling")

        let script = try AccrueBinary.run(["explain", "bin/check.php"], in: path)
        let code = try AccrueBinary.run(["explain", "src/Filesystem.php"], in: path)

        #expect(script.status == 0)
        #expect(script.stdout.contains(
            "bin/check.php lies outside the paths composer.json loads (its `autoload` and `bin`): tooling, counted with "
                + "acme/fs's tests: its imports make no edge, its lines no part of its size.\n"))
        #expect(code.status == 0 && !code.stdout.contains("tooling"))
    }

    @Test func saysHowManyOfTheCommitsAreBugFixes() throws {
        let path = try FixtureRepository.materialize("history-fixes")

        let result = try AccrueBinary.run(["explain", "Sources/App/Main.swift", "--rev", "HEAD"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("(4 commits, 2 bug fixes weighing 2 changes each, decayed)"), "\(result.stdout)")
        // Which they are, newest first, to check with `git show`.
        let log = try FixtureRepository.git(["log", "--format=%h %s", "--abbrev=12"], in: path).split(separator: "\n")
        let fixes = log.filter { $0.hasSuffix(" Fix crash on empty input") || $0.hasSuffix(" fix(parser): handle tabs") }
            .map { $0.prefix(12) }.joined(separator: " ")
        #expect(result.stdout.contains("  bug fixes among them (latest 2): \(fixes)\n"), "\(result.stdout)")
        // The history part marks them among the commits it lists with their subjects; the docs typo is no fix.
        #expect(result.stdout.contains("  [fix] Fix crash on empty input\n") && result.stdout.contains("  [fix] fix(parser): handle tabs\n"))
        #expect(result.stdout.contains("  Fix typo in docs\n"))
        // And JSON says it of each commit.
        let json = try AccrueBinary.run(["explain", "Sources/App/Main.swift", "--rev", "HEAD", "--format", "json"], in: path)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let commits = document?["commits"] as? [[String: Any]] ?? []
        let read = Dictionary(uniqueKeysWithValues: commits.map { ($0["subject"] as? String ?? "", $0["fix"] as? Bool) })
        #expect(read == ["Fix crash on empty input": true, "fix(parser): handle tabs": true, "Fix typo in docs": false, "Add the app": false])
    }

    @Test func aPaybackPastACenturyIsSaidSoNotPrintedAsTrillionsOfMonths() throws {
        // A 1,200-line file changed once in 2005 and never since: its interest decays to ~10⁻¹⁷ h a month.
        let big = (1...1_200).map { "let value\($0) = \($0)" }.joined(separator: "\n") + "\n"
        let path = try FixtureRepository.temporaryFolder(prefix: "payback").path
        try FixtureRepository.git(["init", "--quiet"], in: path)
        for (file, text, date) in [("Big.swift", big, "2005-01-01T00:00:00Z"), ("Small.swift", "let x = 1\n", "2025-01-01T00:00:00Z")] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent(file))
            try FixtureRepository.git(["add", "-A"], in: path)
            try FixtureRepository.run(
                "/usr/bin/git", ["-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "--quiet", "-m", file],
                in: path, environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        }

        let result = try AccrueBinary.run(["explain", "Big.swift"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("= over 1,200 months (over 100 yr)\n"), "\(result.stdout)")
    }

    @Test func withRevHeadTheFiguresAreScanRevHeads() throws {
        let path = try FixtureRepository.materialize("debt-basic")

        // Ages from HEAD's date, as `scan --rev HEAD`: 1.843 decayed changes → 0.107 a month (not ~0 today).
        let explained = try AccrueBinary.run(["explain", "Sources/Big.swift", "--rev", "HEAD"], in: path)
        let scanned = try AccrueBinary.run(["scan", ".", "--rev", "HEAD", "--format", "json"], in: path)

        #expect(explained.status == 0 && scanned.status == 0)
        #expect(explained.stdout.contains("interest = 0.107 changes/month (2 commits, decayed) × 1.300 h × 0.620 = 0.086 h/month"))
        #expect(scanned.stdout.contains("\"hours_per_month\" : 0.0859"))
    }

    @Test func withRevTheHistoryPartAgesFromTheSameDateAsTheDebtPart() throws {
        let path = try FixtureRepository.materialize("debt-basic")

        // One mining serves both parts: the history is the scan's, labelled with the revision as given.
        let explained = try AccrueBinary.run(["explain", "Sources/Big.swift", "--rev", "HEAD"], in: path)
        let history = try AccrueBinary.run(["history", ".", "--rev", "HEAD"], in: path)

        #expect(explained.status == 0 && history.status == 0)
        #expect(explained.stdout.contains("\nhistory of HEAD ("))
        #expect(explained.stdout.contains("(0 days ago)"))
        #expect(!history.stdout.contains("(0 days ago)"))
    }

    @Test func aMistypedPathIsAnErrorNotAnEmptyAnswer() throws {
        let path = try FixtureRepository.materialize("debt-basic")

        let result = try AccrueBinary.run(["explain", "Sources/Bgi.swift"], in: path)

        #expect(result.status == 2)
        #expect(result.stderr.contains("Sources/Bgi.swift: no such file or module in the repository or its history"))
    }

    /// dune's three `calc` libraries: a name several modules share is a usage error naming them, not "no such".
    @Test func aNameSeveralModulesShareListsThem() throws {
        let path = try FixtureRepository.materialize("modules-duplicate-names")

        let text = try AccrueBinary.run(["explain", "core"], in: path)
        let json = try AccrueBinary.run(["explain", "core", "--format", "json"], in: path)
        let one = try AccrueBinary.run(["explain", "core (go)"], in: path)

        for result in [text, json] {
            #expect(result.status == 2)
            #expect(result.stderr.contains("core names 2 modules; give one's full name in quotes: 'core (cargo)', 'core (go)'"))
        }
        #expect(one.status == 0 && one.stdout.hasPrefix("Debt of module core (go)"))
    }

    @Test func explainsAModuleByName() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let result = try AccrueBinary.run(["explain", "Core"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("Debt of module Core"))
        #expect(result.stdout.contains("module-size (error): module Core"))
    }

    @Test func aModulesDebtInJSONIsTheScanDocumentNarrowedToIt() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let byName = try AccrueBinary.run(["explain", "Core", "--format", "json"], in: path)
        let byFolder = try AccrueBinary.run(["explain", "Sources/Core", "--format", "json"], in: path)

        #expect(byName.status == 0 && byFolder.status == 0)
        let document = try #require(
            JSONSerialization.jsonObject(with: Data(byName.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "accrue.scan/1")
        #expect((document["modules"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Core"])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let size = try #require(findings.first { $0["subject"] as? String == "module Core" && $0["rule"] as? String == "module-size" })
        #expect((size["commits"] as? [String])?.isEmpty == false)
        #expect(findings.allSatisfy { ($0["subject"] as? String)?.contains("Sources/Core") == true || $0["kind"] as? String != "file" })
        // The same document either way (`now` aside: each run prices the work tree at its own time).
        let withoutNow = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"now\" :") } }
        #expect(withoutNow(byFolder.stdout) == withoutNow(byName.stdout))
    }

    @Test func aFilesJSONCarriesItsHistoryAndItsDebt() throws {
        let path = try FixtureRepository.materialize("debt-basic")
        let file = "Sources/Big.swift"

        let result = try AccrueBinary.run(["explain", file, "--format", "json"], in: path)

        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "accrue.history/1")
        let debt = try #require(document["debt"] as? [String: Any])
        #expect(debt["schema"] as? String == "accrue.scan/1")
        #expect((debt["files"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == [file])
        let findings = try #require(debt["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["path"] as? String == file })
        #expect(findings.allSatisfy { $0["path"] as? String == file || $0["kind"] as? String == "module" })
    }

    @Test func aModulesRootFolderExplainsTheModule() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let result = try AccrueBinary.run(["explain", "Sources/Core"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("Debt of module Core"))
    }

    @Test func aFileShowsItsShareOfItsModulesDebt() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let result = try AccrueBinary.run(["explain", "Sources/Core/Core1.swift"], in: path)

        #expect(result.status == 0)
        #expect(result.stdout.contains("share of module-size (module Core, activity module_changes): "))
        #expect(result.stdout.contains("changes/month (this file's ÷ the module's)"))
    }

    @Test func aModuleWithManyFindingsExplainsTheCostliestFirst() throws {
        let path = try FixtureRepository.materialize("plan-split")

        let some = try AccrueBinary.run(["explain", "Shop", "--findings", "1"], in: path)
        let all = try AccrueBinary.run(["explain", "Shop", "--findings", "0"], in: path)

        #expect(some.status == 0 && all.status == 0)
        #expect(some.stdout.contains("Showing 1 of "))
        #expect(!all.stdout.contains("Showing "))
        #expect(all.stdout.count > some.stdout.count)
    }

    @Test func aCrossingFindingShowsItsActivityAndTheCommitsBehindIt() throws {
        let path = try FixtureRepository.materialize("ripple-instability")

        let module = try AccrueBinary.run(["explain", "Core"], in: path)
        let file = try AccrueBinary.run(["explain", "Sources/Core/Core2.swift"], in: path)

        #expect(module.status == 0 && file.status == 0)
        #expect(module.stdout.contains("  activity = crossing_changes: changes to the module's code files in commits that also change"))
        #expect(module.stdout.contains("(3 commits, one change per file they touch, decayed)"))
        #expect(file.stdout.contains("share of instability (module Core, activity crossing_changes): "))
        #expect(file.stdout.contains("crossing changes/month (this file's ÷ the module's)"))
        // Core2's crossing changes, newest first: "Core2 with its dependent A" and the package's first commit.
        #expect(file.stdout.contains("  this file's crossing commits (latest 2): 1f75294269a9 78d77b834ef8\n"))
        // The gap the instability rule judges, as the difference of two instabilities.
        #expect(module.stdout.contains(
            "  instability_gap = 0.167; warning 0.100, error 0.500\n"
                + "  = instability 0.667 (Ce 6 ÷ (Ca 3 + Ce 6)) − 0.500, its most stable dependent's (A)\n"))
    }

    @Test func aMainSequenceDistanceShowsItsTermsAndTheImportersReExportsBring() throws {
        let path = try FixtureRepository.materialize("modules-reexports")

        let result = try AccrueBinary.run(["explain", "Bytes"], in: path)

        #expect(result.status == 0)
        // Rules reaches Bytes through Scan, Scan through Lex; Lex and Report import it (ScanTests is a test).
        #expect(result.stdout.contains(
            "  main_sequence_distance = 1; warning 0.500, error 0.700\n"
                + "  = |A 0 + I 0 (Ce 0 ÷ (Ca 4 + Ce 0)) − 1|\n"
                + "  2 of the Ca 4 reach it only through re-exports (Lex, Scan)\n"))
    }
}

@Suite struct PlanCommandTests {
    @Test func aRepositoryWithoutDebtHasNothingToPlanAndExitsZero() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["plan", path])

        #expect(result.status == 0)
        #expect(result.stdout.contains("Nothing to plan"))
    }

    @Test func aTargetThatNamesNothingIsAUsageError() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let missing = try AccrueBinary.run(["plan", path, "--target", "NoSuchModule"])
        let module = try AccrueBinary.run(["plan", path, "--target", "Core"])
        let folder = try AccrueBinary.run(["plan", path, "--target", "Sources/Core"])

        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--target NoSuchModule: no module of that name"))
        #expect(module.status == 0 && folder.status == 0)
    }

    @Test func theLatestCommitsAreListedNewestFirst() throws {
        let path = try FixtureRepository.materialize("debt-basic")
        let newestFirst = try FixtureRepository.git(["log", "--format=%H", "--", "Sources/Big.swift"], in: path)
            .split(separator: "\n").map { String($0.prefix(12)) }

        let result = try AccrueBinary.run(["explain", "Sources/Big.swift"], in: path)

        #expect(newestFirst.count == 2)
        #expect(result.stdout.contains("  commits (latest 2): \(newestFirst.joined(separator: " "))\n"))
    }
}

@Suite struct InFileTestsCommandTests {
    /// A Rust file's `#[cfg(test)]` items are its module's tests: `accrue files` lists their lines, explain says so.
    @Test func filesAndExplainShowAFilesInFileTests() throws {
        let library = "pub fn one() -> u8 {\n    1\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {}\n}\n"
        let path = try FixtureRepository.committed(
            ["Cargo.toml": "[package]\nname = \"app\"\n", "src/lib.rs": library], prefix: "in-file-tests-cli")

        let files = try AccrueBinary.run(["files", "--format", "json"], in: path)
        let explain = try AccrueBinary.run(["explain", "src/lib.rs"], in: path)

        #expect(files.status == 0)
        #expect(files.stdout.contains("\"test_lines\" : {\n        \"blank\" : 0,\n        \"code\" : 5,\n"
            + "        \"comment\" : 0,\n        \"total\" : 5\n      }"))
        #expect(!files.stdout.contains("\"test_lines\" : null"))
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("5 of the 8 code lines of src/lib.rs are its `#[cfg(test)]` items, "
            + "counted with app's tests, not in its size.\n"))
    }
}
