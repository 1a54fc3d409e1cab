import AccrueKit
import Foundation
import RuleCatalog
import SourceScan
import Testing
import TestSupport

@Suite struct FileScannerTests {
    let scanner: FileScanner

    init() throws { scanner = FileScanner(catalog: try RuleCatalog.bundled()) }

    @Test func scansTrackedFilesAndCountsEachExclusionWithItsReason() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try scanner.scan(FileScanRequest(repositoryPath: path))

        #expect(result.files.map(\.path) == ["Package.swift", "Sources/Demo/Demo.swift", "Sources/Demo/main.c"])
        #expect(result.excluded == [ExcludedFile(path: "vendor/lib.js", reason: .vendored)])
        #expect(result.isWorkTree)
    }

    @Test func readsACommitsTreeWithoutACheckout() throws {
        let path = try FixtureRepository.materialize("basic")
        // Change the work tree: a --rev scan must not see it.
        try "garbage\n".write(toFile: path + "/Sources/Demo/Demo.swift", atomically: true, encoding: .utf8)

        let result = try scanner.scan(FileScanRequest(repositoryPath: path, revision: "HEAD~1"))

        #expect(result.files.map(\.path) == ["Package.swift", "Sources/Demo/Demo.swift"])
        #expect(result.files[1].lines == LineCounts(total: 9, code: 7, comment: 1, blank: 1))
        #expect(!result.isWorkTree)
    }

    @Test func includingAReasonScansThoseFilesToo() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try scanner.scan(FileScanRequest(repositoryPath: path, includes: [.vendored]))

        #expect(result.files.map(\.path).contains("vendor/lib.js"))
        #expect(result.excluded.isEmpty)
    }

    @Test func configuredGlobsLeaveFilesOut() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try scanner.scan(FileScanRequest(repositoryPath: path, excludedPaths: ["*.c"]))

        #expect(result.excluded.contains(ExcludedFile(path: "Sources/Demo/main.c", reason: .configured)))
    }

    @Test func survivesBadInputWithSensibleCounts() throws {
        let path = try FixtureRepository.materialize("bad-input")

        let result = try scanner.scan(FileScanRequest(repositoryPath: path, includes: [.minified]))
        let lines = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.lines) })

        #expect(lines["src/latin1.c"] == LineCounts(total: 3, code: 2, comment: 1, blank: 0))
        #expect(lines["src/crlf.c"] == LineCounts(total: 4, code: 2, comment: 1, blank: 1))
        #expect(lines["src/bom.c"] == LineCounts(total: 2, code: 1, comment: 1, blank: 0))
        #expect(lines["src/unterminated_string.c"] == LineCounts(total: 2, code: 2, comment: 0, blank: 0))
        #expect(lines["src/unterminated_comment.c"] == LineCounts(total: 4, code: 1, comment: 2, blank: 1))
        #expect(lines["src/empty.c"] == LineCounts())
        #expect(lines["src/no_newline.c"] == LineCounts(total: 1, code: 1, comment: 0, blank: 0))
        #expect(lines["src/nested.c"] == LineCounts(total: 1, code: 1, comment: 0, blank: 0))
        #expect(lines["src/one_line.c"] == LineCounts(total: 1, code: 1, comment: 0, blank: 0))
        #expect(lines["dir with spaces/has space.swift"]?.code == 1)
        #expect(lines["naïve/ünïcödé.swift"]?.code == 1)
        #expect(result.excluded == [ExcludedFile(path: "src/nul.c", reason: .binary)])
    }

    @Test func minifiedFilesAreExcludedByDefault() throws {
        let path = try FixtureRepository.materialize("bad-input")

        let result = try scanner.scan(FileScanRequest(repositoryPath: path))

        #expect(result.excluded.filter { $0.reason == .minified }.map(\.path) == ["src/nested.c", "src/one_line.c"])
    }

    @Test func theSameRevisionScansTheSameOnOneOrManyThreads() throws {
        let path = try FixtureRepository.materialize("basic")

        let one = try scanner.scan(FileScanRequest(repositoryPath: path, revision: "HEAD", workers: 1))
        let many = try scanner.scan(FileScanRequest(repositoryPath: path, revision: "HEAD", workers: 4))

        #expect(one.files == many.files)
        #expect(one.excluded == many.excluded)
    }
}
