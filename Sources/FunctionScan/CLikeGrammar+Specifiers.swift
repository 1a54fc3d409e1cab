import FunctionTokens
import Lexing

/// What C-family declarations may hold besides a name and parameters: C++'s `override` and `final` and a trailing
/// annotation macro after the parameters, and a C# or Java type head with parentheses.
extension CLikeGrammar {
    static let codeOverride: UInt64 = 0x656469727265766F  // wordCode("override")
    static let codeFinal: UInt64 = 0x6C616E6966  // wordCode("final")
    static let codeExtension: UInt64 = 0x9F82_D98C_5190_E81A  // wordCode("extension"), a long word's hash

    /// Whether C# and Java type heads may hold parentheses: a primary constructor and its base's arguments
    /// (`class RestResponse(RestRequest request) : RestResponseBase(request) {`), a record's components (`record
    /// Point(int x, int y) {`), C# 14's `extension(IRestClient client) {` block. lizard reads each as a function
    /// holding the type's body (RestSharp's 32 `extension` functions, a function `RestResponseBase`).
    var hasParameterizedTypes: Bool { style == .csharp || style == .java }

    /// Whether the word at `index` opens a type or namespace head: `struct`, `class`, `union` (lizard's words), but
    /// in Java only `class` (`struct` names a parameter there: gson's `fromStruct(Struct struct)`); in C# and Java
    /// `record` before a name (`record Point(`, not a parameter `Record record)`), and C#'s `extension(` block.
    func opensTypeHead(_ index: Int, _ code: UInt64) -> Bool {
        guard stream.tokens[index].kind == .word else { return false }
        guard hasParameterizedTypes else { return Self.namespaceWordsContains(code) }
        if code == Self.codeClass || (style == .csharp && Self.namespaceWordsContains(code)) { return true }
        guard index + 1 < stream.count else { return false }
        if code == Self.codeRecord { return stream.isName(index + 1) }
        return code == Self.codeExtension && style == .csharp && stream.codes[index + 1] == Code.openParen
    }

    /// A word after the parameters that leaves the declarator as it is: `const`, `&`, `&&`, `override`, `final`.
    func qualifiesParameters(_ code: UInt64) -> Bool {
        code == Self.codeConst || code == Code.ampersand || code == Code.andAnd || isVirtSpecifier(code)
    }

    /// A specification with arguments after the parameters: `throw(…)`, `throws`, an annotation macro's `(…)`.
    func opensParenthesizedSpecifier(_ index: Int) -> Bool {
        startsThrowSpecification(stream.codes[index]) || isTrailingMacro(index)
    }

    /// C++'s `override` and `final` after the parameters (`void Run() override final {`: lizard reads two words there
    /// as K&R declarations and loses the function, naming its `for` loops as functions).
    func isVirtSpecifier(_ code: UInt64) -> Bool {
        style == .cpp && (code == Self.codeOverride || code == Self.codeFinal)
    }

    /// An upper-case macro with arguments after a C or C++ function's parameters: an annotation (Clang's thread
    /// safety `EXCLUDES(lock_)`, `BENCHMARK_NOEXCEPT_OP(false)`), skipped as a throw specification is, so the
    /// function keeps its name (lizard names it after the macro). Not after a macro's own arguments: in
    /// `GTEST_DISABLE_MSC_WARNINGS_PUSH_(4251)` then `TEST(Suite, Name) {`, the second macro is the function.
    func isTrailingMacro(_ index: Int) -> Bool {
        guard style == .c || style == .cpp, index + 1 < stream.count, stream.codes[index + 1] == Code.openParen,
            stream.isName(index), Self.isMacroName(stream.text(index))
        else { return false }
        return candidateName >= stream.count || !Self.isMacroName(stream.text(candidateName))
    }
}
