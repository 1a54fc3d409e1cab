import SourceScan

// Tokens packed into integers, so the grammars compare words and operators without building Strings.

/// A token's bytes packed little-endian into a `UInt64`, for tokens of 1 to 8 bytes.
///
/// Longer tokens get a 63-bit hash with the top bit set, which no short token can have (`interface` and
/// `subscript` are compared this way; a collision between two long words is a 2⁻⁶³ chance).
@inline(__always)
func wordCode(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let length = Int(token.length)
    guard length <= 8 else {
        return longWordCode(UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<token.end]))
    }
    var code: UInt64 = 0
    var index = length - 1
    let base = Int(token.start)
    while index >= 0 {
        code = code << 8 | UInt64(bytes[base + index])
        index -= 1
    }
    return code
}

/// The code of a literal word: `wordCode` of a token spelling `text`.
func wordCode(_ text: StaticString) -> UInt64 {
    guard text.utf8CodeUnitCount <= 8 else {
        return longWordCode(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
    var code: UInt64 = 0
    var index = text.utf8CodeUnitCount - 1
    while index >= 0 {
        code = code << 8 | UInt64(text.utf8Start[index])
        index -= 1
    }
    return code
}

/// The code of a word given as a String (from `rules/languages.yaml`); nil when it is longer than 8 bytes.
func wordCode(string text: String) -> UInt64? {
    let utf8 = Array(text.utf8)
    guard !utf8.isEmpty, utf8.count <= 8 else { return nil }
    var code: UInt64 = 0
    for byte in utf8.reversed() { code = code << 8 | UInt64(byte) }
    return code
}

/// FNV-1a over the bytes, top bit set.
private func longWordCode(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash | 1 << 63
}

/// Single-byte punctuation and common words as codes, shared by the grammars.
enum Code {
    static let openBrace: UInt64 = 0x7B  // wordCode("{")
    static let closeBrace: UInt64 = 0x7D  // wordCode("}")
    static let openParen: UInt64 = 0x28  // wordCode("(")
    static let closeParen: UInt64 = 0x29  // wordCode(")")
    static let openBracket: UInt64 = 0x5B  // wordCode("[")
    static let closeBracket: UInt64 = 0x5D  // wordCode("]")
    static let less: UInt64 = 0x3C  // wordCode("<")
    static let greater: UInt64 = 0x3E  // wordCode(">")
    static let semicolon: UInt64 = 0x3B  // wordCode(";")
    static let colon: UInt64 = 0x3A  // wordCode(":")
    static let comma: UInt64 = 0x2C  // wordCode(",")
    static let dot: UInt64 = 0x2E  // wordCode(".")
    static let equal: UInt64 = 0x3D  // wordCode("=")
    static let question: UInt64 = 0x3F  // wordCode("?")
    static let exclamation: UInt64 = 0x21  // wordCode("!")
    static let star: UInt64 = 0x2A  // wordCode("*")
    static let ampersand: UInt64 = 0x26  // wordCode("&")
    static let andAnd: UInt64 = 0x2626  // wordCode("&&")
    static let arrow: UInt64 = 0x3E2D  // wordCode("->")
    static let fatArrow: UInt64 = 0x3E3D  // wordCode("=>")
    static let colonColon: UInt64 = 0x3A3A  // wordCode("::")
    static let tilde: UInt64 = 0x7E  // wordCode("~")
    static let minus: UInt64 = 0x2D  // wordCode("-")
    static let plus: UInt64 = 0x2B  // wordCode("+")
    static let slash: UInt64 = 0x2F  // wordCode("/")
    static let backtick: UInt64 = 0x60  // wordCode("`")
}
