/// How one programming language writes comments, strings and branches: data from `rules/languages.yaml`.
///
/// The lexer interprets it; nothing here is specific to one language.
public struct Language: Hashable, Sendable, Codable {
    /// A delimited comment such as `/* … */`.
    public struct BlockComment: Hashable, Sendable, Codable {
        public var open: String
        public var close: String

        public init(open: String, close: String) {
            self.open = open
            self.close = close
        }
    }

    /// One way the language writes a string or character literal.
    public struct StringForm: Hashable, Sendable, Codable {
        public var open: String
        public var close: String
        /// The escape byte (`\`), or nil where the form has none (Go raw strings).
        public var escape: String?
        /// Whether the literal may span lines.
        public var multiline: Bool
        /// A literal that opens a line is documentation (Python docstrings): its lines count as comment.
        public var docstring: Bool
        /// A char literal: longer than this many bytes means it was not a literal (Rust lifetimes `'a`).
        public var maxLength: Int?
        /// Bytes that must come right before the `#` run or the opening delimiter (`r` for Rust raw).
        public var prefix: String?
        /// Raw strings delimited by a run of `#` (`#"…"#` in Swift, `r#"…"#` in Rust).
        public var hashes: Bool

        public init(
            open: String, close: String, escape: String? = "\\", multiline: Bool = false,
            docstring: Bool = false, maxLength: Int? = nil, prefix: String? = nil, hashes: Bool = false
        ) {
            self.open = open
            self.close = close
            self.escape = escape
            self.multiline = multiline
            self.docstring = docstring
            self.maxLength = maxLength
            self.prefix = prefix
            self.hashes = hashes
        }

        private enum CodingKeys: String, CodingKey {
            case open, close, escape, multiline, docstring, prefix, hashes
            case maxLength = "max_length"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            open = try container.decode(String.self, forKey: .open)
            close = try container.decodeIfPresent(String.self, forKey: .close) ?? open
            if container.contains(.escape) {
                escape = try container.decodeIfPresent(String.self, forKey: .escape)
            } else {
                escape = "\\"
            }
            multiline = try container.decodeIfPresent(Bool.self, forKey: .multiline) ?? false
            docstring = try container.decodeIfPresent(Bool.self, forKey: .docstring) ?? false
            maxLength = try container.decodeIfPresent(Int.self, forKey: .maxLength)
            prefix = try container.decodeIfPresent(String.self, forKey: .prefix)
            hashes = try container.decodeIfPresent(Bool.self, forKey: .hashes) ?? false
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
    public var lineComments: [String]
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

    public init(
        name: String, extensions: [String] = [], filenames: [String] = [], shebangs: [String] = [],
        lineComments: [String] = [], blockComments: [BlockComment] = [], nestedComments: Bool = false,
        strings: [StringForm] = [], directives: Bool = false, branchTokens: [String] = [],
        functionStyle: String? = nil, importStyle: String? = nil
    ) {
        self.name = name
        self.extensions = extensions
        self.filenames = filenames
        self.shebangs = shebangs
        self.lineComments = lineComments
        self.blockComments = blockComments
        self.nestedComments = nestedComments
        self.strings = strings
        self.directives = directives
        self.branchTokens = branchTokens
        self.functionStyle = functionStyle
        self.importStyle = importStyle
    }

    private enum CodingKeys: String, CodingKey {
        case name, extensions, filenames, shebangs, strings, directives
        case lineComments = "line_comments"
        case blockComments = "block_comments"
        case nestedComments = "nested_comments"
        case branchTokens = "branch_tokens"
        case functionStyle = "function_style"
        case importStyle = "import_style"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        extensions = try container.decodeIfPresent([String].self, forKey: .extensions) ?? []
        filenames = try container.decodeIfPresent([String].self, forKey: .filenames) ?? []
        shebangs = try container.decodeIfPresent([String].self, forKey: .shebangs) ?? []
        lineComments = try container.decodeIfPresent([String].self, forKey: .lineComments) ?? []
        blockComments = try container.decodeIfPresent([BlockComment].self, forKey: .blockComments) ?? []
        nestedComments = try container.decodeIfPresent(Bool.self, forKey: .nestedComments) ?? false
        strings = try container.decodeIfPresent([StringForm].self, forKey: .strings) ?? []
        directives = try container.decodeIfPresent(Bool.self, forKey: .directives) ?? false
        branchTokens = try container.decodeIfPresent([String].self, forKey: .branchTokens) ?? []
        functionStyle = try container.decodeIfPresent(String.self, forKey: .functionStyle)
        importStyle = try container.decodeIfPresent(String.self, forKey: .importStyle)
    }
}
