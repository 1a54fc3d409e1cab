import SourceScan

// Tokens packed into integers (SourceScan's `wordCode`), so the grammars compare words and operators
// without building Strings.

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
