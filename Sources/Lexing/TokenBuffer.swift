/// One file's tokens and their word codes, in storage that a worker thread reuses from file to file.
///
/// The lexer writes each token's code (`wordCode`) while the token's bytes are in hand, so the grammars
/// compare integers without reading the bytes again. Reuse means no allocation per file once the buffer
/// has grown to the largest file's size. Not thread-safe: one buffer per thread.
public final class TokenBuffer: @unchecked Sendable {
    public private(set) var count = 0
    private(set) var capacity: Int
    private(set) var tokenBase: UnsafeMutablePointer<Token>
    private(set) var codeBase: UnsafeMutablePointer<UInt64>

    public init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        tokenBase = .allocate(capacity: self.capacity)
        codeBase = .allocate(capacity: self.capacity)
    }

    /// A buffer holding `tokens` (lexed from `bytes`), with their codes computed here. Tokens that do not
    /// lie within `bytes` (a caller's mistake, never the lexer's output) are left out, so nothing reads past it.
    public convenience init(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        self.init(capacity: tokens.count)
        var filled = 0
        for token in tokens where token.start >= 0 && token.length >= 0 && token.end <= bytes.count {
            tokenBase[filled] = token
            codeBase[filled] = wordCode(bytes, start: Int(token.start), end: token.end, kind: token.kind)
            filled += 1
        }
        count = filled
    }

    deinit {
        tokenBase.deallocate()
        codeBase.deallocate()
    }

    public var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: tokenBase, count: count) }
    /// `codes[i]` is `wordCode` of `tokens[i]`.
    public var codes: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: codeBase, count: count) }

    /// Grows the storage to at least `minimum` slots, keeping the first `filled`.
    func grow(to minimum: Int, keeping filled: Int) {
        guard minimum > capacity else { return }
        let newCapacity = max(minimum, capacity * 2)
        let tokens = UnsafeMutablePointer<Token>.allocate(capacity: newCapacity)
        let codes = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
        tokens.initialize(from: tokenBase, count: filled)
        codes.initialize(from: codeBase, count: filled)
        tokenBase.deallocate()
        codeBase.deallocate()
        tokenBase = tokens
        codeBase = codes
        capacity = newCapacity
    }

    func setCount(_ filled: Int) { count = filled }
}

/// A token's bytes packed little-endian into a `UInt64`, for tokens of 1 to 8 bytes (`if` is 0x6669).
///
/// Longer words and directives get a 63-bit FNV-1a hash with the top bit set, which no short token can
/// have (`interface` and `subscript` are compared this way; a collision between two long words is a 2⁻⁶³
/// chance). Longer strings get their length with the top two bits set: no grammar compares strings by
/// code, so hashing their bytes would be wasted work.
@inline(__always)
package func wordCode(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, kind: Token.Kind) -> UInt64 {
    let length = end - start
    if length <= 8 {
        if start + 8 <= bytes.count {
            let raw = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))
            return length == 8 ? raw : raw & ((1 &<< (UInt64(length) &* 8)) &- 1)
        }
        var code: UInt64 = 0
        var index = end - 1
        while index >= start {
            code = code << 8 | UInt64(bytes[index])
            index -= 1
        }
        return code
    }
    if kind == .string { return 0xC000_0000_0000_0000 | UInt64(length) }
    return longWordCode(UnsafeBufferPointer(rebasing: bytes[start..<end]))
}

/// FNV-1a over the bytes, top bit set.
package func longWordCode(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash | 1 << 63
}
