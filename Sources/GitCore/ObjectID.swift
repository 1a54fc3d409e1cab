package import CLibGit2

/// A git object id (SHA-1), stored inline so it hashes and compares cheaply.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    // 20 bytes as two 64-bit words and one 32-bit word.
    let a: UInt64
    let b: UInt64
    let c: UInt32

    package init(_ oid: git_oid) {
        var copy = oid
        (a, b, c) = withUnsafeBytes(of: &copy.id) { raw in
            (
                raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            )
        }
    }

    package init(_ pointer: UnsafePointer<git_oid>) { self.init(pointer.pointee) }

    package var raw: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: a, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: c, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// The 40-character lowercase hex form.
    public var description: String {
        // Written straight into the string's storage: ids are formatted hundreds of thousands of times.
        String(unsafeUninitializedCapacity: 40) { buffer in
            var index = 0
            func put(_ word: UInt64, bytes: Int) {  // `word`'s bytes in memory order
                for shift in stride(from: 0, to: bytes * 8, by: 8) {
                    let byte = UInt8(truncatingIfNeeded: word >> UInt64(shift))
                    let (high, low) = (byte >> 4, byte & 0x0F)
                    buffer[index] = high < 10 ? 0x30 + high : 0x57 + high
                    buffer[index + 1] = low < 10 ? 0x30 + low : 0x57 + low
                    index += 2
                }
            }
            put(a.littleEndian, bytes: 8)
            put(b.littleEndian, bytes: 8)
            put(UInt64(c.littleEndian), bytes: 4)
            return 40
        }
    }

    /// Orders ids as their hex forms would sort.
    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.a.byteSwapped, lhs.b.byteSwapped, lhs.c.byteSwapped)
            < (rhs.a.byteSwapped, rhs.b.byteSwapped, rhs.c.byteSwapped)
    }
}
