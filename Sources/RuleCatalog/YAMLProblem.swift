internal import Yams

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
