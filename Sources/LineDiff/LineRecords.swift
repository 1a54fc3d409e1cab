import Foundation

/// A blob cut into lines the way xdiff cuts it, each line reduced to a 64-bit hash.
///
/// A line includes its `\n`, so `a` at the end of a file without a newline differs from `a\n`,
/// as in git. Binary blobs (a NUL byte in the first 8000 bytes, git's `buffer_is_binary`) keep no
/// hashes.
package struct LineRecords: Sendable {
    /// One hash per line, in order; empty for binary blobs.
    package var hashes: [UInt64]
    /// Whether git would call the blob binary.
    package var isBinary: Bool
    /// The blob's size in bytes.
    package var byteCount: Int

    /// The number of lines (xdiff records).
    package var lineCount: Int { hashes.count }

    /// Splits and hashes `bytes`.
    package init(bytes: UnsafeRawBufferPointer) {
        byteCount = bytes.count
        isBinary = LineRecords.looksBinary(bytes)
        hashes = []
        guard !isBinary, let base = bytes.baseAddress, bytes.count > 0 else { return }
        let start = base.assumingMemoryBound(to: UInt8.self)
        var result: [UInt64] = []
        result.reserveCapacity(bytes.count / 24 + 16)
        var offset = 0
        let end = bytes.count
        while offset < end {
            let remaining = end - offset
            let lineEnd: Int
            if let found = memchr(start + offset, 0x0A, remaining) {
                lineEnd = start.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            } else {
                lineEnd = end
            }
            result.append(LineRecords.hash(start + offset, count: lineEnd - offset, readable: end - offset))
            offset = lineEnd
        }
        hashes = result
    }

    /// Counts lines without hashing them (for added or deleted files, which need no diff).
    package static func countLines(_ bytes: UnsafeRawBufferPointer) -> (lines: Int, isBinary: Bool) {
        if looksBinary(bytes) { return (0, true) }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return (0, false) }
        let start = base.assumingMemoryBound(to: UInt8.self)
        var lines = 0
        var offset = 0
        while offset < bytes.count {
            guard let found = memchr(start + offset, 0x0A, bytes.count - offset) else {
                return (lines + 1, false)
            }
            lines += 1
            offset = start.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return (lines, false)
    }

    /// git's test: a NUL byte among the first 8000 bytes.
    package static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0, min(bytes.count, 8000)) != nil
    }

    /// A fast 64-bit hash of one line, including its length.
    ///
    /// `readable` is how many bytes from `pointer` may be read (at least `count`): when 8 are
    /// readable the last partial word is loaded whole and masked instead of byte by byte.
    @inline(__always)
    static func hash(_ pointer: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        let raw = UnsafeRawPointer(pointer)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(count) &* 0xFF51_AFD7_ED55_8CCD)
        var index = 0
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            h = (h ^ word) &* 0x87C3_7B91_1142_53D5
            h ^= h >> 31
            index += 8
        }
        let rest = count - index
        if rest > 0 {
            var tail: UInt64 = 0
            if readable - index >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & (~UInt64(0) >> UInt64(64 - 8 * rest))
            } else {
                for offset in 0..<rest { tail |= UInt64(pointer[index + offset]) << UInt64(8 * offset) }
            }
            h = (h ^ tail) &* 0x4CF5_AD43_2745_937F
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }
}
