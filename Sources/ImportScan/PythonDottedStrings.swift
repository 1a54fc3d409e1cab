import SourceScan

/// Python code naming modules in strings, which a framework imports at run time: scrapy's
/// `"scrapy.downloadermiddlewares.cookies.CookiesMiddleware": 700`, Django's `ROOT_URLCONF = "mysite.urls"` and
/// `include("polls.urls")`, Celery's `"proj.tasks.add"`, a `load_object("pkg.mod.Class")`.
///
/// A string literal whose whole content is a dotted name, two or more identifiers joined by `.` (no space, slash,
/// dash or other byte), is a `.path` import of that name: `"a.b"`, `r"a.b.C"` and `u'a.b'` are; `"1.2"`, `"utf-8"`,
/// `"a/b.py"`, an f-string, a bytes literal and a triple-quoted string (a docstring) are not. So is an object
/// reference, the entry-point syntax of uvicorn, gunicorn, setuptools and Celery, as written: a dotted module path,
/// one colon and a dotted attribute (`"app.main:app"`, `"main:app"`, `"pkg.mod:Class.method"`); `"a:b:c"`, `"a:"`,
/// `"a.b:c d"` and `"http://x"` are not. A Django app list's one-word app names are too (`PythonAppLists`). Each
/// distinct name is noted once per file, at its first line, even one the file also imports (scrapy's cmdline.py
/// imports `scrapy.commands` and walks the string `"scrapy.commands"`: a move must rewrite both). A name counts only
/// where it resolves, by the rules of an absolute import, to a module or a package of the repository, or to a name
/// its file binds at top level (ModuleGraph's `ImportResolver.pythonReference`): a log message, a version,
/// `"setup.py"`, `"user:password"` or another package's `"django.contrib.auth.backends.ModelBackend"` is none.
struct PythonDottedStrings {
    /// Each distinct name, in source order, with the line of its first mention.
    private var found: [(path: String, line: Int)] = []
    private var seen: Set<String> = []

    /// Notes the string at `position` when its content is a dotted name.
    mutating func note(_ reader: ImportReader, at position: Int) {
        guard let name = Self.dottedName(reader.tokens[position], in: reader.bytes) else { return }
        if seen.insert(name).inserted { found.append((name, reader.line(at: position))) }
    }

    /// Adds a `.path` import for each noted name.
    func finish(into reader: inout ImportReader) {
        for (path, line) in found { reader.addInOrder(path, .path, line: line) }
    }

    /// The dotted name or object reference a string token holds in full, or nil: its content between one pair of
    /// quotes (after an `r` or `u` prefix) is identifiers joined by single dots, at least two, or an object reference
    /// (`isObjectReference`), at most `maximumLength` bytes.
    static func dottedName(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let content = content(of: token, in: bytes), content.count >= 3,
            isDottedName(content) || isObjectReference(content)
        else { return nil }
        return String(decoding: content, as: UTF8.self)
    }

    /// The text between a string token's quotes (after an `r` or `u` prefix), or nil: an f-string, a bytes literal, a
    /// triple-quoted or empty string, one longer than `maximumLength`.
    static func content(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var start = Int(token.start)
        let end = token.end
        while start < end, isRawOrUnicodePrefix(bytes[start]) { start += 1 }
        guard end - start >= 3, end - start - 2 <= maximumLength else { return nil }
        let quote = bytes[start]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), bytes[end - 1] == quote,
            bytes[start + 1] != quote  // `""` or a triple quote: no name
        else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
    }

    /// Longer strings are prose or data, never a module's path.
    static let maximumLength = 200

    /// Whether `content` is identifiers (ASCII letters, digits, `_`, not starting with a digit) joined by single
    /// dots, two or more.
    static func isDottedName(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        (dots(in: content) ?? 0) >= 1
    }

    /// Whether `content` is an object reference as Python's entry points spell one (`importlib.metadata`'s
    /// `module:attr`, with no spaces): a dotted module path, one colon, and a dotted attribute path.
    static func isObjectReference(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = content.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return dots(in: UnsafeBufferPointer(rebasing: content[..<colon])) != nil
            && dots(in: UnsafeBufferPointer(rebasing: content[(colon + 1)...])) != nil
    }

    /// How many dots join the identifiers `content` is made of; nil when it is anything else (empty, an empty
    /// segment, another byte).
    static func dots(in content: UnsafeBufferPointer<UInt8>) -> Int? {
        var (dots, segmentLength) = (0, 0)
        for byte in content {
            if byte == UInt8(ascii: ".") {
                guard segmentLength > 0 else { return nil }
                (dots, segmentLength) = (dots + 1, 0)
            } else if isIdentifierByte(byte, first: segmentLength == 0) {
                segmentLength += 1
            } else {
                return nil
            }
        }
        return segmentLength > 0 ? dots : nil
    }

    private static func isIdentifierByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): !first
        default: false
        }
    }

    /// `r` and `u` leave a string's text as written; `f`, `t` and `b` make it a template or bytes.
    private static func isRawOrUnicodePrefix(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "r") || byte == UInt8(ascii: "R") || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "U")
    }
}
