import SourceScan

/// A small set of words or operators of up to 8 bytes: branch tokens, control keywords.
///
/// Membership is one table load on the first byte and a scan of a handful of integers, so asking it about
/// every token costs nothing measurable.
public struct WordSet: Sendable {
    @usableFromInline var firstBytes = [Bool](repeating: false, count: 256)
    @usableFromInline var codes: [UInt64] = []

    public init(_ words: [String]) {
        for word in words {
            guard let code = wordCode(string: word) else { continue }
            codes.append(code)
            firstBytes[Int(code & 0xFF)] = true
        }
    }

    @inline(__always)
    @inlinable public func contains(_ code: UInt64) -> Bool {
        guard firstBytes[Int(code & 0xFF)] else { return false }
        for candidate in codes where candidate == code { return true }
        return false
    }
}
