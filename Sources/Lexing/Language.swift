/// How one programming language writes comments, strings and branches: data from `rules/languages.yaml`.
///
/// The lexer interprets it; nothing here is specific to one language.
public struct Language: Hashable, Sendable, Codable {
    /// A delimited comment such as `/* … */`.
    public struct BlockComment: Hashable, Sendable, Codable {
        public var open: String
        /// The closing delimiter; empty means the comment runs to the end of the file (Perl's `__END__`).
        public var close: String
        /// Whether this comment nests; nil means the language's `nestedComments` (D: `/+ +/` nests, `/* */` not).
        public var nested: Bool?
        /// Whether the opener counts only in a line's first column (Ruby's `=begin`, Perl's POD).
        public var lineStart: Bool
        /// Whether the language's string literals are lexed inside (OCaml): a closer or an opener in one neither
        /// closes nor nests the comment, so `(* the "*)" token *)` is one comment.
        public var strings: Bool

        public init(open: String, close: String, nested: Bool? = nil, lineStart: Bool = false, strings: Bool = false) {
            self.open = open
            self.close = close
            self.nested = nested
            self.lineStart = lineStart
            self.strings = strings
        }

        private enum CodingKeys: String, CodingKey {
            case open, close, nested, strings
            case lineStart = "line_start"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            open = try container.decode(String.self, forKey: .open)
            close = try container.decode(String.self, forKey: .close)
            nested = try container.decodeIfPresent(Bool.self, forKey: .nested)
            lineStart = try container.decodeIfPresent(Bool.self, forKey: .lineStart) ?? false
            strings = try container.decodeIfPresent(Bool.self, forKey: .strings) ?? false
        }
    }

    /// One way the language writes a string or character literal.
    public struct StringForm: Hashable, Sendable, Codable {
        public var open: String
        public var close: String
        /// The escape byte (`\`), or nil where the form has none (Go raw strings).
        public var escape: String?
        /// The closer doubled inside the literal is text, not a closer and an opener: C#'s verbatim `@"a""b"`, SQL's
        /// `'it''s'`, Visual Basic's `"a""b"`. The closer is one byte.
        public var doubled: Bool
        /// Whether the literal may span lines.
        public var multiline: Bool
        /// A literal that opens a line is documentation (Python docstrings): its lines count as comment.
        public var docstring: Bool
        /// A char literal: longer than this many bytes means it was not a literal (Rust lifetimes `'a`).
        public var maxLength: Int?
        /// Bytes that must come right before the `#` run or the opening delimiter (`r` for Rust raw); one of
        /// these, matched ignoring ASCII case, at a word's start. Empty: no prefix.
        public var prefixes: [String]
        /// Raw strings delimited by a run of `#` (`#"…"#` in Swift, `r#"…"#` in Rust).
        public var hashes: Bool
        /// Never right after a word byte or a `'` (`word_start`): Haskell's primed names (`foldl'`, `go''`).
        public var wordStart: Bool
        /// Quoted strings with a tag (OCaml's `{|…|}`, `{id|…|id}`): after the opener come a tag of lowercase
        /// letters and `_` (maybe none) and this text; the literal closes at this text, the same tag and the
        /// closer. Empty: no tag.
        public var tag: String
        /// The opener's byte may repeat (Markdown's code spans: `` `` a ` b `` ``): a run of it opens, and only
        /// a run as long closes (with `lineStart`, a run at least as long).
        public var run: Bool
        /// Opens and closes only as the first text of a line, after blanks (Markdown's fenced code blocks); a
        /// `run` opener's line holds no other byte of its run (`` ```js``` `` is a code span).
        public var lineStart: Bool
        /// Must close before a blank line, the end of a Markdown paragraph; otherwise its opener is plain text.
        public var paragraph: Bool
        /// Opens only where an operand may start (Ruby's `/…/` regular expressions, not division): after an
        /// operator, an opening bracket or a separator, or after a name with a blank before the opener and none
        /// after it (`split /,/`, `when /x/`).
        public var expressionStart: Bool
        /// With `expression_start`, the names after which the opener opens (`after_keywords`: JavaScript's `return
        /// /a/`, `typeof /a/`); empty: any name with a blank before the opener and none after it, as in Ruby.
        public var afterKeywords: [String]
        /// A regular expression's syntax (`classes`): a `[…]` class inside holds the closer as text (JavaScript's
        /// `/[^/]+/`), letters right after the closer are its flags (`/a/gi`), and a literal its line does not close
        /// is none (the opener was a division).
        public var classes: Bool
        /// The opener inside the literal opens a pair its closer must balance (Ruby's `%w(a (b))`, `%r{a{2}}`).
        public var nested: Bool
        /// In a `nested` literal, `"` and `'` open quoted text (with `\` escapes) where neither bracket counts: PHP's
        /// `#[Route("/a]b")]`.
        public var quotes: Bool
        /// Opens code inside the literal up to the bracket balancing its last byte (Ruby's `#{…}`, a JavaScript
        /// template's `${…}`, Swift's `\(…)`), where quotes open literals of their own (`"#{a.join(", ")}"`).
        /// A one-byte opener doubled is text (Python's and C#'s `{{`); in a raw string (`hashes`) the string's `#`
        /// run follows the opener's first byte (Swift's `#"\#(x)"#`). Empty: none.
        public var interpolation: String
        /// Opens only right after a word byte (`after_word`): Scala's interpolators, `s"…"`, `f"…"`, `show"…"`.
        public var afterWord: Bool
        /// Byte sequences that are text inside the literal, read before its closer and interpolations: Scala's `$"`
        /// (a quote) and `$$` (a dollar) in `s"…"`.
        public var escapes: [String]
        /// A line comment opener inside an interpolation's code (`interpolation_comment`): Python 3.12's `#` in a
        /// multi-line `{…}`, after which a quote or a brace is comment. Not after a `:` at the code's top level, where
        /// a format specification starts (`{x:#x}`). Empty: none.
        public var interpolationComment: String
        /// A here-document (shell's `<<EOF`): after the opener come `-` or `~` (the closing line may be indented),
        /// blanks, and a tag, maybe quoted; the rest of the opener's line is code, and the literal is the lines
        /// after it up to the first that spells the tag alone. An opener whose tag never closes is no literal
        /// (`(( x << n ))`), nor one whose opener's byte repeats (`<<<`, a here-string).
        public var heredoc: Bool
        /// A line inside the literal whose first text opens a line comment counts as a comment line (shell's quoted
        /// code: `test_expect_success '…'` bodies, awk programs and here-documents, as cloc counts them).
        public var commentLines: Bool
        /// A here-document's closing line may be indented and holds the tag followed by a non-word byte or the line's
        /// end, the rest of the line being code (`closing_prefix`: PHP's `EOT;`, `EOT);`, `    EOT,`).
        public var closingPrefix: Bool
        /// The prefix's byte may repeat (`prefix_run`: C#'s `$$"""`), and as many of the interpolation's byte as the
        /// run is long open code: a shorter run is text (`$$"""{a} {{b}}"""`).
        public var prefixRun: Bool

        public init(
            open: String, close: String, escape: String? = "\\", multiline: Bool = false,
            docstring: Bool = false, maxLength: Int? = nil, prefixes: [String] = [], hashes: Bool = false,
            wordStart: Bool = false, tag: String = "", run: Bool = false, lineStart: Bool = false,
            paragraph: Bool = false, expressionStart: Bool = false, afterKeywords: [String] = [], classes: Bool = false,
            nested: Bool = false, quotes: Bool = false,
            interpolation: String = "",
            afterWord: Bool = false, escapes: [String] = [], interpolationComment: String = "", heredoc: Bool = false,
            commentLines: Bool = false, closingPrefix: Bool = false, doubled: Bool = false, prefixRun: Bool = false
        ) {
            self.open = open
            self.close = close
            self.escape = escape
            self.doubled = doubled
            self.multiline = multiline
            self.docstring = docstring
            self.maxLength = maxLength
            self.prefixes = prefixes
            self.hashes = hashes
            self.wordStart = wordStart
            self.tag = tag
            self.run = run
            self.lineStart = lineStart
            self.paragraph = paragraph
            self.expressionStart = expressionStart
            self.afterKeywords = afterKeywords
            self.classes = classes
            self.nested = nested
            self.quotes = quotes
            self.interpolation = interpolation
            self.afterWord = afterWord
            self.escapes = escapes
            self.interpolationComment = interpolationComment
            self.heredoc = heredoc
            self.commentLines = commentLines
            self.closingPrefix = closingPrefix
            self.prefixRun = prefixRun
        }

        private enum CodingKeys: String, CodingKey {
            case open, close, escape, multiline, docstring, hashes, tag, run, paragraph, nested, interpolation, heredoc
            case escapes, quotes, doubled, classes
            case afterKeywords = "after_keywords"
            case interpolationComment = "interpolation_comment"
            case prefixes = "prefix"
            case maxLength = "max_length"
            case wordStart = "word_start"
            case lineStart = "line_start"
            case expressionStart = "expression_start"
            case afterWord = "after_word"
            case commentLines = "comment_lines"
            case closingPrefix = "closing_prefix"
            case prefixRun = "prefix_run"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            open = try container.decode(String.self, forKey: .open)
            close = try container.decodeIfPresent(String.self, forKey: .close) ?? open
            // No key: `\`; `escape: null`: none.
            escape = try container.contains(.escape) ? container.decodeIfPresent(String.self, forKey: .escape) : "\\"
            doubled = try container.decodeIfPresent(Bool.self, forKey: .doubled) ?? false
            multiline = try container.decodeIfPresent(Bool.self, forKey: .multiline) ?? false
            docstring = try container.decodeIfPresent(Bool.self, forKey: .docstring) ?? false
            maxLength = try container.decodeIfPresent(Int.self, forKey: .maxLength)
            // `prefix: r` or `prefix: [r, b, rb]`.
            if let one = try? container.decodeIfPresent(String.self, forKey: .prefixes) {
                prefixes = [one]
            } else {
                prefixes = try container.decodeIfPresent([String].self, forKey: .prefixes) ?? []
            }
            hashes = try container.decodeIfPresent(Bool.self, forKey: .hashes) ?? false
            wordStart = try container.decodeIfPresent(Bool.self, forKey: .wordStart) ?? false
            tag = try container.decodeIfPresent(String.self, forKey: .tag) ?? ""
            run = try container.decodeIfPresent(Bool.self, forKey: .run) ?? false
            lineStart = try container.decodeIfPresent(Bool.self, forKey: .lineStart) ?? false
            paragraph = try container.decodeIfPresent(Bool.self, forKey: .paragraph) ?? false
            expressionStart = try container.decodeIfPresent(Bool.self, forKey: .expressionStart) ?? false
            afterKeywords = try container.decodeIfPresent([String].self, forKey: .afterKeywords) ?? []
            classes = try container.decodeIfPresent(Bool.self, forKey: .classes) ?? false
            nested = try container.decodeIfPresent(Bool.self, forKey: .nested) ?? false
            quotes = try container.decodeIfPresent(Bool.self, forKey: .quotes) ?? false
            interpolation = try container.decodeIfPresent(String.self, forKey: .interpolation) ?? ""
            afterWord = try container.decodeIfPresent(Bool.self, forKey: .afterWord) ?? false
            escapes = try container.decodeIfPresent([String].self, forKey: .escapes) ?? []
            interpolationComment = try container.decodeIfPresent(String.self, forKey: .interpolationComment) ?? ""
            heredoc = try container.decodeIfPresent(Bool.self, forKey: .heredoc) ?? false
            commentLines = try container.decodeIfPresent(Bool.self, forKey: .commentLines) ?? false
            closingPrefix = try container.decodeIfPresent(Bool.self, forKey: .closingPrefix) ?? false
            prefixRun = try container.decodeIfPresent(Bool.self, forKey: .prefixRun) ?? false
        }
    }

    /// The language's display name (`Swift`, `C++`), also its identity.
    public var name: String
    /// File name endings without the dot, lowercase (`swift`, `h`, `d.ts`).
    public var extensions: [String]
    /// Exact file names (`Makefile`, `Dockerfile`).
    public var filenames: [String]
    /// Interpreter names after `#!` (`python3`, `bash`), for files with no extension.
    public var shebangs: [String]
    /// Text whose presence in the first line names the language when the file name does not (`<?xml `).
    public var firstLineMarkers: [String]
    public var lineComments: [String]
    /// Line comment openers that count only as the first non-blank text of a line (Batch's `rem`, `::`).
    public var leadingComments: [String]
    /// Line comment openers that count only in the first column (fixed-form Fortran's `c` and `*`).
    public var columnComments: [String]
    /// Whether comment openers match ignoring ASCII case (`REM`, `Rem`). An opener ending in a letter must
    /// also be followed by a non-word byte, so `remark` is not `rem`.
    public var commentsIgnoreCase: Bool
    /// Whether line comment openers count only where a word may start: after a blank, at a line's start or
    /// after one of `;&|()<>` (shell's `#`, which `$#`, `${#x}` and `${x#y}` do not open).
    public var commentsAtWordStart: Bool
    /// A byte that, outside comments and literals, makes the next byte plain code (shell's `\'`, `\#`); nil: none.
    public var codeEscape: String?
    public var blockComments: [BlockComment]
    /// Whether block comments nest (Swift, Rust).
    public var nestedComments: Bool
    public var strings: [StringForm]
    /// Whether `#word` at a line's start is a compiler directive (C's `#if`, Swift's `#if`).
    public var directives: Bool
    /// Tokens that each add one to cyclomatic complexity (`if`, `case`, `&&`).
    public var branchTokens: [String]
    /// The function grammar the function detector uses, or nil where functions are not found.
    public var functionStyle: String?
    /// The import grammar the import extractor uses, or nil where imports are not read.
    public var importStyle: String?
    /// For files that embed code in `<script>` blocks (Vue and Svelte components): the language each block is
    /// lexed as, by the block's `lang` attribute, else its `type` attribute, `""` when it has neither. A block
    /// whose value is not listed (`lang="coffee"`, `type="application/ld+json"`) is skipped. Functions, imports
    /// and types come from the blocks only; lines are still counted over the whole file by this language's rules.
    public var scriptBlocks: [String: String]
    /// Markup, stylesheets and page templates (HTML, CSS, Handlebars): their words name no declaration of code, so
    /// plans read no declarations or uses from them (scrapy's docs pages "used" its classes by naming them in prose).
    public var markup: Bool

    public init(
        name: String, extensions: [String] = [], filenames: [String] = [], shebangs: [String] = [],
        firstLineMarkers: [String] = [],
        lineComments: [String] = [], leadingComments: [String] = [], columnComments: [String] = [],
        commentsIgnoreCase: Bool = false, commentsAtWordStart: Bool = false, codeEscape: String? = nil,
        blockComments: [BlockComment] = [], nestedComments: Bool = false, strings: [StringForm] = [], directives: Bool = false, branchTokens: [String] = [],
        functionStyle: String? = nil, importStyle: String? = nil, scriptBlocks: [String: String] = [:],
        markup: Bool = false
    ) {
        self.name = name
        self.extensions = extensions
        self.filenames = filenames
        self.shebangs = shebangs
        self.firstLineMarkers = firstLineMarkers
        self.lineComments = lineComments
        self.leadingComments = leadingComments
        self.columnComments = columnComments
        self.commentsIgnoreCase = commentsIgnoreCase
        self.commentsAtWordStart = commentsAtWordStart
        self.codeEscape = codeEscape
        self.blockComments = blockComments
        self.nestedComments = nestedComments
        self.strings = strings
        self.directives = directives
        self.branchTokens = branchTokens
        self.functionStyle = functionStyle
        self.importStyle = importStyle
        self.scriptBlocks = scriptBlocks
        self.markup = markup
    }

    private enum CodingKeys: String, CodingKey {
        case name, extensions, filenames, shebangs, strings, directives, markup
        case firstLineMarkers = "first_line_markers"
        case lineComments = "line_comments"
        case leadingComments = "leading_comments"
        case columnComments = "column_comments"
        case commentsIgnoreCase = "comments_ignore_case"
        case commentsAtWordStart = "comments_at_word_start"
        case codeEscape = "code_escape"
        case blockComments = "block_comments"
        case nestedComments = "nested_comments"
        case branchTokens = "branch_tokens"
        case functionStyle = "function_style"
        case importStyle = "import_style"
        case scriptBlocks = "script_blocks"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        extensions = try container.decodeIfPresent([String].self, forKey: .extensions) ?? []
        filenames = try container.decodeIfPresent([String].self, forKey: .filenames) ?? []
        shebangs = try container.decodeIfPresent([String].self, forKey: .shebangs) ?? []
        firstLineMarkers = try container.decodeIfPresent([String].self, forKey: .firstLineMarkers) ?? []
        lineComments = try container.decodeIfPresent([String].self, forKey: .lineComments) ?? []
        leadingComments = try container.decodeIfPresent([String].self, forKey: .leadingComments) ?? []
        columnComments = try container.decodeIfPresent([String].self, forKey: .columnComments) ?? []
        commentsIgnoreCase = try container.decodeIfPresent(Bool.self, forKey: .commentsIgnoreCase) ?? false
        commentsAtWordStart = try container.decodeIfPresent(Bool.self, forKey: .commentsAtWordStart) ?? false
        codeEscape = try container.decodeIfPresent(String.self, forKey: .codeEscape)
        blockComments = try container.decodeIfPresent([BlockComment].self, forKey: .blockComments) ?? []
        nestedComments = try container.decodeIfPresent(Bool.self, forKey: .nestedComments) ?? false
        strings = try container.decodeIfPresent([StringForm].self, forKey: .strings) ?? []
        directives = try container.decodeIfPresent(Bool.self, forKey: .directives) ?? false
        branchTokens = try container.decodeIfPresent([String].self, forKey: .branchTokens) ?? []
        functionStyle = try container.decodeIfPresent(String.self, forKey: .functionStyle)
        importStyle = try container.decodeIfPresent(String.self, forKey: .importStyle)
        scriptBlocks = try container.decodeIfPresent([String: String].self, forKey: .scriptBlocks) ?? [:]
        markup = try container.decodeIfPresent(Bool.self, forKey: .markup) ?? false
    }
}
