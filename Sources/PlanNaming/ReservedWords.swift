import Foundation

/// The words a language reserves, which no new module may be named: a module, a folder of headers or a package
/// named `inline`, `struct`, `import`, `mod` or `func` reads as the keyword, and in most languages cannot be
/// imported at all (dune's blake3_mini was to lose a part named `inline`: its most used declaration, the macro
/// `INLINE`, lower-cased).
///
/// A table in code rather than a key of rules/languages.yaml: that file describes how the lexer reads a language,
/// and PlanNaming, pure and without dependencies, knows languages as the ecosystem keys and file extensions its
/// other tables use (`spellingByExtension`). Hard keywords only: contextual ones (Kotlin's `data`, Java's `record`,
/// Python's `match`) are names in their languages. Checked ignoring case, so `INLINE` and `Struct` count too.
enum ReservedWords {
    /// Whether `name` is a word some language of the module reserves: that of `ecosystem`, or of one of `files`.
    static func contains(_ name: String, files: [String], ecosystem: String) -> Bool {
        let word = name.lowercased()
        if let language = byEcosystem[ecosystem], words[language]?.contains(word) == true { return true }
        var seen = Set<String>()
        for path in files {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { continue }
            let ext = path[path.index(after: dot)...].lowercased()
            guard seen.insert(ext).inserted else { continue }
            for language in byExtension[ext] ?? [] where words[language]?.contains(word) == true { return true }
        }
        return false
    }

    /// The language an ecosystem's modules are written in, where one is.
    private static let byEcosystem: [String: String] = [
        "swiftpm": "swift", "cargo": "rust", "go": "go", "python": "python", "npm": "javascript", "maven": "java",
        "composer": "php", "dotnet": "csharp", "gem": "ruby", "dune": "ocaml", "cabal": "haskell", "mix": "elixir",
        "otp": "erlang", "sbt": "scala", "pub": "dart",
    ]

    /// The languages of a file extension (a header may be C or C++).
    private static let byExtension: [String: [String]] = [
        "c": ["c"], "h": ["c", "cpp"], "cc": ["cpp"], "cpp": ["cpp"], "cxx": ["cpp"], "hpp": ["cpp"], "hh": ["cpp"],
        "m": ["c"], "mm": ["cpp"], "swift": ["swift"], "rs": ["rust"], "go": ["go"], "py": ["python"],
        "java": ["java"], "kt": ["kotlin"], "kts": ["kotlin"], "cs": ["csharp"], "js": ["javascript"],
        "jsx": ["javascript"], "mjs": ["javascript"], "cjs": ["javascript"], "ts": ["javascript"],
        "tsx": ["javascript"], "mts": ["javascript"], "php": ["php"], "rb": ["ruby"], "ml": ["ocaml"],
        "mli": ["ocaml"], "hs": ["haskell"], "ex": ["elixir"], "exs": ["elixir"], "erl": ["erlang"],
        "scala": ["scala"], "dart": ["dart"],
    ]

    /// By language, its reserved words (C23's and C++23's, Swift's declaration and statement keywords, …).
    private static let words: [String: Set<String>] = [
        "c": set("""
            auto break case char const continue default do double else enum extern float for goto if inline int long
            register restrict return short signed sizeof static struct switch typedef union unsigned void volatile
            while bool true false nullptr alignas alignof constexpr static_assert thread_local typeof
            """),
        "cpp": set("""
            auto break case char const continue default do double else enum extern float for goto if inline int long
            register return short signed sizeof static struct switch typedef union unsigned void volatile while bool
            true false nullptr alignas alignof constexpr static_assert thread_local and asm bitand bitor catch class
            compl concept consteval constinit const_cast decltype delete dynamic_cast explicit export friend mutable
            namespace new noexcept not operator or private protected public reinterpret_cast requires static_cast
            template this throw try typeid typename using virtual wchar_t xor co_await co_return co_yield
            """),
        "swift": set("""
            associatedtype class deinit enum extension fileprivate func import init inout internal let open operator
            private precedencegroup protocol public rethrows static struct subscript typealias var break case catch
            continue default defer do else fallthrough for guard if in repeat return throw switch where while as
            false is nil self super throws true try
            """),
        "python": set("""
            false none true and as assert async await break class continue def del elif else except finally for from
            global if import in is lambda nonlocal not or pass raise return try while with yield
            """),
        "rust": set("""
            as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod
            move mut pub ref return self static struct super trait true type unsafe use where while abstract become
            box do final macro override priv typeof unsized virtual yield try gen
            """),
        "go": set("""
            break case chan const continue default defer else fallthrough for func go goto if import interface map
            package range return select struct switch type var
            """),
        "java": set("""
            abstract assert boolean break byte case catch char class const continue default do double else enum
            extends final finally float for goto if implements import instanceof int interface long native new
            package private protected public return short static strictfp super switch synchronized this throw
            throws transient try void volatile while true false null
            """),
        "kotlin": set("""
            as break class continue do else false for fun if in interface is null object package return super this
            throw true try typealias typeof val var when while
            """),
        "csharp": set("""
            abstract as base bool break byte case catch char checked class const continue decimal default delegate do
            double else enum event explicit extern false finally fixed float for foreach goto if implicit in int
            interface internal is lock long namespace new null object operator out override params private protected
            public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw
            true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while
            """),
        "javascript": set("""
            break case catch class const continue debugger default delete do else enum export extends false finally
            for function if import in instanceof new null return super switch this throw true try typeof var void
            while with yield let static implements interface package private protected public await
            """),
        "php": set("""
            abstract and array as break callable case catch class clone const continue declare default do echo else
            elseif empty enddeclare endfor endforeach endif endswitch endwhile enum eval exit extends final finally fn
            for foreach function global goto if implements include include_once instanceof insteadof interface isset
            list match namespace new or print private protected public readonly require require_once return static
            switch throw trait try unset use var while xor yield
            """),
        "ruby": set("""
            alias and begin break case class def defined? do else elsif end ensure false for if in module next nil
            not or redo rescue retry return self super then true undef unless until when while yield
            """),
        "ocaml": set("""
            and as assert begin class constraint do done downto else end exception external false for fun function
            functor if in include inherit initializer lazy let match method module mutable new nonrec object of open
            or private rec sig struct then to true try type val virtual when while with
            """),
        "haskell": set("case class data default deriving do else foreign if import in infix infixl infixr instance let module newtype of then type where"),
        "elixir": set("true false nil when and or not in fn do end catch rescue after else"),
        "erlang": set("after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not of or orelse receive rem try when xor"),
        "scala": set("""
            abstract case catch class def do else enum export extends false final finally for forSome given if
            implicit import lazy match new null object override package private protected return sealed super then
            this throw trait true try type val var while with yield
            """),
        "dart": set("""
            assert break case catch class const continue default do else enum extends false final finally for if in
            is new null rethrow return super switch this throw true try var void while with
            """),
    ]

    private static func set(_ text: String) -> Set<String> {
        Set(text.split { $0 == " " || $0 == "\n" }.map { $0.lowercased() })
    }
}
