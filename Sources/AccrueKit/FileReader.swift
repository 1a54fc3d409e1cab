import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a work-tree file by its raw path bytes (so non-UTF-8 names and spaces work).
enum FileReader {
    /// The file's bytes, or nil when it cannot be opened (deleted from the work tree, a folder).
    static func read(root: String, rawPath: [UInt8]) -> [UInt8]? {
        var full = Array(root.utf8)
        full.append(UInt8(ascii: "/"))
        full.append(contentsOf: rawPath)
        full.append(0)
        let descriptor = full.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // One spare byte, so a file that did not grow is read to its end without resizing.
        var capacity = max(Int(info.st_size), 0) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while true {
            if filled == capacity {
                capacity = max(capacity * 2, 4096)
                bytes.reserveCapacity(capacity)
                bytes += [UInt8](repeating: 0, count: capacity - bytes.count)
            }
            let count = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + filled, capacity - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
