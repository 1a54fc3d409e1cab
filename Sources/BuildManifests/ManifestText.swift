import ManifestSyntax
import ModuleGraph
import SourceScan
import TOMLText
import Foundation

/// Small text helpers shared by the manifest readers: binary detection, line numbers, folder patterns.
package enum ManifestText {
    /// Whether the bytes look like a binary file (a NUL byte in the first 8 KiB), which no manifest is.
    package static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }

    /// The text without leading and trailing spaces, tabs and line breaks (TOMLText's `trimmingSpaces`, for readers
    /// in targets that do not import TOMLText).
    package static func trimmed(_ text: String) -> String {
        text.trimmingSpaces()
    }

    /// The file name part of a path.
    package static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The warning every reader gives for a binary manifest.
    package static func binaryWarning(_ path: String) -> ManifestWarning {
        ManifestWarning(path: path, line: 1, message: "not a text file; skipped")
    }

    /// A JSON manifest's top-level object (`package.json`, `composer.json`, `deno.json`), or the warning saying why
    /// the file holds none: it is binary, or where it stops being a JSON object.
    package static func jsonObject(_ bytes: [UInt8], path: String) -> (object: JSONObject?, warning: ManifestWarning?) {
        guard !looksBinary(bytes) else { return (nil, binaryWarning(path)) }
        let json = JSONObject(bytes, kind: fileName(of: path))
        guard let problem = json.problem else { return (json, nil) }
        return (nil, ManifestWarning(path: path, line: problem.line, message: problem.message))
    }

    /// The 1-based line of each byte offset, computed once per file.
    package struct LineIndex: Sendable {
        private var starts: [Int] = [0]

        package init(_ bytes: [UInt8]) {
            for (offset, byte) in bytes.enumerated() where byte == 10 { starts.append(offset + 1) }
        }

        package func line(at offset: Int) -> Int {
            var low = 0
            var high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= offset { low = mid + 1 } else { high = mid }
            }
            return max(low, 1)
        }
    }
}

/// A workspace member pattern (`crates/*`, `packages/**`, `./app`, `!docs`) matched against folders.
///
/// Cargo, npm, pnpm and Maven name members relative to the manifest's folder; a pattern without a `/`
/// names a direct child, never a folder deeper down (unlike `.gitignore`).
package struct FolderPattern: Sendable {
    package let isNegated: Bool
    private let relative: String
    private let glob: PathGlob?

    package init(_ text: String) {
        var pattern = Substring(text.trimmingSpaces())
        isNegated = pattern.hasPrefix("!")
        if isNegated { pattern = pattern.dropFirst() }
        while pattern.hasPrefix("./") { pattern = pattern.dropFirst(2) }
        while pattern.hasSuffix("/") { pattern = pattern.dropLast() }
        matchesBelow = pattern.hasSuffix("/**") || pattern == "**"
        if matchesBelow { pattern = pattern.dropLast(pattern == "**" ? 2 : 3) }
        relative = String(pattern)
        glob = relative.contains(where: { "*?[".contains($0) }) ? PathGlob("/" + relative) : nil
    }

    /// A trailing `/**`: the folder and everything below it.
    private let matchesBelow: Bool

    /// Whether `folder`, relative to the pattern's base folder, matches.
    package func matches(_ folder: String) -> Bool {
        if matchesBelow {
            if relative.isEmpty || folder == relative || folder.hasPrefix(relative + "/") { return true }
            guard let glob else { return false }
            // `**/test/**`: the glob part matches the folder or one of its ancestors.
            var candidate = folder
            while !candidate.isEmpty {
                if glob.matches(candidate) { return true }
                candidate = ManifestContext.folder(of: candidate)
            }
            return false
        }
        guard let glob else { return folder == ManifestContext.join("", relative) }
        if !relative.contains("/") && folder.contains("/") { return false }
        return glob.matches(folder)
    }
}

extension ManifestText {
    /// A YAML scalar without its surrounding quotes (`"a"`, `'a'`), spaces trimmed.
    package static func yamlUnquoted(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        guard trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first
        else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }

    /// A YAML line (pnpm-workspace.yaml, pubspec.yaml) without its `# comment` (a `#` outside quotes, first or
    /// after a space or tab) and without `\r`.
    package static func withoutYAMLComment(_ line: Substring) -> String {
        var inQuote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let quote = inQuote {
                if character == quote { inQuote = nil }
            } else if character == "\"" || character == "'" {
                inQuote = character
            } else if character == "#" && (previous == " " || previous == "\t") {
                return String(line[..<index])
            }
            previous = character
        }
        return String(line).replacingOccurrences(of: "\r", with: "")
    }

    /// At most this many warnings per manifest; the rest fold into one summary line.
    package static let warningLimit = 10

    /// A parser's problems as warnings on `path`, capped at `warningLimit`.
    package static func warnings(_ problems: [(line: Int, message: String)], path: String) -> [ManifestWarning] {
        var warnings = problems.prefix(warningLimit).map { ManifestWarning(path: path, line: $0.line, message: $0.message) }
        if problems.count > warningLimit, let last = problems.last {
            warnings.append(
                ManifestWarning(path: path, line: last.line, message: "\(problems.count - warningLimit) more problems"))
        }
        return warnings
    }
}

extension [ModuleDeclaration] {
    /// The modules in output order: by name, then manifest, then line, so equal names stay deterministic.
    package func sortedForOutput() -> [ModuleDeclaration] {
        sorted { ($0.name, $0.manifest, $0.line) < ($1.name, $1.manifest, $1.line) }
    }
}

extension ManifestContext {
    /// Reads and decodes a tracked text file; nil when missing, unreadable or binary.
    package func text(of path: String) -> String? {
        guard contains(path), let bytes = read(path), !ManifestText.looksBinary(bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
