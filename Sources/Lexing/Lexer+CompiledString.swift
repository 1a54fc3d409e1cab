/// A string form compiled for the scan: `Language.StringForm` as bytes.
extension Lexer {
    struct CompiledString: Sendable {
        var open: [UInt8]
        var close: [UInt8]
        var escape: UInt8?
        /// The closer's byte doubled is text (`Language.StringForm.doubled`): C#'s `@"a""b"`; 10 (a line end) for none.
        var doubled: UInt8
        var multiline: Bool
        var docstring: Bool
        var maxLength: Int?
        /// Lowercased; matched ignoring ASCII case.
        var prefixes: [[UInt8]]
        var hashes: Bool
        /// Never right after a word byte or a quote: Haskell's `f'` is a name, not a char literal.
        var wordStart: Bool
        /// What `Language.StringForm` says of tags, runs, line starts and paragraphs; `delimited` when any is
        /// set, and then `scanDelimited` reads the literal (`scanInterpolated` a run with interpolations: C#'s
        /// `$""""…""""`).
        var tag: [UInt8]
        var run: Bool
        var lineStart: Bool
        var paragraph: Bool
        /// Opens only where an operand may start (`startsOperand`): Ruby's regular expressions.
        var expressionStart: Bool
        /// The names after which an `expressionStart` form opens (`startsOperand`); empty: any.
        var afterKeywords: [[UInt8]]
        /// A regular expression's classes, flags and single line (`scanRegularExpression`): JavaScript's `/…/`.
        var classes: Bool
        /// The opener nests inside (`scanPlaced`): Ruby's `%w(a (b))`.
        var nested: Bool
        /// Quotes inside a nested literal hold text where no bracket counts (`nestedEnd`): PHP's `#[A("]")]`.
        var quotes: Bool
        /// Code inside the literal (`scanInterpolated`): Ruby's `#{`, a JavaScript template's `${`; empty: none.
        var interpolation: [UInt8]
        /// Opens only right after a word byte: Scala's `s"…"`, `show"…"`.
        var afterWord: Bool
        /// Byte sequences that are text inside an interpolated literal (`skipInside`): Scala's `$"` and `$$`.
        var escapes: [[UInt8]]
        /// A line comment opener inside an interpolation's code (`interpolationEnd`): Python's `#`; empty: none.
        var interpolationComment: [UInt8]
        /// A here-document (`scanHeredocOpener`): shell's `<<EOF`.
        var heredoc: Bool
        /// A line inside that opens with a line comment is a comment line (`opensCommentLine`).
        var commentLines: Bool
        /// A here-document's closing line may be indented and go on after its tag (`spellsTag`): PHP's `EOT);`.
        var closingPrefix: Bool
        /// The prefix's byte repeats, and as many braces as the run is long open code: C#'s `$$"""`.
        var prefixRun: Bool
        var delimited: Bool { (!tag.isEmpty || run) && interpolation.isEmpty }
        /// The order forms are tried in: prefixed or `after_word` forms first, then raw ones, longer openers first.
        var precedence: (Int, Int, Int) { (prefixes.isEmpty && !afterWord ? 0 : 1, hashes ? 1 : 0, open.count) }
        var isPlaced: Bool { expressionStart || nested }
        /// Where the opener's quote starts in it: the first of its last byte (`"""` 0, shell's `$'` 1).
        var quoteOffset: Int { open.firstIndex { $0 == open.last } ?? 0 }

        /// How many braces open code in a `prefixRun` literal from `start` whose text starts at `opened`: as many as
        /// its prefix's run is long (C#'s `$$"""` opens code with `{{`); 0 for other forms, whose opener does.
        func braces(from start: Int, opened: Int) -> Int { prefixRun ? opened - open.count - start : 0 }
    }
}

extension Lexer.CompiledString {
    init(_ form: Language.StringForm) {
        self.init(
            open: Array(form.open.utf8), close: Array(form.close.utf8), escape: form.escape?.utf8.first,
            doubled: form.doubled ? form.close.utf8.first ?? 10 : 10,
            multiline: form.multiline, docstring: form.docstring, maxLength: form.maxLength,
            prefixes: form.prefixes.map { Array($0.lowercased().utf8) }.sorted { $0.count > $1.count },
            hashes: form.hashes, wordStart: form.wordStart, tag: Array(form.tag.utf8), run: form.run,
            lineStart: form.lineStart, paragraph: form.paragraph, expressionStart: form.expressionStart,
            afterKeywords: form.afterKeywords.map { Array($0.utf8) }, classes: form.classes,
            nested: form.nested, quotes: form.quotes, interpolation: Array(form.interpolation.utf8), afterWord: form.afterWord,
            escapes: form.escapes.map { Array($0.utf8) }.filter { !$0.isEmpty },
            interpolationComment: Array(form.interpolationComment.utf8), heredoc: form.heredoc,
            commentLines: form.commentLines, closingPrefix: form.closingPrefix, prefixRun: form.prefixRun)
    }
}
