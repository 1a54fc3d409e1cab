import SourceScan

/// `CMakeLists.txt` as a list of commands with their arguments (lower-cased command names), and the value of a
/// generator expression: syntax only, CMakeManifest gives it meaning.
package struct CMakeScript: Sendable {
    package struct Command: Sendable {
        package var name: String
        package var arguments: [String]
        package var line: Int
    }

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
            var arguments: [String] = []
            var current = ""
            var depth = 1
            var cursor = index + 2
            var isFirstOfArgument = true
            while cursor < tokens.count {
                let item = tokens[cursor]
                if item.text == "(" { depth += 1 }
                if item.text == ")" {
                    depth -= 1
                    if depth == 0 { break }
                }
                // Tokens written without space between them are one argument (`${NAME}_core`, `my-lib`).
                if item.isSpaced && !isFirstOfArgument {
                    arguments.append(current)
                    current = ""
                }
                current += item.unquoted
                isFirstOfArgument = false
                cursor += 1
            }
            if !isFirstOfArgument { arguments.append(current) }
            if depth > 0 {
                problems.append((token.line, "call to \(token.text.prefix(40)) is never closed"))
            }
            commands.append(Command(name: token.text.lowercased(), arguments: arguments, line: token.line))
            index = cursor + 1
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
