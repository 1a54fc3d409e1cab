import FunctionTokens
import Lexing

/// PHP declares every function with the `function` keyword, as lizard's PHP reader reads it: `function name(`,
/// `function &name(` and, nameless, a closure `function (…) use (…) {` (`static function`, `return function`),
/// named `(anonymous)` as JavaScript's and Go's function literals are. Any other word before a `(` is a call or a
/// control statement (a script's top-level `if (…) {`, `foreach (…) {`), never a function. Arrow functions
/// (`fn ($x) => …`) and the closures inside a function's body are part of that function, its complexity included,
/// as Java's and C#'s lambdas are (and as lizard counts them).
extension CLikeGrammar {
    static let codeFunction: UInt64 = 0x6E6F6974636E7566  // wordCode("function")
    static let codeUse: UInt64 = 0x657375  // wordCode("use")

    /// Outside functions only `function` starts one.
    mutating func phpGlobal(_ index: Int) -> Int {
        if stream.codes[index] == Self.codeFunction && stream.tokens[index].kind == .word { state = .phpFunction }
        return index + 1
    }

    /// The token after `function`: a `&` (returns by reference), the name, or a closure's `(`.
    mutating func phpFunctionName(_ index: Int) -> Int {
        let code = stream.codes[index]
        if code == Code.ampersand && stream.tokens[index].kind == .punct {
            return index + 1
        }
        if code == Code.openParen {
            isAnonymous = true
            candidateName = index
            candidateLine = stream.line(index)
            state = .parameters
            return parameters(index)
        }
        if stream.isName(index) {
            isAnonymous = false
            candidateName = index
            candidateLine = stream.line(index)
            state = .name
            return index + 1
        }
        state = .global
        return global(index)
    }

    /// Words after which PHP's `?` is a nullable type (`public ?Foo $x`, `private readonly ?int $y`).
    static let phpModifiers = WordSet(["public", "private", "protected", "readonly", "static", "var", "const"])

    /// A PHP `?` that is no ternary: `?:` and `?->` (operators of their own, which lizard 1.24 counts as none, nor
    /// `??`), and a nullable type's `?` (`?string`), after `(`, `,`, `:`, an attribute or a modifier, where no operand
    /// ends. lizard
    /// counts the last (its reader lists `??`, `?->` and `?:` but not types); accrue does not: a type is no branch.
    func isPHPNonTernary(_ index: Int) -> Bool {
        if stream.touchesNext(index) {
            let next = stream.codes[index + 1]
            if next == Code.colon || next == Code.arrow { return true }
        }
        guard index > 0 else { return false }
        let before = stream.codes[index - 1]
        if before == Code.openParen || before == Code.comma || before == Code.colon { return true }
        let previous = stream.tokens[index - 1]
        if previous.kind == .string { return stream.bytes[Int(previous.start)] == UInt8(ascii: "#") }  // `#[A] ?T $x`
        return previous.kind == .word && Self.phpModifiers.contains(before)
    }

    /// C++'s `throw (…)`, or PHP's closure captures (`function ($a) use ($b) {`), read the same way.
    func startsThrowSpecification(_ code: UInt64) -> Bool {
        code == Self.codeThrow || (code == Self.codeUse && style == .php)
    }
}
