import Analyses
import GitHistory
import Testing
import GitCore

@Suite struct ChangeCouplingTests {
    /// A and B together in commits 1…5, A alone with C in 6, and a 31-file sweep in 7.
    private var commits: [Commit] {
        var result = (1...5).map {
            CommitLiterals.commit($0, CommitLiterals.change("A.swift"), CommitLiterals.change("B.swift"))
        }
        result.append(CommitLiterals.commit(6, CommitLiterals.change("A.swift"), CommitLiterals.change("C.swift")))
        let sweep = ["A.swift", "B.swift"] + (0..<29).map { "gen/f\($0).txt" }
        result.append(Commit(
            id: CommitLiterals.id(7), author: Author(name: "Bo", email: "bo@example.com"),
            authoredAt: CommitLiterals.start, changes: sweep.map { CommitLiterals.change($0) }))
        return result
    }

    @Test func coChangingPairsAreTheLoosestMeasure() {
        var loosest = ChangeCoupling()
        (loosest.minimumRevisions, loosest.minimumSharedRevisions, loosest.minimumDegree) = (0, 1, 0)
        let expected = Set(loosest.measure(commits).flatMap {
            ["\($0.entity)\u{0}\($0.coupled)", "\($0.coupled)\u{0}\($0.entity)"]
        })
        #expect(ChangeCoupling().coChangingPairs(commits) { $0 } == expected)
        #expect(expected.count == 4)  // A–B, A–C; the sweep is over the size limit
        let revisions = ChangeCoupling.revisions(commits) { $0.hasPrefix("gen/") ? nil : String($0.prefix(1)) }
        #expect(revisions == ["A": 7, "B": 6, "C": 1])
    }

    /// One pass gives what the three separate measures give, by module and with author-day grouping too.
    @Test func oneGroupingEqualsTheSeparateMeasures() {
        let module: (String) -> String? = { $0.hasPrefix("gen/") ? nil : String($0.prefix(1)) }
        for grouping in ChangeCoupling.Grouping.allCases {
            var coupling = ChangeCoupling()
            (coupling.grouping, coupling.minimumRevisions, coupling.minimumSharedRevisions) = (grouping, 1, 1)
            for entity in [module, { $0 }] {
                let found = coupling.changeSets(commits, entity: entity)
                #expect(coupling.measure(found) == coupling.measure(commits, entity: entity))
                #expect(coupling.coChangingPairs(found) == coupling.coChangingPairs(commits, entity: entity))
                #expect(found.revisions == ChangeCoupling.revisions(commits, entity: entity))
            }
        }
    }

    @Test func computesCodeMaatDegrees() throws {
        let pairs = ChangeCoupling().measure(commits)

        let pair = try #require(pairs.first)
        #expect(pairs.count == 1)
        #expect((pair.entity, pair.coupled) == ("A.swift", "B.swift"))
        #expect(pair.degree == 90)  // 5 shared ÷ average(6, 5) = 90.9 %, truncated
        #expect(pair.averageRevisions == 5.5)
        #expect((pair.entityRevisions, pair.coupledRevisions, pair.sharedRevisions) == (6, 5, 5))
        #expect(pair.commits == (1...5).map { CommitLiterals.id($0).description })
    }

    @Test func appliesEveryThreshold() {
        var coupling = ChangeCoupling()
        coupling.minimumSharedRevisions = 6

        #expect(coupling.measure(commits).isEmpty)

        coupling = ChangeCoupling()
        coupling.minimumDegree = 91
        #expect(coupling.measure(commits).isEmpty)

        coupling = ChangeCoupling()
        coupling.maximumChangesetSize = 31
        #expect(coupling.measure(commits).first?.sharedRevisions == 6)
    }

    @Test func aggregatesOverAnyEntityMapping() throws {
        let modules = ["A.swift": "Core", "B.swift": "UI", "C.swift": "UI"]
        var coupling = ChangeCoupling()
        coupling.minimumRevisions = 1
        coupling.minimumSharedRevisions = 1

        let pairs = coupling.measure(commits) { modules[$0] }

        // After mapping, the sweep has only two rows (generated files map to nil), so it counts.
        let pair = try #require(pairs.first)
        #expect((pair.entity, pair.coupled, pair.sharedRevisions) == ("Core", "UI", 7))
        #expect(pair.degree == 100)
    }

    @Test func groupsCommitsByAuthorAndDay() throws {
        let commits = [
            CommitLiterals.commit(1, by: "Ada", day: 1, CommitLiterals.change("A.swift")),
            CommitLiterals.commit(2, by: "Ada", day: 1, CommitLiterals.change("B.swift")),
            CommitLiterals.commit(3, by: "Bo", day: 1, CommitLiterals.change("A.swift")),
        ]
        var coupling = ChangeCoupling()
        coupling.minimumRevisions = 1
        coupling.minimumSharedRevisions = 1
        coupling.grouping = .authorAndDay

        let pairs = coupling.measure(commits)

        let pair = try #require(pairs.first)
        #expect(pair.sharedRevisions == 1)
        #expect(pair.degree == 66)  // 1 ÷ average(2, 1)
        #expect(pair.commits.count == 2)
    }

    @Test func sumsCouplingPerEntity() {
        let sums = ChangeCoupling().sumOfCoupling(commits)

        #expect(sums.map(\.entity) == ["A.swift", "B.swift", "C.swift"])
        #expect(sums.map(\.sum) == [6, 5, 1])
    }
}
