/// How many abstract and concrete types a file declares, for Robert Martin's abstractness A = Na / Nc.
///
/// Abstract: Swift protocols; Java, Kotlin, C#, TypeScript and PHP interfaces; `abstract class`; Rust and
/// Scala traits; Go `interface` types; Python classes deriving from `ABC`/`Protocol` or with an `ABCMeta`
/// metaclass. Concrete: classes, structs, enums, records, actors and objects. C, C++, Objective-C, Ruby
/// and shell are not measured (`isMeasured` is false): the language has no marker that says "abstract".
public struct TypeCounts: Hashable, Sendable, Codable {
    public var abstract: Int
    public var concrete: Int

    public init(abstract: Int = 0, concrete: Int = 0) {
        self.abstract = abstract
        self.concrete = concrete
    }

    public static func + (lhs: TypeCounts, rhs: TypeCounts) -> TypeCounts {
        TypeCounts(abstract: lhs.abstract + rhs.abstract, concrete: lhs.concrete + rhs.concrete)
    }
}

/// Counts type declarations from a file's tokens, by the language's `function_style` grammar.
public struct TypeCounter: Sendable {
    private enum Grammar { case swift, jvm, go, rust, python }
    private let grammar: Grammar?

    public init(language: Language) {
        switch language.functionStyle {
        case "swift": grammar = .swift
        case "java", "kotlin", "scala", "csharp", "php", "javascript": grammar = .jvm
        case "go": grammar = .go
        case "rust": grammar = .rust
        case "python": grammar = .python
        default: grammar = nil
        }
    }

    /// Whether abstractness means something for this language.
    public var isMeasured: Bool { grammar != nil }

    public func count(_ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> TypeCounts {
        guard let grammar else { return TypeCounts() }
        var counts = TypeCounts()
        func word(_ index: Int, _ text: StaticString) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].equals(text, in: bytes)
        }
        func isName(_ index: Int) -> Bool { index < tokens.count && tokens[index].kind == .word }
        func afterDot(_ index: Int) -> Bool {
            index > 0 && tokens[index - 1].kind == .punct && tokens[index - 1].equals(".", in: bytes)
        }
        for index in tokens.indices where tokens[index].kind == .word && !afterDot(index) {
            switch grammar {
            case .swift:
                if word(index, "protocol") && isName(index + 1) {
                    counts.abstract += 1
                } else if (word(index, "struct") || word(index, "enum") || word(index, "actor")
                    || (word(index, "class") && !word(index + 1, "func") && !word(index + 1, "var")
                        && !word(index + 1, "let") && !word(index + 1, "subscript")))
                    && isName(index + 1)
                {
                    counts.concrete += 1
                }
            case .jvm:
                if (word(index, "interface") || word(index, "trait")) && isName(index + 1) {
                    counts.abstract += 1
                } else if word(index, "class") && isName(index + 1) {
                    if word(index - 1, "abstract") || word(index - 2, "abstract") { counts.abstract += 1 } else { counts.concrete += 1 }
                } else if (word(index, "enum") || word(index, "record") || word(index, "struct") || word(index, "object"))
                    && isName(index + 1)
                {
                    counts.concrete += 1
                }
            case .go:
                if word(index, "type") && isName(index + 1) {
                    if word(index + 2, "interface") { counts.abstract += 1 } else if word(index + 2, "struct") { counts.concrete += 1 }
                }
            case .rust:
                if word(index, "trait") && isName(index + 1) {
                    counts.abstract += 1
                } else if (word(index, "struct") || word(index, "enum")) && isName(index + 1) {
                    counts.concrete += 1
                }
            case .python:
                guard word(index, "class") && isName(index + 1) else { continue }
                var cursor = index + 2
                var isAbstract = false
                while cursor < tokens.count && cursor < index + 40 && !(tokens[cursor].kind == .punct && tokens[cursor].equals(":", in: bytes)) {
                    if word(cursor, "ABC") || word(cursor, "Protocol") || word(cursor, "ABCMeta") { isAbstract = true }
                    cursor += 1
                }
                if isAbstract { counts.abstract += 1 } else { counts.concrete += 1 }
            }
        }
        return counts
    }

    public func count(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> TypeCounts {
        tokens.withUnsafeBufferPointer { count($0, bytes: bytes) }
    }
}
