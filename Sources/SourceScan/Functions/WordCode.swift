// Tokens packed into integers, so the grammars compare words and operators without building Strings.

/// A token's bytes packed little-endian into a `UInt64`, for tokens of 1 to 8 bytes.
///
/// Longer tokens get a code with the top bit set that no short token can have; grammars that care about a
/// longer word (`subscript`, `interface`) compare its bytes with `Token.equals`.
@inline(__always)
func wordCode(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let length = Int(token.length)
    guard length <= 8 else { return longWordCode | UInt64(bytes[Int(token.start)]) }
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
    precondition(text.utf8CodeUnitCount <= 8, "word codes hold at most 8 bytes")
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

private let longWordCode: UInt64 = 1 << 63

/// Single-byte punctuation and common words as codes, shared by the grammars.
enum Code {
    static let openBrace = wordCode("{")
    static let closeBrace = wordCode("}")
    static let openParen = wordCode("(")
    static let closeParen = wordCode(")")
    static let openBracket = wordCode("[")
    static let closeBracket = wordCode("]")
    static let less = wordCode("<")
    static let greater = wordCode(">")
    static let semicolon = wordCode(";")
    static let colon = wordCode(":")
    static let comma = wordCode(",")
    static let dot = wordCode(".")
    static let equal = wordCode("=")
    static let question = wordCode("?")
    static let exclamation = wordCode("!")
    static let star = wordCode("*")
    static let ampersand = wordCode("&")
    static let andAnd = wordCode("&&")
    static let arrow = wordCode("->")
    static let fatArrow = wordCode("=>")
    static let colonColon = wordCode("::")
    static let tilde = wordCode("~")
    static let minus = wordCode("-")
    static let plus = wordCode("+")
    static let backtick = wordCode("`")
}
