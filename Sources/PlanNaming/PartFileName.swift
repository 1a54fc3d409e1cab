/// The file a part of `stem` moves to, in the naming its language uses: Swift's and Objective-C's category
/// files `Stem+Part.swift`, C#'s partial classes `Stem.Part.cs`, one CamelCase word elsewhere for a capitalized
/// stem (`HeapDumpExplorerPanes.kt`; a `+` is no Kotlin, Java or TypeScript file name), snake case after a
/// lower-case one (`_client` + `_is_https_redirect` is `_client_is_https_redirect`, not a double underscore).
package func partFileName(stem: String, part: String, extension ext: String) -> String {
    // A package's `__init__.py` or `__main__.py` gives its parts modules of their own names.
    if isDunder(stem) { return snakeCased(String(part.drop { $0 == "_" })) + ext }
    guard stem.first?.isUppercase == true else {
        // The words the part repeats from the stem go: `test_config` + `test_unset_setting` is `test_config_unset_setting`.
        let stemWords = stem.split(separator: "_")
        var words = snakeCased(String(part.drop { $0 == "_" })).split(separator: "_")
        let repeated = zip(stemWords, words).prefix { $0 == $1 }.count
        if repeated < words.count { words.removeFirst(repeated) }
        return stem + "_" + words.joined(separator: "_") + ext
    }
    switch ext {
    case ".swift", ".m", ".mm", ".h": return stem + "+" + part + ext
    case ".cs": return stem + "." + part + ext
    default: return stem + part.prefix(1).uppercased() + part.dropFirst() + ext
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

/// `__init__`, `__main__`: a Python package's own files.
package func isDunder(_ stem: String) -> Bool { stem.count > 4 && stem.hasPrefix("__") && stem.hasSuffix("__") }
