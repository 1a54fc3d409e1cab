/// An `if()` or `elseif()` condition evaluated as CMake evaluates it (policies CMP0012 and CMP0054 new), over words
/// whose references are already replaced where their values are known: nil when its value cannot be told.
///
/// Parentheses group; `NOT` binds tighter than `AND`, which binds tighter than `OR`; the unary tests (`DEFINED`,
/// `COMMAND`, `EXISTS`, `IS_DIRECTORY`, `IS_ABSOLUTE`) and the binary ones (`STREQUAL`, `STRLESS`…, `EQUAL`, `LESS`…,
/// `VERSION_EQUAL`, `VERSION_LESS`…, `MATCHES`, `IN_LIST`, `PATH_EQUAL`) bind tighter still. An unquoted word that is
/// not a constant names a variable: its value when the variable is known (`variable`), the word itself when it is
/// known to be unset, unknown otherwise (a cache entry or option the user sets, `WIN32`); a number stands for itself.
/// A quoted word is a string, true only when it is a true constant. A word with a reference left unreplaced, a test
/// CMake answers from the build (`TARGET`, `POLICY`, a file that is not tracked) and a word the grammar does not
/// expect make the answer unknown. A known false `AND` or true `OR` decides whatever the other side is. Values that
/// are folders written relative to the manifest (`.`, `./src`, `<build>`: CMake's absolute paths) are compared only
/// with each other.
struct CMakeExpression {
    /// One argument of the condition once expanded.
    struct Word: Equatable {
        let text: String
        let quoted: Bool
        /// False when a reference in it could not be replaced.
        var isKnown = true
    }

    /// What is known of a variable.
    enum Variable: Equatable {
        case value(String)
        case unset
    }

    /// The variable's value or that it is unset; nil when unknown.
    let variable: (String) -> Variable?
    /// Whether a command of that name is defined; nil when unknown.
    let command: (String) -> Bool?
    /// Whether a path (relative to the manifest's folder) exists; nil when unknown.
    let exists: (String) -> Bool?
    /// Whether a path (relative to the manifest's folder) is a folder; nil when unknown.
    let isFolder: (String) -> Bool?

    private struct Unreadable: Error {}

    func evaluate(_ words: [Word]) -> Bool? {
        var rest = words[...]
        guard let value = try? disjunction(&rest), rest.isEmpty else { return nil }
        return value
    }

    private func disjunction(_ words: inout ArraySlice<Word>) throws(Unreadable) -> Bool? {
        var value = try conjunction(&words)
        while Self.isKeyword(words.first, "OR") {
            words.removeFirst()
            value = Self.or(value, try conjunction(&words))
        }
        return value
    }

    private func conjunction(_ words: inout ArraySlice<Word>) throws(Unreadable) -> Bool? {
        var value = try negation(&words)
        while Self.isKeyword(words.first, "AND") {
            words.removeFirst()
            value = Self.and(value, try negation(&words))
        }
        return value
    }

    private func negation(_ words: inout ArraySlice<Word>) throws(Unreadable) -> Bool? {
        guard Self.isKeyword(words.first, "NOT") else { return try primary(&words) }
        words.removeFirst()
        return try negation(&words).map { !$0 }
    }

    /// A parenthesised condition, a unary test, a binary test or a lone word.
    private func primary(_ words: inout ArraySlice<Word>) throws(Unreadable) -> Bool? {
        guard let first = words.popFirst(), !Self.isOperator(first) else { throw Unreadable() }
        if Self.isKeyword(first, "(") {
            let value = try disjunction(&words)
            guard Self.isKeyword(words.popFirst(), ")") else { throw Unreadable() }
            return value
        }
        if !first.quoted && Self.unary.contains(first.text) {
            guard let operand = words.popFirst(), !Self.isOperator(operand) else { throw Unreadable() }
            return unaryTest(first.text, operand)
        }
        if let next = words.first, !next.quoted, Self.binary.contains(next.text) {
            words.removeFirst()
            guard let right = words.popFirst(), !Self.isOperator(right) else { throw Unreadable() }
            return binaryTest(next.text, first, right)
        }
        return truth(of: first)
    }

    /// `if(word)`: a constant, or an unquoted variable's value read as one.
    private func truth(of word: Word) -> Bool? {
        guard word.isKnown else { return nil }
        if let constant = Self.constant(word.text) { return constant }
        if word.quoted { return false }
        switch variable(word.text) {
        case .value(let value): return !CMakeConditions.isFalseConstant(value)
        case .unset: return false
        case nil: return nil
        }
    }

    private func unaryTest(_ test: String, _ word: Word) -> Bool? {
        guard word.isKnown else { return nil }
        switch test {
        case "DEFINED":
            guard !word.text.hasPrefix("ENV{"), !word.text.hasPrefix("CACHE{") else { return nil }
            return variable(word.text).map { $0 != .unset }
        case "COMMAND": return command(word.text.lowercased())
        default: return pathTest(test, word)
        }
    }

    /// `EXISTS`, `IS_DIRECTORY` and `IS_ABSOLUTE` of a path (the word itself, never a variable's name) CMake would
    /// have made absolute (`./x`, `../x`).
    private func pathTest(_ test: String, _ word: Word) -> Bool? {
        let path = word.text
        let isPlaceholder = Self.isFolderPlaceholder(path)
        switch test {
        case "IS_ABSOLUTE": return isPlaceholder || path.hasPrefix("/") || path.dropFirst().hasPrefix(":/")
        case "EXISTS": return isPlaceholder ? exists(path) : nil
        case "IS_DIRECTORY": return isPlaceholder ? isFolder(path) : nil
        default: return nil
        }
    }

    /// A binary test's operands' values compared.
    private func binaryTest(_ test: String, _ left: Word, _ right: Word) -> Bool? {
        if test == "IN_LIST" { return inList(left, right) }
        guard let lhs = operand(left), let rhs = operand(right) else { return nil }
        let placeholders = (Self.isFolderPlaceholder(lhs), Self.isFolderPlaceholder(rhs))
        if placeholders.0 || placeholders.1 {
            guard test == "STREQUAL" || test == "PATH_EQUAL" else { return nil }
            if placeholders.0 != placeholders.1 { return lhs.isEmpty || rhs.isEmpty ? false : nil }
            return CMakeComparison.samePath(lhs, rhs)
        }
        return CMakeComparison.compare(test, lhs, rhs)
    }

    /// `item IN_LIST name`: whether the list variable `name` holds the item.
    private func inList(_ left: Word, _ right: Word) -> Bool? {
        guard let item = operand(left), right.isKnown, !right.quoted else { return nil }
        switch variable(right.text) {
        case .value(let list): return CMakeVariables.elements(of: list, keepingEmpty: true).contains(item)
        case .unset: return false
        case nil: return nil
        }
    }

    /// A binary test's operand: a quoted word's text, a number, or an unquoted word's variable's value (the word
    /// itself when the variable is known to be unset); nil when unknown.
    private func operand(_ word: Word) -> String? {
        guard word.isKnown else { return nil }
        if word.quoted || Self.isNumeric(word.text) { return word.text }
        switch variable(word.text) {
        case .value(let value): return value
        case .unset: return word.text
        case nil: return nil
        }
    }

    // MARK: Words

    static let unary: Set = [
        "EXISTS", "COMMAND", "DEFINED", "TARGET", "POLICY", "TEST", "IS_DIRECTORY", "IS_SYMLINK", "IS_ABSOLUTE",
        "IS_READABLE", "IS_WRITABLE", "IS_EXECUTABLE",
    ]
    static let binary: Set = [
        "STREQUAL", "STRLESS", "STRGREATER", "STRLESS_EQUAL", "STRGREATER_EQUAL", "EQUAL", "LESS", "GREATER",
        "LESS_EQUAL", "GREATER_EQUAL", "VERSION_EQUAL", "VERSION_LESS", "VERSION_GREATER", "VERSION_LESS_EQUAL",
        "VERSION_GREATER_EQUAL", "MATCHES", "IN_LIST", "PATH_EQUAL", "IS_NEWER_THAN",
    ]

    private static func isKeyword(_ word: Word?, _ keyword: String) -> Bool {
        guard let word else { return false }
        return !word.quoted && word.text == keyword
    }

    /// Whether the word is one only the grammar reads (`AND`, `)`, `STREQUAL`), never an operand.
    private static func isOperator(_ word: Word) -> Bool {
        !word.quoted && (["AND", "OR", ")"].contains(word.text) || binary.contains(word.text))
    }

    /// The value of a constant: `ON`, `TRUE`, `1`, a number other than zero; `OFF`, `FALSE`, `0`, `""`,
    /// `X-NOTFOUND`…; nil for any other word.
    static func constant(_ text: String) -> Bool? {
        if ["1", "ON", "YES", "TRUE", "Y"].contains(text.uppercased()) { return true }
        if CMakeConditions.isFalseConstant(text) { return false }
        return isNumeric(text) ? Double(text).map { $0 != 0 } : nil
    }

    /// Whether `text` is a number or a version (`3`, `-1`, `3.12.1`): a word no variable is named after.
    static func isNumeric(_ text: String) -> Bool {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        return text.utf8.contains(where: digits.contains)
            && text.utf8.allSatisfy { digits.contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// Whether `text` is a folder the variables write relative to the manifest's (`.`, `./src`, `../x`) or the build
    /// folder: CMake's value is an absolute path accrue does not know.
    static func isFolderPlaceholder(_ text: String) -> Bool {
        text == "." || text == ".." || text.hasPrefix("./") || text.hasPrefix("../")
            || text.hasPrefix(CMakeSources.buildFolder)
    }

    private static func and(_ left: Bool?, _ right: Bool?) -> Bool? {
        if left == false || right == false { return false }
        return left == true && right == true ? true : nil
    }

    private static func or(_ left: Bool?, _ right: Bool?) -> Bool? {
        if left == true || right == true { return true }
        return left == false && right == false ? false : nil
    }
}
