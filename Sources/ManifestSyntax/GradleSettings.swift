import Foundation
import SourceScan

/// What a settings script declares: `include`s, `projectDir` overrides, `rootProject.name` and `includeBuild`s.
package struct GradleSettings {
    package private(set) var includes: [(path: String, line: Int)] = []
    /// The builds it includes (a composite build: `includeBuild("build-logic")`, Groovy's `includeBuild 'x'`), as
    /// written relative to its folder; `forPlugins` where `pluginManagement { … }` includes it, for its plugins
    /// alone.
    /// A path built from a variable (`"$flutterSdkPath/…"`) names no tracked folder and is left out.
    package private(set) var includedBuilds: [(path: String, line: Int, forPlugins: Bool)] = []
    /// Gradle path → folder relative to the settings file.
    package private(set) var projectDirs: [String: String] = [:]
    /// Gradle path → the name `project(":x").name = "y"` gives it (its path becomes `:y`, its folder stays).
    private var names: [String: String] = [:]
    package private(set) var rootName: String?
    package private(set) var rootNameLine: Int?

    package init(_ tokens: [ManifestTokens.Item]) {
        var seen = Set<String>()
        let helpers = Self.includeHelpers(tokens)
        let pluginManagement = Self.block(named: "pluginManagement", in: tokens)
        for (index, token) in tokens.enumerated() where token.kind == .word {
            switch token.text {
            case let name where helpers.contains(name) && index > 0 && !["fun", "def"].contains(tokens[index - 1].text):
                // `module("reactive/kotlinx-coroutines-rx2")`: the project `:kotlinx-coroutines-rx2` in that folder.
                for (folder, line) in Self.stringArguments(tokens, after: index) {
                    let path = ":" + (folder.split(separator: "/").last.map(String.init) ?? folder)
                    guard path != ":", seen.insert(path).inserted else { continue }
                    includes.append((path, line))
                    projectDirs[path] = folder
                }
            case "include":
                for (argument, line) in Self.stringArguments(tokens, after: index) {
                    let path = argument.hasPrefix(":") ? argument : ":" + argument
                    if path != ":" && seen.insert(path).inserted { includes.append((path, line)) }
                }
            case "includeBuild":
                readIncludedBuilds(tokens, at: index, forPlugins: pluginManagement?.contains(index) ?? false)
            case "rootProject":
                readRootName(tokens, at: index)
            case "project" where index + 3 < tokens.count && tokens[index + 1].text == "(" && tokens[index + 2].kind == .string:
                readProject(tokens, at: index)
            default:
                continue
            }
        }
        includes.sort { $0.path < $1.path }
    }

    /// `includeBuild("a")`, `includeBuild 'a'` at `index` (not a member's or a function's of that name).
    private mutating func readIncludedBuilds(_ tokens: [ManifestTokens.Item], at index: Int, forPlugins: Bool) {
        guard index == 0 || ![".", "fun", "def"].contains(tokens[index - 1].text) else { return }
        for (folder, line) in Self.stringArguments(tokens, after: index) where !folder.contains("$") {
            includedBuilds.append((folder, line, forPlugins))
        }
    }

    /// `rootProject.name = "x"` at `index`.
    private mutating func readRootName(_ tokens: [ManifestTokens.Item], at index: Int) {
        guard Self.follows(tokens, index, [".", "name", "="]), index + 4 < tokens.count,
            tokens[index + 4].kind == .string
        else { return }
        rootName = tokens[index + 4].unquoted
        rootNameLine = tokens[index + 4].line
    }

    /// `project(":x").name = "y"` or `project(":x").projectDir = file("dir")` at `index`.
    private mutating func readProject(_ tokens: [ManifestTokens.Item], at index: Int) {
        let path = tokens[index + 2].unquoted
        let key = path.hasPrefix(":") ? path : ":" + path
        if Self.follows(tokens, index + 2, [")", ".", "name", "="]), index + 7 < tokens.count, tokens[index + 7].kind == .string {
            names[key] = tokens[index + 7].unquoted
            return
        }
        guard Self.follows(tokens, index + 2, [")", ".", "projectDir", "="]) else { return }
        // `file('dir')`, `new File(settingsDir, 'dir')`, `file("$rootDir/dir")`: the first string.
        let end = min(tokens.count, index + 16)
        guard let target = tokens[(index + 7)..<max(index + 7, end)].first(where: { $0.kind == .string }) else { return }
        var dir = target.unquoted
        for prefix in ["$rootDir/", "${rootDir}/", "$settingsDir/", "${settingsDir}/"] where dir.hasPrefix(prefix) {
            dir = String(dir.dropFirst(prefix.count))
        }
        projectDirs[key] = dir
    }

    /// The path a project goes by once renamed: `:mockwebserver` named `mockwebserver3` is `:mockwebserver3`.
    package func path(of included: String) -> String {
        guard let name = names[included] else { return included }
        return included[..<(included.lastIndex(of: ":") ?? included.startIndex)] + ":" + name
    }

    /// The Gradle paths named by `project(":x")` and `project(path: ":x")` in a build script, and the type-safe
    /// accessors `projects.x` as written; `tests` those only test code depends on (in a test source set's block or
    /// a test configuration: `testImplementation projects.retrofit`). A reference the build uses for something other
    /// than compiling the code is neither: the lint checks (`lintPublish`, `lintChecks`) and baseline profile
    /// producers (`baselineProfile(project(…))`, `from(project(…))` in a `baselineProfile { }` block: coil's).
    package static func projectReferences(in tokens: [ManifestTokens.Item]) -> (main: [String], tests: [String]) {
        var found: (main: [String], tests: [String]) = ([], [])
        let inTestBlock = blocks(tokens) { $0.range(of: "test", options: .caseInsensitive) != nil }
        let inToolingBlock = blocks(tokens) { toolingConfigurations.contains($0) }
        func record(_ reference: String, at index: Int) {
            let configuration = Self.configuration(tokens, index)
            if inToolingBlock[index] || configuration.map(toolingConfigurations.contains) == true { return }
            if inTestBlock[index] || configuration?.range(of: "test", options: .caseInsensitive) != nil {
                found.tests.append(reference)
            } else {
                found.main.append(reference)
            }
        }
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].text == "project" {
            guard index + 1 < tokens.count, tokens[index + 1].text == "(" else { continue }
            let window = tokens[(index + 2)..<min(tokens.count, index + 6)]
            guard let argument = window.prefix(while: { $0.text != ")" }).first(where: { $0.kind == .string }) else { continue }
            let path = argument.unquoted
            if path.hasPrefix(":") && path.count > 1 { record(path, at: index) }
        }
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].text == "projects" {
            if let accessor = accessorReference(in: tokens, at: index) { record(accessor, at: index) }
        }
        return found
    }

    /// Configurations and blocks whose project references the build uses, not the code.
    private static let toolingConfigurations: Set = ["lintPublish", "lintChecks", "baselineProfile"]

    /// `projects.a.b` at `index`, kept as written for the settings' reader to resolve.
    private static func accessorReference(in tokens: [ManifestTokens.Item], at index: Int) -> String? {
        var parts: [String] = []
        var cursor = index + 1
        while cursor + 1 < tokens.count, tokens[cursor].text == ".", tokens[cursor + 1].kind == .word {
            parts.append(tokens[cursor + 1].text)
            cursor += 2
        }
        return parts.isEmpty ? nil : (["projects"] + parts).joined(separator: ".")
    }

    /// Per token, whether it sits in a block a word among the four tokens before its `{` opens (for tests:
    /// `commonTest {`, `jvmTest.dependencies {`, `val jvmTest by getting {`), or in one inside such a block.
    private static func blocks(_ tokens: [ManifestTokens.Item], openedBy opens: (String) -> Bool) -> [Bool] {
        var result = Array(repeating: false, count: tokens.count)
        var stack: [Bool] = []
        for index in tokens.indices {
            result[index] = stack.last ?? false
            guard tokens[index].kind != .word && tokens[index].kind != .string else { continue }
            // Punctuation may come in runs (`}}`, `){`).
            for character in tokens[index].text.utf8 {
                if character == UInt8(ascii: "{") {
                    let opener = tokens[max(0, index - 4)..<index].contains { $0.kind == .word && opens($0.text) }
                    stack.append(opener || stack.last == true)
                } else if character == UInt8(ascii: "}") {
                    _ = stack.popLast()
                }
            }
        }
        return result
    }

    /// The configuration the reference at `index` is the argument of (`testImplementation(…)`,
    /// `androidTestImplementation …`, `lintPublish(…)`): the word before it or its `(`.
    private static func configuration(_ tokens: [ManifestTokens.Item], _ index: Int) -> String? {
        var configuration = index - 1
        if configuration >= 0 && tokens[configuration].text == "(" { configuration -= 1 }
        guard configuration >= 0, tokens[configuration].kind == .word else { return nil }
        return tokens[configuration].text
    }

    /// The type-safe project accessor of a Gradle path: `:okhttp-testing-support` → `okhttpTestingSupport`,
    /// `:samples:guide` → `samples.guide` (kebab and snake case become lower camel case, as Gradle makes them).
    package static func accessor(of path: String) -> String {
        path.split(separator: ":").map { segment in
            segment.split(whereSeparator: { $0 == "-" || $0 == "_" }).enumerated().map { index, word in
                index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
            }.joined()
        }.joined(separator: ".")
    }

    /// The project the longest known prefix of an accessor chain names (`okhttp.dependencyProject` → `:okhttp`).
    package static func resolve(_ parts: [Substring], _ accessors: [String: String]) -> String? {
        for count in stride(from: parts.count, through: 1, by: -1) {
            if let path = accessors[parts.prefix(count).joined(separator: ".")] { return path }
        }
        return nil
    }

    /// Functions the script defines to include a project from its folder (`fun module(path: String)` whose body
    /// calls `include` and sets a `projectDir`, as kotlinx.coroutines' settings do): a call names the folder, and
    /// the project is named by its last segment.
    private static func includeHelpers(_ tokens: [ManifestTokens.Item]) -> Set<String> {
        var helpers = Set<String>()
        for index in tokens.indices.dropLast(2)
        where ["fun", "def"].contains(tokens[index].text) && tokens[index + 1].kind == .word && tokens[index + 2].text == "(" {
            let body = words(ofBlockAfter: index + 2, in: tokens)
            if body.contains("include") && body.contains("projectDir") { helpers.insert(tokens[index + 1].text) }
        }
        return helpers
    }

    /// The token range of the first block `name { … }`, from the word to its closing brace; nil when there is none.
    /// Punctuation may come in runs (`}}`, `){`): each brace counts.
    private static func block(named name: String, in tokens: [ManifestTokens.Item]) -> Range<Int>? {
        guard let word = tokens.indices.first(where: { tokens[$0].kind == .word && tokens[$0].text == name }),
            word + 1 < tokens.count, tokens[word + 1].text.hasPrefix("{")
        else { return nil }
        var depth = 0
        for index in (word + 1)..<tokens.count where tokens[index].kind != .word && tokens[index].kind != .string {
            for character in tokens[index].text.utf8 {
                if character == UInt8(ascii: "{") { depth += 1 } else if character == UInt8(ascii: "}") { depth -= 1 }
            }
            if depth <= 0 { return word..<(index + 1) }
        }
        return word..<tokens.count
    }

    /// The words of the first `{ … }` block after `index` (empty when there is none).
    private static func words(ofBlockAfter index: Int, in tokens: [ManifestTokens.Item]) -> Set<String> {
        guard let open = tokens[index...].firstIndex(where: { $0.text == "{" }) else { return [] }
        var depth = 0
        var words = Set<String>()
        for token in tokens[open...] {
            if token.text == "{" { depth += 1 } else if token.text == "}" { depth -= 1 }
            if depth == 0 { break }
            if token.kind == .word { words.insert(token.text) }
        }
        return words
    }

    /// The string literals of a call (`include(":a", ":b")`, `include ':a', ':b'`), with their lines.
    private static func stringArguments(_ tokens: [ManifestTokens.Item], after index: Int) -> [(String, Int)] {
        var found: [(String, Int)] = []
        var cursor = index + 1
        let isParenthesized = cursor < tokens.count && tokens[cursor].text == "("
        if isParenthesized { cursor += 1 }
        while cursor < tokens.count {
            let token = tokens[cursor]
            if token.kind == .string {
                found.append((token.unquoted, token.line))
            } else if token.text != "," {
                break
            }
            cursor += 1
            // Without parentheses the list ends where the commas end.
            if !isParenthesized && token.kind == .string && (cursor >= tokens.count || tokens[cursor].text != ",") { break }
        }
        return found
    }

    private static func follows(_ tokens: [ManifestTokens.Item], _ index: Int, _ texts: [String]) -> Bool {
        guard index + texts.count < tokens.count else { return false }
        return texts.enumerated().allSatisfy { tokens[index + 1 + $0.offset].text == $0.element }
    }
}
