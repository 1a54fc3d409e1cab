import Foundation

/// The file a part of `stem` moves to, in the naming its language uses: Swift's and Objective-C's category
/// files `Stem+Part.swift`, C#'s partial classes `Stem.Part.cs`, one CamelCase word elsewhere for a capitalized
/// stem (`HeapDumpExplorerPanes.kt`; a `+` is no Kotlin, Java or TypeScript file name) and for a lower camel case
/// one (`resolveResponse` + `errorToAsyncIterable` is `resolveResponseErrorToAsyncIterable.ts`), kebab case after
/// a kebab-case stem (`create-server-handler.ts`), snake case after a snake-case one (`_client` +
/// `_is_https_redirect` is `_client_is_https_redirect`, not a double underscore).
package func partFileName(stem: String, part named: String, extension ext: String) -> String {
    let named = testTitle(named) ?? named
    if let own = ownPartFileName(stem: stem, part: named, extension: ext) { return own }
    // A constant's capitals are no word of a camel-case name: `DEFAULT_CONFIG` beside config.ts is `configDefaultConfig`.
    let part = fileNameCase(stem: stem, extension: ext) == .lowerCamel ? camelCasedConstant(named) : named
    switch fileNameCase(stem: stem, extension: ext) {
    case .snake, .kebab:
        // The words the part repeats from the stem go: `test_config` + `test_unset_setting` is `test_config_unset_setting`.
        let separator: Character = fileNameCase(stem: stem, extension: ext) == .kebab ? "-" : "_"
        let stemWords = stem.split(separator: separator)
        var words = snakeCased(String(part.drop { $0 == "_" })).split(separator: "_")
        let repeated = zip(stemWords, words).prefix { $0 == $1 }.count
        if repeated < words.count { words.removeFirst(repeated) }
        return stem + String(separator) + words.joined(separator: String(separator)) + ext
    case .upperCamel, .lowerCamel:
        switch ext {
        case ".swift", ".m", ".mm", ".h": return stem + "+" + part + ext
        case ".cs": return stem + "." + part + ext
        default:
            // One word: a part's leading `_` goes (zod's `_ZodMiniJSONSchema` beside schemas.ts is
            // schemasZodMiniJSONSchema.ts, not schemas_ZodMiniJSONSchema.ts).
            let word = part.drop { $0 == "_" }.isEmpty ? Substring(part) : part.drop { $0 == "_" }
            return stem + word.prefix(1).uppercased() + word.dropFirst() + ext
        }
    }
}

/// A C or C++ test macro's name (`TEST_CASE("basic usage")`, `TEST(ParserTest, HandlesEmptyInput)`) as a file
/// name's part: its test's title, at most four words (`basic_usage`), or its last argument (`HandlesEmptyInput`);
/// nil for any other name (a file split off unit-udt.cpp had been unit-udt-test-case.cpp).
func testTitle(_ name: String) -> String? {
    guard name.hasSuffix(")"), let open = name.firstIndex(of: "("), name[..<open].allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber })
    else { return nil }
    let arguments = name[name.index(after: open)..<name.index(before: name.endIndex)]
    if let first = arguments.firstIndex(of: "\""), let last = arguments.lastIndex(of: "\""), first < last {
        let words = arguments[arguments.index(after: first)..<last].split { !$0.isLetter && !$0.isNumber }.prefix(4)
        return words.isEmpty ? nil : words.joined(separator: "_").lowercased()
    }
    let last = arguments.split(separator: ",").last.map { String($0.filter { !$0.isWhitespace }) }
    return last.flatMap { $0.isEmpty ? nil : $0 }
}

/// A part's file of its own name, where the file it leaves names a folder, not what it holds: a Python package's
/// `__init__.py` or `__main__.py` (`read_pyproject_toml.py`), a JavaScript folder's entry `index.ts`
/// (`restartServer` out of server/index.ts is restartServer.ts, create-vite's `FRAMEWORKS` is frameworks.ts).
private func ownPartFileName(stem: String, part: String, extension ext: String) -> String? {
    let word = part.drop { $0 == "_" }
    if isDunder(stem) { return snakeCased(String(word)) + ext }
    guard isIndex(stem, extension: ext) else { return nil }
    return camelCasedConstant(word.isEmpty ? part : String(word)) + ext
}

/// How a language's files are named, read from a stem: `Client`, `resolveResponse`, `create-server`, `_client`.
package enum FileNameCase: Sendable {
    case upperCamel, lowerCamel, kebab, snake
}

/// Languages whose lower-case file names are camel case when one word (`index.ts`, `utils.js`, `main.java`).
private let camelCaseExtensions: Set<String> = [
    "ts", "tsx", "mts", "cts", "js", "jsx", "mjs", "cjs", "java", "kt", "kts", "scala", "groovy", "swift", "m", "mm",
    "cs", "vue", "svelte",
]

/// The case of `stem`: by its capitals, hyphens and underscores, or, for one lower-case word, its language's.
package func fileNameCase(stem: String, extension ext: String) -> FileNameCase {
    if stem.first?.isUppercase == true { return .upperCamel }
    if stem.contains("-") { return .kebab }
    if stem.contains("_") { return .snake }
    if stem.contains(where: \.isUppercase) { return .lowerCamel }
    let last = ext.split(separator: ".").last.map { $0.lowercased() } ?? ""
    return camelCaseExtensions.contains(last) ? .lowerCamel : .snake
}

/// A type's name as a file named in `style`: `HTTPMethods` is `httpMethods` in lower camel case, `http-methods` in
/// kebab case, `http_methods` in snake case.
package func typeFileName(_ type: String, style: FileNameCase) -> String {
    switch style {
    case .upperCamel: return type
    case .snake: return snakeCased(type)
    case .kebab: return snakeCased(type).replacingOccurrences(of: "_", with: "-")
    case .lowerCamel:
        // The leading capitals are lowered, but the last of a run that starts the next word (`HTTPMethods`).
        let characters = Array(type)
        var run = characters.prefix { $0.isUppercase }.count
        if run > 1 && run < characters.count && characters[run].isLowercase { run -= 1 }
        return String(characters.prefix(max(run, 1))).lowercased() + String(characters.dropFirst(max(run, 1)))
    }
}

/// `RoomChannel` → `room_channel`, `RHSResult` → `rhs_result`, `HTTPError` → `http_error`: a capital starts a word
/// after a lower-case letter or digit, or when it starts the lower-case rest of an acronym's word (as Rails' and
/// Elixir's `underscore` do); a name already in snake case is kept.
package func snakeCased(_ name: String) -> String {
    let characters = Array(name)
    var snake = ""
    for (index, character) in characters.enumerated() {
        if character.isUppercase, index > 0, snake.last != "_" {
            let previous = characters[index - 1]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if previous.isLowercase || previous.isNumber || previous.isUppercase && next?.isLowercase == true {
                snake.append("_")
            }
        }
        snake += character.lowercased()
    }
    return snake
}

/// `FRAMEWORKS` → `frameworks`, `DEFAULT_CONFIG` → `defaultConfig`: a constant's name (capitals, digits and
/// underscores, two letters at least) as a lower camel case word; any other name as it is.
package func camelCasedConstant(_ name: String) -> String {
    let letters = name.filter(\.isLetter)
    guard letters.count >= 2, letters.allSatisfy(\.isUppercase),
        name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    else { return name }
    let words = name.lowercased().split(separator: "_")
    guard let first = words.first else { return name }
    return String(first) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}

/// A JavaScript or TypeScript folder's entry file, `index.ts`: its name says where it is, not what it holds.
package func isIndex(_ stem: String, extension ext: String) -> Bool {
    guard stem == "index", let last = ext.split(separator: ".").last else { return false }
    return ["ts", "tsx", "mts", "cts", "js", "jsx", "mjs", "cjs"].contains(last.lowercased())
}

/// `__init__`, `__main__`: a Python package's own files.
package func isDunder(_ stem: String) -> Bool { stem.count > 4 && stem.hasPrefix("__") && stem.hasSuffix("__") }
