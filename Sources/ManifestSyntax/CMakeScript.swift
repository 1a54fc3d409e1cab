import SourceScan

/// `CMakeLists.txt` as a list of commands with their arguments (lower-cased command names), and the value of a
/// generator expression: syntax only, CMakeManifest gives it meaning.
package struct CMakeScript: Sendable {
    package struct Command: Sendable {
        package var name: String
        package var arguments: [String]
        package var line: Int
        /// Whether each argument is quoted (`"${X}"`, one string token): CMake splits an unquoted argument's value on
        /// `;` into list items and drops it when empty; a quoted one stays one argument, and `if()` never reads it as
        /// a variable name or keyword. Missing entries are unquoted.
        package var quoted: [Bool] = []

        package init(name: String, arguments: [String], line: Int, quoted: [Bool] = []) {
            (self.name, self.arguments, self.line, self.quoted) = (name, arguments, line, quoted)
        }

        /// Whether the argument at `index` is quoted.
        package func isQuoted(_ index: Int) -> Bool {
            index < quoted.count && quoted[index]
        }
    }

    /// The script `bytes` hold: escaped `#`s hidden (`escapedHashesHidden`), lexed as `ManifestTokens.cmake`.
    package static func parse(_ bytes: [UInt8]) -> CMakeScript {
        CMakeScript(ManifestTokens(escapedHashesHidden(bytes), lexer: lexer).items)
    }

    /// The lexer for `ManifestTokens.cmake`, made once: a manifest's reading parses the files adding it again.
    private static let lexer = Lexer(language: ManifestTokens.cmake)

    package private(set) var commands: [Command] = []
    package private(set) var problems: [(line: Int, message: String)] = []

    package init(_ tokens: [ManifestTokens.Item]) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word, index + 1 < tokens.count, tokens[index + 1].text == "(" else {
                // At the top level every token starts a command: `name(`.
                problems.append((token.line, "expected a command, found '\(token.text.prefix(40))'"))
                index += 1
                continue
            }
            let call = Self.arguments(tokens, from: index + 2)
            if !call.isClosed {
                problems.append((token.line, "call to \(token.text.prefix(40)) is never closed"))
            }
            commands.append(
                Command(name: token.text.lowercased(), arguments: call.arguments, line: token.line, quoted: call.quoted))
            index = call.end + 1
        }
    }

    /// The arguments of a call whose first token is at `start`, whether each is quoted, the index of the closing `)`
    /// (or past the tokens), and whether it is there.
    private static func arguments(
        _ tokens: [ManifestTokens.Item], from start: Int
    ) -> (arguments: [String], quoted: [Bool], end: Int, isClosed: Bool) {
        var call = Arguments()
        var depth = 1
        var cursor = start
        while cursor < tokens.count {
            let item = tokens[cursor]
            let isParenthesis = item.kind != .string && (item.text == "(" || item.text == ")")
            if isParenthesis {
                depth += item.text == "(" ? 1 : -1
                if depth == 0 { break }
            }
            call.add(item, isParenthesis: isParenthesis)
            cursor += 1
        }
        call.finish()
        return (call.arguments, call.quoted, cursor, depth == 0)
    }

    /// A call's arguments as its tokens come: tokens written without space between them are one argument
    /// (`${NAME}_core`, `my-lib`); a parenthesis is one of its own (`if(NOT("${X}" STREQUAL ""))`), as CMake reads it;
    /// an argument is quoted when it is one string token.
    private struct Arguments {
        var arguments: [String] = []
        var quoted: [Bool] = []
        private var current = ""
        private var tokens = 0
        private var isString = false
        private var afterParenthesis = false

        mutating func add(_ item: ManifestTokens.Item, isParenthesis: Bool) {
            if item.isSpaced || isParenthesis || afterParenthesis { finish() }
            current += item.unquoted
            tokens += 1
            (isString, afterParenthesis) = (item.kind == .string, isParenthesis)
        }

        /// Ends the argument being read, if any.
        mutating func finish() {
            guard tokens > 0 else { return }
            arguments.append(current)
            quoted.append(tokens == 1 && isString)
            (current, tokens) = ("", 0)
        }
    }

    /// `bytes` with each `#` escaped by a backslash outside quotes and comments (`\#1394`, an unquoted argument's
    /// literal `#`) turned into `_`, so the lexer does not read the rest of the line as a comment (Catch2's
    /// `add_test(NAME FilteredSection-1 COMMAND … \#1394 -c RunSection)` was never closed). Offsets stay as they are.
    package static func escapedHashesHidden(_ bytes: [UInt8]) -> [UInt8] {
        let (backslash, hash, quote, newline) = (UInt8(ascii: "\\"), UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "\n"))
        var result = bytes
        var (index, inString, inComment) = (0, false, false)
        while index < result.count {
            let byte = result[index]
            if inComment {
                inComment = byte != newline
            } else if byte == backslash && index + 1 < result.count {
                if result[index + 1] == hash && !inString { result[index + 1] = UInt8(ascii: "_") }
                index += 1
            } else if byte == quote {
                inString.toggle()
            } else if byte == hash && !inString {
                // A bracket comment `#[[…]]` is taken to end with its line: a `\#` on its later lines turning into
                // `_` changes nothing, and a stray quote there only stops the replacing.
                inComment = true
            }
            index += 1
        }
        return result
    }

    /// The value of a generator expression, whatever its condition: `$<$<VERSION_GREATER:…,3.2>:PUBLIC>` is
    /// `PUBLIC`, `$<$<PLATFORM_ID:Windows>:win.c>` is `win.c` (the target lists it on some platforms); any other
    /// argument as it is.
    package static func generatorValue(_ argument: String) -> String {
        var text = Substring(argument)
        while text.hasPrefix("$<") && text.hasSuffix(">") {
            var depth = 0
            var colon: Substring.Index?
            var index = text.startIndex
            while index < text.endIndex && colon == nil {
                if text[index...].hasPrefix("$<") {
                    depth += 1
                    index = text.index(index, offsetBy: 2)
                    continue
                }
                if text[index] == ">" { depth -= 1 } else if text[index] == ":" && depth == 1 { colon = index }
                index = text.index(after: index)
            }
            guard let colon else { break }
            text = text[text.index(after: colon)..<text.index(before: text.endIndex)]
        }
        return String(text)
    }
}
