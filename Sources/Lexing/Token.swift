/// One lexical token of code (comments are dropped; a whole string literal is one token).
///
/// Offsets index the file's bytes, so a token costs 16 bytes and no allocation.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// An identifier or keyword: letters, digits, `_`, `$` and any non-ASCII byte.
        case word
        case number
        /// A string or character literal, delimiters included.
        case string
        /// Punctuation or an operator (`{`, `&&`, `->`).
        case punct
        /// A compiler directive word with its `#` (`#if`, `#include`).
        case directive
    }

    public var kind: Kind
    /// The 1-based line the token starts on.
    public var line: Int32
    /// The byte offset of the token's first byte.
    public var start: Int32
    public var length: Int32

    public init(kind: Kind, line: Int32, start: Int32, length: Int32) {
        self.kind = kind
        self.line = line
        self.start = start
        self.length = length
    }

    /// The offset just past the token's last byte.
    public var end: Int { Int(start) + Int(length) }
}

extension Token {
    /// Whether the token's bytes equal `text`'s ASCII bytes.
    @inline(__always)
    public func equals(_ text: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(length) == text.utf8CodeUnitCount else { return false }
        let (pointer, base) = (text.utf8Start, Int(start))
        for index in 0..<Int(length) where bytes[base + index] != pointer[index] { return false }
        return true
    }

    /// Whether the token's bytes equal `other`.
    @inline(__always)
    public func equals(_ other: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(length) == other.count else { return false }
        let base = Int(start)
        for index in 0..<other.count where bytes[base + index] != other[index] { return false }
        return true
    }

    /// The token's text (for output; not for hot loops).
    public func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(start)..<end]), as: UTF8.self)
    }
}
