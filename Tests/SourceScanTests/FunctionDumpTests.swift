import Foundation
import RuleCatalog
import FunctionScan
import ImportScan
import SourceScan
import Testing

/// Writes every function of every git-tracked file under ACCRUE_FUNCTIONS_DIR as JSON, for
/// `Benchmarks/lizard-compare.py` until `accrue files --format json` carries functions. Skipped when unset.
@Suite struct FunctionDumpTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ACCRUE_FUNCTIONS_DIR"] != nil))
    func dumpFunctions() throws {
        let environment = ProcessInfo.processInfo.environment
        let root = try #require(environment["ACCRUE_FUNCTIONS_DIR"])
        let output = environment["ACCRUE_FUNCTIONS_OUT"] ?? "/tmp/accrue-functions.json"
        let table = try RuleCatalog.bundled().languages
        let detectors = table.languages.map(FunctionDetector.init(language:))
        var files: [DumpedFile] = []
        for path in try trackedFiles(in: root) {
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            let bytes = [UInt8](data)
            let found = bytes.withUnsafeBufferPointer { table.language(forPath: path) ?? table.language(forShebang: $0) }
            // Components (`script_blocks`) are analysed block by block in AccrueKit: `accrue files` has them.
            guard let index = found, table.languages[index].functionStyle != nil, table.scriptBlocks[index] == nil
            else { continue }
            let functions = detectors[index].functions(lexing: bytes, with: table.lexers[index])
            files.append(DumpedFile(path: path, language: table.languages[index].name, functions: functions))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(DumpedDocument(files: files)).write(to: URL(fileURLWithPath: output))
    }

    private func trackedFiles(in root: String) throws -> [String] {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        git.arguments = ["-C", root, "ls-files", "-z"]
        let pipe = Pipe()
        git.standardOutput = pipe
        try git.run()
        let listing = pipe.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        return listing.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.sorted()
    }
}

private struct DumpedDocument: Encodable {
    var schema = "accrue.files/1"
    var files: [DumpedFile]
}

private struct DumpedFile: Encodable {
    var path: String
    var language: String
    var functions: [FunctionFacts]
}
