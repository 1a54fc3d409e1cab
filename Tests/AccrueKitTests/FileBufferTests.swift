import FileReading
import Foundation
import Testing

/// The work-tree reader reuses one buffer per thread: each read must return exactly the file's bytes,
/// whatever was read before it.
@Suite struct FileBufferTests {
    private func folder(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("filebuffer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: root.appendingPathComponent(name)) }
        return root.path
    }

    @Test func readsEachFileExactlyWhateverCameBefore() throws {
        let large = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let root = try folder(["large.bin": large, "small.txt": Array("small\n".utf8), "empty": [], "é ü.txt": [1, 2, 3]])
        let buffer = FileBuffer(root: root)

        #expect(buffer.read(Array("small.txt".utf8)).map(Array.init) == Array("small\n".utf8))
        #expect(buffer.read(Array("large.bin".utf8)).map(Array.init) == large)
        #expect(buffer.read(Array("small.txt".utf8)).map(Array.init) == Array("small\n".utf8))
        #expect(buffer.read(Array("empty".utf8)).map(Array.init) == [])
        #expect(buffer.read(Array("é ü.txt".utf8)).map(Array.init) == [1, 2, 3])
        #expect(FileBuffer.read(root: root, rawPath: Array("large.bin".utf8)) == large)
    }

    @Test func missingFilesAndFoldersAreNil() throws {
        let root = try folder(["a.txt": [65]])
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        let buffer = FileBuffer(root: root)

        #expect(buffer.read(Array("missing.txt".utf8)) == nil)
        #expect(buffer.read(Array("sub".utf8)) == nil)
        #expect(FileBuffer.read(root: root + "/nowhere", rawPath: Array("a.txt".utf8)) == nil)
    }
}
