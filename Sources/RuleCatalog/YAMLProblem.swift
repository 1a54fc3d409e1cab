internal import Yams
import Foundation

/// A YAML syntax error in one line: the file, the line and column of the problem, what is wrong and what was
/// expected.
///
/// Yams describes an error on several lines: where the parser was ("while parsing a block mapping in line 2,
/// column 3"), then the problem ("did not find expected key"), then a snippet. The first line alone said
/// where the parser was, not what was wrong; the parts are read here from the error itself.
enum YAMLProblem {
    static func describe(_ error: any Error, file: String) -> RuleCatalogError {
        guard let error = error as? YamlError else { return .invalid(file: file, detail: "invalid YAML: \(error)") }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml), .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            let (at, message) = explain(problem, at: mark, context: context, yaml: yaml)
            return .located(file: file, line: at.line, column: at.column, message: "invalid YAML: \(message)")
        case .reader(let problem, let offset, _, let yaml):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            return .located(
                file: file, line: line, column: column, message: "invalid YAML: \(problem); expected printable text")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return .located(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate key \(keys): each key may appear once in a mapping")
        default:
            return .invalid(file: file, detail: "invalid YAML: \(error)")
        }
    }

    /// Where to point and what to say for libyaml's `problem` at `mark`, inside `context`.
    private static func explain(
        _ problem: String, at mark: Mark, context: YamlError.Context?, yaml: String
    ) -> (at: (line: Int, column: Int), message: String) {
        let here = (mark.line, mark.column)
        if problem.contains("tab") || character(at: mark, in: yaml) == "\t" {
            return (here, "a tab character; expected spaces (YAML indents with spaces only)")
        }
        if let key = keyWithoutColon(problem, at: mark, context: context, yaml: yaml) {
            return ((key.line, key.column), "'\(key.text)' is a key without its ':'; expected `key: value` or `key:`")
        }
        if let context, problem == "found unexpected end of stream", context.text == "while scanning a quoted scalar" {
            let quote = character(at: context.mark, in: yaml).map { "\($0)" } ?? "quote"
            return ((context.mark.line, context.mark.column),
                "a quoted string opens here and is never closed; expected a closing \(quote)")
        }
        return (here, message(for: problem, context: context))
    }

    /// libyaml's problem in plain words, with the line and column where the enclosing mapping or list starts.
    private static func message(for problem: String, context: YamlError.Context?) -> String {
        let start = context.map { "line \($0.mark.line), column \($0.mark.column)" } ?? "?"
        let opened = context?.mark.column ?? 1
        switch problem {
        case "did not find expected key":
            return "expected a key in column \(opened), in line with the mapping that starts at \(start), or a value "
                + "nested under the key above (check this line's indentation)"
        case "did not find expected '-' indicator":
            return "expected '- ' in column \(opened), a new item of the list that starts at \(start), or more "
                + "indentation to continue the item above (check this line's indentation)"
        case "did not find expected ',' or '}'": return "expected ',' or '}' in the mapping opened at \(start) (is a '}' missing?)"
        case "did not find expected ',' or ']'": return "expected ',' or ']' in the list opened at \(start) (is a ']' missing?)"
        case "could not find expected ':'": return "expected ':' after the key that starts at \(start)"
        case "mapping values are not allowed in this context":
            return "': ' inside a value; expected one key per line, or the value in quotes"
        case "found undefined alias": return "an alias (*name) with no anchor (&name) defined before it"
        default: return problem + (context.map { " (\($0.text) that starts at \(start))" } ?? "")
        }
    }

    /// A line holding a bare word where a key was meant (`rules` for `rules:`): libyaml reads it and the lines
    /// below as one text and stops at the next `:` ("could not find expected ':'", pointing where the text
    /// starts, or "mapping values are not allowed in this context" at the `: ` of a line below), or, when a
    /// comment ends the word, stops at the line below ("did not find expected key"). Where the colon belongs:
    /// after the word, on its line. A line of several words is prose continuing a value, not a key.
    private static func keyWithoutColon(
        _ problem: String, at mark: Mark, context: YamlError.Context?, yaml: String
    ) -> (line: Int, column: Int, text: String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        func content(_ line: Int) -> Substring {
            var text = lines[line - 1]
            if text.drop(while: { $0 == " " }).hasPrefix("#") { return "" }
            if let comment = text.range(of: " #") { text = text[..<comment.lowerBound] }
            while let last = text.last, last == " " || last == "\r" { text = text.dropLast() }
            return text
        }
        var line: Int
        switch problem {
        case "could not find expected ':'": line = context?.mark.line ?? 0
        case "mapping values are not allowed in this context", "did not find expected key":
            // The nearest line above with text: a bare word there continued onto this line.
            line = min(mark.line, lines.count + 1) - 1
            while line >= 1, content(line).isEmpty { line -= 1 }
        default: return nil
        }
        guard line >= 1, line <= lines.count else { return nil }
        let text = content(line)
        var word = text.drop { $0 == " " }
        if word.hasPrefix("- ") { word = word.dropFirst(2).drop { $0 == " " } }
        guard let first = word.first, !"#\"'[]{}|>&*!%@`-?".contains(first), !word.contains(":"), !word.contains(" ")
        else { return nil }
        return (line, text.unicodeScalars.count + 1, String(word))
    }

    /// The character at a 1-based line and column (libyaml counts columns in Unicode scalars).
    private static func character(at mark: Mark, in yaml: String) -> Character? {
        guard mark.line >= 1, mark.column >= 1 else { return nil }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line <= lines.count else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column <= scalars.count ? Character(scalars[mark.column - 1]) : nil
    }

    /// The 1-based line and column of the character at `offset`.
    private static func position(ofCharacter offset: Int, in yaml: String) -> (line: Int, column: Int) {
        var (line, column) = (1, 1)
        for character in yaml.prefix(offset) {
            if character == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return (line, column)
    }
}
