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
        var oid = raw
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_tostr(&buffer, 41, &oid)
        return String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Orders ids as their hex forms would sort.
    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.a.byteSwapped, lhs.b.byteSwapped, lhs.c.byteSwapped)
            < (rhs.a.byteSwapped, rhs.b.byteSwapped, rhs.c.byteSwapped)
    }
}
