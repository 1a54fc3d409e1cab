/// A regular expression written in a `CMakeLists.txt` (`list(FILTER … REGEX)`, `list(TRANSFORM … REPLACE)`), as
/// CMake reads it: the argument's escapes resolved (`"\\.c$"` is `\.c$`), braces literal (CMake has no `{n}`), and
/// `\1` in a replacement naming a group. Run with Swift's `Regex`, which reads the rest of CMake's syntax (`^ $ . [ ]
/// * + ? | ( )`) alike; a few commands per manifest, never a hot loop.
public struct CMakeRegex {
    private let regex: Regex<AnyRegexOutput>

    /// Nil when the pattern does not compile.
    public init?(_ argument: String) {
        guard !argument.isEmpty, let regex = try? Regex(Self.pattern(Self.unescaped(argument))) else { return nil }
        self.regex = regex
    }

    public func matches(_ text: String) -> Bool {
        (try? regex.firstMatch(in: text)) != nil
    }

    /// `text` with every match replaced by `replacement`, whose `\0`…`\9` stand for the match and its groups.
    func replacingMatches(in text: String, with replacement: String) -> String {
        let template = Array(Self.unescaped(replacement))
        return text.replacing(regex) { match in
            var result = ""
            var index = 0
            while index < template.count {
                let character = template[index]
                if character == "\\", index + 1 < template.count, let group = template[index + 1].wholeNumberValue {
                    if group < match.output.count, let captured = match.output[group].substring { result += captured }
                    index += 2
                    continue
                }
                result.append(character)
                index += 1
            }
            return result
        }
    }

    /// The argument with CMake's escapes resolved: `\\` is `\`, `\n`, `\t` and `\r` are control characters, and a
    /// backslash before any other character that is not a letter or digit is that character.
    static func unescaped(_ argument: String) -> String {
        guard argument.contains("\\") else { return argument }
        var result = ""
        var escaping = false
        for character in argument {
            if escaping {
                result += escape(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return escaping ? result + "\\" : result
    }

    private static let controls: [Character: String] = ["n": "\n", "t": "\t", "r": "\r"]

    /// What a backslash and `character` stand for.
    private static func escape(_ character: Character) -> String {
        if let control = controls[character] { return control }
        return character.isLetter || character.isNumber ? "\\" + String(character) : String(character)
    }

    /// A CMake pattern in Swift's syntax: braces, which CMake reads as themselves, escaped.
    private static func pattern(_ cmake: String) -> String {
        var result = ""
        var escaping = false
        for character in cmake {
            if !escaping && (character == "{" || character == "}") { result.append("\\") }
            result.append(character)
            escaping = !escaping && character == "\\"
        }
        return result
    }
}
