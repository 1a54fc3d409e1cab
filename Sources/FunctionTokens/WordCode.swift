import SourceScan

// Tokens packed into integers (SourceScan's `wordCode`), so the grammars compare words and operators
// without building Strings.

/// The code of a literal word: `wordCode` of a token spelling `text`.
public func wordCode(_ text: StaticString) -> UInt64 {
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
public func wordCode(string text: String) -> UInt64? {
    let utf8 = Array(text.utf8)
    guard !utf8.isEmpty, utf8.count <= 8 else { return nil }
    var code: UInt64 = 0
    for byte in utf8.reversed() { code = code << 8 | UInt64(byte) }
    return code
}

/// Single-byte punctuation and common words as codes, shared by the grammars.
public enum Code {
    @inlinable public static var openBrace: UInt64 { 0x7B }  // wordCode("{")
    @inlinable public static var closeBrace: UInt64 { 0x7D }  // wordCode("}")
    @inlinable public static var openParen: UInt64 { 0x28 }  // wordCode("(")
    @inlinable public static var closeParen: UInt64 { 0x29 }  // wordCode(")")
    @inlinable public static var openBracket: UInt64 { 0x5B }  // wordCode("[")
    @inlinable public static var closeBracket: UInt64 { 0x5D }  // wordCode("]")
    @inlinable public static var less: UInt64 { 0x3C }  // wordCode("<")
    @inlinable public static var greater: UInt64 { 0x3E }  // wordCode(">")
    @inlinable public static var semicolon: UInt64 { 0x3B }  // wordCode(";")
    @inlinable public static var colon: UInt64 { 0x3A }  // wordCode(":")
    @inlinable public static var comma: UInt64 { 0x2C }  // wordCode(",")
    @inlinable public static var dot: UInt64 { 0x2E }  // wordCode(".")
    @inlinable public static var equal: UInt64 { 0x3D }  // wordCode("=")
    @inlinable public static var question: UInt64 { 0x3F }  // wordCode("?")
    @inlinable public static var exclamation: UInt64 { 0x21 }  // wordCode("!")
    @inlinable public static var star: UInt64 { 0x2A }  // wordCode("*")
    @inlinable public static var ampersand: UInt64 { 0x26 }  // wordCode("&")
    @inlinable public static var andAnd: UInt64 { 0x2626 }  // wordCode("&&")
    @inlinable public static var arrow: UInt64 { 0x3E2D }  // wordCode("->")
    @inlinable public static var fatArrow: UInt64 { 0x3E3D }  // wordCode("=>")
    @inlinable public static var colonColon: UInt64 { 0x3A3A }  // wordCode("::")
    @inlinable public static var questionDot: UInt64 { 0x2E3F }  // wordCode("?.")
    @inlinable public static var at: UInt64 { 0x40 }  // wordCode("@")
    @inlinable public static var tilde: UInt64 { 0x7E }  // wordCode("~")
    @inlinable public static var minus: UInt64 { 0x2D }  // wordCode("-")
    @inlinable public static var plus: UInt64 { 0x2B }  // wordCode("+")
    @inlinable public static var slash: UInt64 { 0x2F }  // wordCode("/")
    @inlinable public static var backtick: UInt64 { 0x60 }  // wordCode("`")

    /// +1 for an opening bracket (`(`, `[`, `{`), −1 for a closing one, else 0.
    @inlinable public static func depthChange(_ code: UInt64) -> Int {
        switch code {
        case openParen, openBracket, openBrace: 1
        case closeParen, closeBracket, closeBrace: -1
        default: 0
        }
    }
}
