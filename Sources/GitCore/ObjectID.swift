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
        // Written straight into the string's storage: one allocation (history analyses describe
        // every commit of every file, hundreds of thousands per scan).
        String(unsafeUninitializedCapacity: 40) { buffer in
            let digits: StaticString = "0123456789abcdef"
            let hex = digits.utf8Start
            func put(_ word: UInt64, bytes: Int, at offset: Int) {
                for index in 0..<bytes {  // memory order: the words were loaded little-endian
                    let byte = Int(truncatingIfNeeded: word >> (8 * UInt64(index))) & 0xFF
                    buffer[offset + 2 * index] = hex[byte >> 4]
                    buffer[offset + 2 * index + 1] = hex[byte & 0xF]
                }
            }
            put(a.littleEndian, bytes: 8, at: 0)
            put(b.littleEndian, bytes: 8, at: 16)
            put(UInt64(c.littleEndian), bytes: 4, at: 32)
            return 40
        }
    }

    /// Orders ids as their hex forms would sort.
    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.a.byteSwapped, lhs.b.byteSwapped, lhs.c.byteSwapped)
            < (rhs.a.byteSwapped, rhs.b.byteSwapped, rhs.c.byteSwapped)
    }
}
