// Byte-level helpers for the lexer's hot loops.

/// Whether code ending in `byte` must go on (an open bracket, a comma, an operator, a line continuation),
/// so a string opening the next line is an argument or operand, not a docstring.
@inline(__always)
func continuesExpression(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "="),
        UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "\\"):
        true
    default: false
    }
}

@inline(__always)
package func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 9 || byte == 13 || byte == 12 || byte == 11
}

/// The first offset at or after `start` that is no space or tab.
@inline(__always)
func afterBlanks(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i < bytes.count && (bytes[i] == 32 || bytes[i] == 9) { i += 1 }
    return i
}

@inline(__always)
package func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 48...57, 65...90, 97...122, 95, 36: true
    default: byte >= 0x80
    }
}

@inline(__always)
package func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 97 && (byte | 0x20) <= 122
}

/// Whether `bytes` at `offset` equal `pattern` (lowercase ASCII) ignoring ASCII case.
@inline(__always)
package func matchesIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ pattern: [UInt8]) -> Bool {
    guard offset + pattern.count <= bytes.count else { return false }
    for index in 0..<pattern.count {
        let byte = bytes[offset + index]
        if byte != pattern[index] && !(isLetter(byte) && byte | 0x20 == pattern[index]) { return false }
    }
    return true
}

@inline(__always)
package func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ pattern: [UInt8]) -> Bool {
    guard offset + pattern.count <= bytes.count else { return false }
    for index in 0..<pattern.count where bytes[offset + index] != pattern[index] { return false }
    return true
}

@inline(__always)
func hashesFollow(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ count: Int) -> Bool {
    guard count > 0 else { return true }
    guard offset + count <= bytes.count else { return false }
    for index in 0..<count where bytes[offset + index] != UInt8(ascii: "#") { return false }
    return true
}

/// The offset of the first byte at or after `start` that equals `a`, `b` or `c`, or `bytes.count`.
///
/// Eight bytes at a time (a byte equal to the target XORs to zero, and a zero byte's borrow sets its top
/// bit), so comment and string bodies are crossed at a fraction of a byte-by-byte loop's cost.
@inline(__always)
package func firstOf(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
    let count = bytes.count
    var i = start
    if let base = bytes.baseAddress {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let (spreadA, spreadB, spreadC) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let (xa, xb, xc) = (word ^ spreadA, word ^ spreadB, word ^ spreadC)
            let zeros = ((xa &- ones) & ~xa) | ((xb &- ones) & ~xb) | ((xc &- ones) & ~xc)
            if zeros & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
    }
    while i < count {
        let byte = bytes[i]
        if byte == a || byte == b || byte == c { return i }
        i += 1
    }
    return count
}

/// The offset of the line end at or after `start`, or the end of the bytes.
@inline(__always)
func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    firstOf(bytes, from: start, 10, 10, 10)
}

/// The first offset at or after `start` whose byte is not `byte`.
@inline(__always)
func firstOther(than byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i < bytes.count && bytes[i] == byte { i += 1 }
    return i
}

/// `firstOf`, or `start` itself when not `skipping` (the bytes up to the next stop still matter).
@inline(__always)
func firstOf(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8, skipping: Bool
) -> Int {
    skipping ? firstOf(bytes, from: start, a, b, c) : start
}

extension RandomAccessCollection where Element: Comparable, Index == Int {
    /// The first index whose element is not below `key` (`endIndex` when all are): a binary search over sorted
    /// elements (the tracked paths, token lines).
    package func firstIndex(notBelow key: Element) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
