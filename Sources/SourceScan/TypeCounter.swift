/// How many abstract and concrete types a file declares, for Robert Martin's abstractness A = Na / Nc.
///
/// Abstract: Swift protocols; Java, Kotlin, C#, TypeScript and PHP interfaces; `abstract class`; Rust and
/// Scala traits; Go `interface` types; Python classes deriving from `ABC`/`Protocol` or with an `ABCMeta`
/// metaclass. Concrete: classes, structs, enums, records, actors and objects. C, C++, Objective-C, Ruby
/// and shell are not measured (`isMeasured` is false): the language has no marker that says "abstract".
///
/// A TypeScript interface is abstract only when it declares a method, call or construct signature
/// (`load(id: string): T`, `(x: T): U`, `new (): T`); one of properties alone is the shape of a value, as a Go
/// struct is, and is concrete. Most of a TypeScript package's interfaces are such shapes (vite's: 166 of 203), and
/// counting them abstract read function-style packages as abstract as a package of protocols.
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
    /// Whether interfaces are TypeScript's, abstract only with a method signature.
    private let shapeInterfaces: Bool
    /// Whether `object` declares a type (Kotlin's and Scala's singletons), not PHP's parameter type `object $o`.
    private let objectDeclarations: Bool

    public init(language: Language) {
        shapeInterfaces = language.functionStyle == "javascript"
        objectDeclarations = language.functionStyle == "kotlin" || language.functionStyle == "scala"
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
        // `x.class` names a member; a dot on an earlier line does not (Python's `def f(self): ...` before `class`).
        func afterDot(_ index: Int) -> Bool {
            index > 0 && tokens[index - 1].kind == .punct && tokens[index - 1].equals(".", in: bytes)
                && tokens[index - 1].line == tokens[index].line
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
                    counts = counts + interfaceCounts(at: index, tokens, bytes: bytes)
                } else if word(index, "class") && isName(index + 1) {
                    if word(index - 1, "abstract") || word(index - 2, "abstract") { counts.abstract += 1 } else { counts.concrete += 1 }
                } else if declaresConcreteJVMType(tokens[index], bytes: bytes) && isName(index + 1) {
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
                if pythonBases(after: index + 2, tokens, bytes: bytes) { counts.abstract += 1 } else { counts.concrete += 1 }
            }
        }
        return counts
    }

    /// Whether the header of a Python class from `start` (after its name) to its `:` makes it abstract: a base
    /// `Protocol` (not asyncio's or Twisted's), `ABC` or a `metaclass=ABCMeta`. A `:` inside brackets is a type
    /// parameter's bound (`class Box[T: int](Protocol):`), not the header's end.
    private func pythonBases(after start: Int, _ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var depth = 0
        for cursor in start..<min(tokens.count, start + 60) {
            let token = tokens[cursor]
            if token.kind == .word {
                if isAbstractPythonBase(at: cursor, tokens, bytes: bytes) { return true }
                continue
            }
            guard token.kind == .punct else { continue }
            let delta = Self.bracketDelta(token, bytes: bytes)
            if delta == 0 && depth <= 0 && token.equals(":", in: bytes) { return false }
            depth += delta
        }
        return false
    }

    /// Whether the word `token` declares a concrete type other than a class: `enum`, `record`, `struct`, and
    /// `object` where it declares one.
    private func declaresConcreteJVMType(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.equals("enum", in: bytes) || token.equals("record", in: bytes) || token.equals("struct", in: bytes)
            || (objectDeclarations && token.equals("object", in: bytes))
    }

    /// One interface or trait: abstract, unless it is a TypeScript interface of properties alone.
    private func interfaceCounts(at index: Int, _ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>)
        -> TypeCounts
    {
        guard shapeInterfaces, !Self.declaresSignature(interfaceAt: index, tokens, bytes: bytes) else {
            return TypeCounts(abstract: 1)
        }
        return TypeCounts(concrete: 1)
    }

    /// Whether the TypeScript interface declared at `index` has a member that is a method, call or construct
    /// signature: a `(` opening in the body's own brackets right after a member's name (`load(`, `load?(`,
    /// `load<T>(`), at a member's start (`(x: T): U`) or after `new`. A `(` after `:`, `|` or `=>` is part of a
    /// property's type (`onError: (e: Error) => void`, a value's field as a Go struct's `func` field is).
    private static func declaresSignature(
        interfaceAt index: Int, _ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let open = bodyStart(after: index + 2, tokens, bytes: bytes) else { return false }
        var depth = 0
        for cursor in open..<tokens.count where tokens[cursor].kind == .punct {
            let token = tokens[cursor]
            if depth == 1 && token.equals("(", in: bytes) && startsSignature(tokens[cursor - 1], bytes: bytes) {
                return true
            }
            depth += nestingDelta(token, bytes: bytes)
            if depth == 0 { return false }
        }
        return false
    }

    /// The index of an interface body's `{`, past `extends A<B>, C` (a `{` inside a type argument is a type
    /// literal, not the body); nil at a `;` first.
    private static func bodyStart(
        after start: Int, _ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var angle = 0
        for cursor in start..<tokens.count where tokens[cursor].kind == .punct {
            let token = tokens[cursor]
            if token.equals(";", in: bytes) { return nil }
            angle += angleDelta(token, bytes: bytes)
            if angle <= 0 && token.equals("{", in: bytes) { return cursor }
        }
        return nil
    }

    /// 1 for `<`, −1 for each `>` of `>`, `>>` or `>>>`, 0 otherwise.
    private static func angleDelta(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if token.equals("<", in: bytes) { return 1 }
        if token.equals(">", in: bytes) { return -1 }
        if token.equals(">>", in: bytes) { return -2 }
        return token.equals(">>>", in: bytes) ? -3 : 0
    }

    /// 1 for an opening brace, bracket or parenthesis, −1 for a closing one, 0 for other punctuation.
    private static func nestingDelta(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if token.equals("{", in: bytes) { return 1 }
        return token.equals("}", in: bytes) ? -1 : bracketDelta(token, bytes: bytes)
    }

    /// Whether a `(` after `token`, among an interface's members, opens a signature's parameters.
    private static func startsSignature(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.kind == .word { return true }
        guard token.kind == .punct else { return false }
        return token.equals("?", in: bytes) || token.equals(">", in: bytes) || token.equals("{", in: bytes)
            || token.equals(";", in: bytes) || token.equals(",", in: bytes)
    }

    /// 1 for an opening bracket or parenthesis, −1 for a closing one, 0 for other punctuation.
    private static func bracketDelta(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if token.equals("(", in: bytes) || token.equals("[", in: bytes) { return 1 }
        return token.equals(")", in: bytes) || token.equals("]", in: bytes) ? -1 : 0
    }

    /// Whether the word at `index` is `ABC`, `ABCMeta` or `Protocol`, bare or qualified (`abc.ABC`, `typing.Protocol`,
    /// `t.Protocol` after `import typing as t`), but not asyncio's or Twisted's `Protocol` (`asyncio.Protocol`,
    /// `protocol.Protocol`): transport classes with bodies.
    private func isAbstractPythonBase(at index: Int, _ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if token.equals("ABC", in: bytes) || token.equals("ABCMeta", in: bytes) { return true }
        guard token.equals("Protocol", in: bytes) else { return false }
        guard index >= 2, tokens[index - 1].kind == .punct, tokens[index - 1].equals(".", in: bytes) else { return true }
        let qualifier = tokens[index - 2]
        return qualifier.kind != .word
            || !(qualifier.equals("asyncio", in: bytes) || qualifier.equals("protocol", in: bytes)
                || qualifier.equals("protocols", in: bytes))
    }

    public func count(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> TypeCounts {
        tokens.withUnsafeBufferPointer { count($0, bytes: bytes) }
    }
}
