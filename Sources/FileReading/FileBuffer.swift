import Glibc

/// Reads work-tree files by their raw path bytes (so non-UTF-8 names and spaces work) into storage that is
/// reused from file to file: one buffer per worker thread, no allocation or zero-filling per file.
///
/// Paths are opened relative to the root folder's descriptor, opened once. A file is read with one `read`
/// of its size plus one byte: a short read is its end (regular files return all they have); a full one
/// means the file grew since `fstat`, and reading goes on.
public final class FileBuffer {
    private let root: String
    private var rootDescriptor: Int32 = -1
    private var storage: UnsafeMutableRawPointer
    private var capacity: Int
    /// The NUL-terminated path of the file being opened, reused.
    private var path: [CChar] = []

    /// A buffer for the files under the folder `root`.
    public init(root: String) {
        self.root = root
        capacity = 1 << 16
        storage = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit {
        storage.deallocate()
        if rootDescriptor >= 0 { close(rootDescriptor) }
    }

    /// The bytes of the regular file at `rawPath` (relative to the root), valid until the next call; nil
    /// when it cannot be opened or read (deleted from the work tree, a folder).
    public func read(_ rawPath: [UInt8]) -> UnsafeBufferPointer<UInt8>? {
        if rootDescriptor < 0 { rootDescriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard rootDescriptor >= 0 else { return nil }
        path.removeAll(keepingCapacity: true)
        for byte in rawPath { path.append(CChar(bitPattern: byte)) }
        path.append(0)
        let descriptor = openat(rootDescriptor, path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        reserve(max(Int(info.st_size), 0) + 1, keeping: 0)
        var filled = 0
        while true {
            let count = Glibc.read(descriptor, storage + filled, capacity - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            filled += count
            if filled < capacity { break }
            reserve(capacity * 2, keeping: filled)
        }
        return UnsafeBufferPointer(start: storage.assumingMemoryBound(to: UInt8.self), count: filled)
    }

    /// The bytes of the regular file `root/rawPath` as a new array, or nil.
    public static func read(root: String, rawPath: [UInt8]) -> [UInt8]? {
        let buffer = FileBuffer(root: root)
        // The bytes live in the buffer's storage: copy them out before the buffer can be freed.
        return withExtendedLifetime(buffer) { buffer.read(rawPath).map(Array.init) }
    }

    private func reserve(_ minimum: Int, keeping filled: Int) {
        guard minimum > capacity else { return }
        let larger = UnsafeMutableRawPointer.allocate(byteCount: minimum, alignment: 16)
        larger.copyMemory(from: storage, byteCount: filled)
        storage.deallocate()
        storage = larger
        capacity = minimum
    }
}
