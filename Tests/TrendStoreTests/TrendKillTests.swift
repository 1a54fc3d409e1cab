import Foundation
import Testing
import TestSupport
import TrendStore

#if canImport(Glibc)
    import Glibc
#endif

/// SIGKILL at random moments: the store stays intact and a re-run gives the uninterrupted result.
@Suite struct TrendKillTests {
    /// SplitMix64, so the kill moments are the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func killingTrendAtRandomMomentsLosesNothingAndNeverDamagesTheStore() throws {
        let repository = try FixtureRepository.materialize("plan-split")
        let folder = try FixtureRepository.temporaryFolder(prefix: "trend-kill")
        let arguments = ["trend", repository, "--every", "1c", "--format", "json", "--store"]
        let reference = try AccrueBinary.run(arguments + [folder.appendingPathComponent("reference.sqlite").path])
        #expect(reference.status == 0)
        #expect(reference.stdout.contains("\"accrue.trend/1\""))
        var generator = SeededGenerator(state: 7)
        // Each attempt kills a run on a new store at a random moment; only kills that landed while
        // accrue was still running count. Then: the store is intact, and a re-run finishes the job.
        var kills = 0
        for attempt in 0..<80 where kills < 20 {
            let store = folder.appendingPathComponent("killed-\(attempt).sqlite").path
            let process = Process()
            process.executableURL = AccrueBinary.url
            process.arguments = arguments + [store]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 1_000...200_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal else { continue }
            kills += 1
            if FileManager.default.fileExists(atPath: store) {
                #expect(try TrendStore(path: store).integrityCheck() == "ok")
            }
            let resumed = try AccrueBinary.run(arguments + [store])
            #expect(resumed.status == 0)
            #expect(resumed.stdout == reference.stdout)
            #expect(try TrendStore(path: store).integrityCheck() == "ok")
        }
        #expect(kills >= 20)
    }

    @Test func twoRunsOnOneStoreAtOnceBothFinishWithTheSameResult() throws {
        let repository = try FixtureRepository.materialize("trend-weekly")
        let store = try FixtureRepository.temporaryFolder(prefix: "trend-shared").appendingPathComponent("s.sqlite").path
        let arguments = ["trend", repository, "--every", "1c", "--format", "csv", "--store", store]
        let outputs = try FileManager.default.temporaryDirectory.appendingPathComponent("trend-shared-\(UUID())")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        let processes = try (0..<2).map { index -> Process in
            let process = Process()
            process.executableURL = AccrueBinary.url
            process.arguments = arguments
            let file = outputs.appendingPathComponent("\(index).csv")
            _ = FileManager.default.createFile(atPath: file.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: file)
            let errors = outputs.appendingPathComponent("\(index).err")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        // Whichever run creates the store, the other meets it being created: both must finish (a new store's
        // switch to WAL once failed the second with "database is locked"; TrendStoreTests has that case alone).
        let errors = try (0..<2).map { try String(contentsOf: outputs.appendingPathComponent("\($0).err"), encoding: .utf8) }
        #expect(processes.map(\.terminationStatus) == [0, 0], "\(errors.filter { $0.contains("error") })")
        let first = try String(contentsOf: outputs.appendingPathComponent("0.csv"), encoding: .utf8)
        let second = try String(contentsOf: outputs.appendingPathComponent("1.csv"), encoding: .utf8)
        #expect(first == second)
        #expect(first.split(separator: "\n").count > 12)
        #expect(try TrendStore(path: store).integrityCheck() == "ok")
    }
}
