// Which byte pairs the lexer keeps together as one operator token.

/// The length of the operator at `i`: two bytes for the pairs that matter to complexity and structure.
@inline(__always)
func punctLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    guard i + 1 < bytes.count else { return 1 }
    let first = bytes[i]
    let second = bytes[i + 1]
    switch (first, second) {
    case (38, 38), (124, 124), (63, 63), (63, 46), (45, 62), (61, 62), (58, 58), (61, 61), (33, 61),
        (60, 61), (62, 61):
        // && || ?? ?. -> => :: == != <= >=
        return 2
    default:
        return 1
    }
}

/// Whether `byte` is the first byte of one of `punctLength`'s pairs (the lexer's shortcut for the others).
func startsOperatorPair(_ byte: UInt8) -> Bool {
    switch byte {
    case 38, 124, 63, 45, 61, 58, 33, 60, 62: true  // & | ? - = : ! < >
    default: false
    }
}
