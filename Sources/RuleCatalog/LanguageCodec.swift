import Lexing

/// `[Language]` to bytes and back, for `LanguageCache`: length-prefixed fields in declaration order.
///
/// Decoding checks every length against the bytes left and answers nil for anything malformed or from
/// another format version, so a damaged cache file is decoded from the YAML again.
enum LanguageCodec {
    private static let magic: [UInt8] = Array("accrue-languages".utf8) + [LanguageCache.formatVersion]

    static func encode(_ languages: [Language]) -> [UInt8] {
        var writer = Writer(bytes: magic)
        writer.count(languages.count)
        for language in languages {
            writer.string(language.name)
            for list in [language.extensions, language.filenames, language.shebangs, language.firstLineMarkers,
                language.lineComments, language.leadingComments, language.columnComments]
            {
                writer.strings(list)
            }
            writer.flag(language.commentsIgnoreCase)
            writer.flag(language.commentsAtWordStart)
            writer.optionalString(language.codeEscape)
            writer.count(language.blockComments.count)
            for block in language.blockComments {
                writer.string(block.open)
                writer.string(block.close)
                writer.optional(block.nested.map { $0 ? 1 : 0 })
                writer.flag(block.lineStart)
                writer.flag(block.strings)
            }
            writer.flag(language.nestedComments)
            writer.count(language.strings.count)
            for form in language.strings { encode(form, into: &writer) }
            writer.flag(language.directives)
            writer.strings(language.branchTokens)
            writer.optionalString(language.functionStyle)
            writer.optionalString(language.importStyle)
            let blocks = language.scriptBlocks.sorted { $0.key < $1.key }
            writer.strings(blocks.map(\.key))
            writer.strings(blocks.map(\.value))
            writer.flag(language.markup)
        }
        return writer.bytes
    }

    /// One string form, in the order `Reader.language()` reads it back.
    private static func encode(_ form: Language.StringForm, into writer: inout Writer) {
        writer.string(form.open)
        writer.string(form.close)
        writer.optionalString(form.escape)
        for flag in [form.multiline, form.docstring, form.hashes, form.wordStart] { writer.flag(flag) }
        writer.optional(form.maxLength)
        writer.strings(form.prefixes)
        writer.string(form.tag)
        for flag in [form.run, form.lineStart, form.paragraph, form.expressionStart, form.nested] { writer.flag(flag) }
        writer.string(form.interpolation)
        writer.flag(form.afterWord)
        writer.flag(form.quotes)
        writer.strings(form.escapes)
        writer.string(form.interpolationComment)
        for flag in [form.heredoc, form.commentLines, form.closingPrefix, form.doubled, form.prefixRun] {
            writer.flag(flag)
        }
        writer.strings(form.afterKeywords)
        writer.flag(form.classes)
    }

    static func decode(_ bytes: [UInt8]) -> [Language]? {
        guard bytes.starts(with: magic) else { return nil }
        var reader = Reader(bytes: bytes, offset: magic.count)
        guard let count = reader.count() else { return nil }
        var languages: [Language] = []
        for _ in 0..<count {
            guard let language = reader.language() else { return nil }
            languages.append(language)
        }
        return reader.offset == bytes.count ? languages : nil
    }

    private struct Writer {
        var bytes: [UInt8]

        mutating func count(_ value: Int) {
            var value = UInt64(value)
            repeat {
                bytes.append(UInt8(value & 0x7F) | (value >= 0x80 ? 0x80 : 0))
                value >>= 7
            } while value > 0
        }

        mutating func string(_ text: String) {
            count(text.utf8.count)
            bytes += text.utf8
        }

        mutating func strings(_ texts: [String]) {
            count(texts.count)
            for text in texts { string(text) }
        }

        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        mutating func optional(_ value: Int?) {
            flag(value != nil)
            if let value { count(value) }
        }

        mutating func optionalString(_ value: String?) {
            flag(value != nil)
            if let value { string(value) }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset: Int

        mutating func count() -> Int? {
            var value = 0
            var shift = 0
            while offset < bytes.count, shift < 63 {
                let byte = bytes[offset]
                offset += 1
                value |= Int(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let length = count(), length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }

        mutating func strings() -> [String]? {
            guard let count = count(), count <= bytes.count - offset else { return nil }
            var texts: [String] = []
            for _ in 0..<count {
                guard let text = string() else { return nil }
                texts.append(text)
            }
            return texts
        }

        mutating func flag() -> Bool? {
            guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
            defer { offset += 1 }
            return bytes[offset] == 1
        }

        /// `.some(nil)` for an absent value, nil for malformed bytes.
        mutating func optional() -> Int?? {
            guard let present = flag() else { return nil }
            return present ? count().map { .some($0) } : .some(nil)
        }

        mutating func optionalString() -> String?? {
            guard let present = flag() else { return nil }
            return present ? string().map { .some($0) } : .some(nil)
        }

        /// One string form, as `LanguageCodec.encode(_:into:)` wrote it.
        mutating func stringForm() -> Language.StringForm? {
            guard let open = string(), let close = string(), let escape = optionalString(),
                let multiline = flag(), let docstring = flag(), let hashes = flag(), let wordStart = flag(),
                let maxLength = optional(), let prefixes = strings(), let tag = string(), let run = flag(),
                let lineStart = flag(), let paragraph = flag(), let expressionStart = flag(),
                let nested = flag(), let interpolation = string(), let afterWord = flag(), let quotes = flag(),
                let escapes = strings(), let interpolationComment = string(), let heredoc = flag(),
                let commentLines = flag(), let closingPrefix = flag(), let doubled = flag(), let prefixRun = flag(),
                let afterKeywords = strings(), let classes = flag()
            else { return nil }
            return .init(
                open: open, close: close, escape: escape, multiline: multiline, docstring: docstring,
                maxLength: maxLength, prefixes: prefixes, hashes: hashes, wordStart: wordStart, tag: tag,
                run: run, lineStart: lineStart, paragraph: paragraph, expressionStart: expressionStart,
                afterKeywords: afterKeywords, classes: classes, nested: nested, quotes: quotes,
                interpolation: interpolation, afterWord: afterWord, escapes: escapes,
                interpolationComment: interpolationComment, heredoc: heredoc,
                commentLines: commentLines, closingPrefix: closingPrefix, doubled: doubled, prefixRun: prefixRun)
        }

        mutating func language() -> Language? {
            guard let name = string() else { return nil }
            var lists: [[String]] = []
            for _ in 0..<7 {
                guard let list = strings() else { return nil }
                lists.append(list)
            }
            guard let ignoreCase = flag(), let atWordStart = flag(), let codeEscape = optionalString(),
                let blockCount = count(), blockCount <= bytes.count - offset else { return nil }
            var blocks: [Language.BlockComment] = []
            for _ in 0..<blockCount {
                guard let open = string(), let close = string(), let nested = optional(), let lineStart = flag(),
                    let strings = flag()
                else { return nil }
                blocks.append(
                    .init(
                        open: open, close: close, nested: nested.map { $0 != 0 }, lineStart: lineStart,
                        strings: strings))
            }
            guard let nestedComments = flag(), let formCount = count(), formCount <= bytes.count - offset else {
                return nil
            }
            var forms: [Language.StringForm] = []
            for _ in 0..<formCount {
                guard let form = stringForm() else { return nil }
                forms.append(form)
            }
            guard let directives = flag(), let branches = strings(), let functionStyle = optionalString(),
                let importStyle = optionalString(), let blockValues = strings(), let blockLanguages = strings(),
                blockValues.count == blockLanguages.count, let markup = flag()
            else { return nil }
            return Language(
                name: name, extensions: lists[0], filenames: lists[1], shebangs: lists[2],
                firstLineMarkers: lists[3], lineComments: lists[4], leadingComments: lists[5],
                columnComments: lists[6], commentsIgnoreCase: ignoreCase, commentsAtWordStart: atWordStart,
                codeEscape: codeEscape, blockComments: blocks,
                nestedComments: nestedComments, strings: forms, directives: directives, branchTokens: branches,
                functionStyle: functionStyle, importStyle: importStyle,
                scriptBlocks: Dictionary(zip(blockValues, blockLanguages), uniquingKeysWith: { first, _ in first }),
                markup: markup)
        }
    }
}
