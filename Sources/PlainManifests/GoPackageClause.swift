/// A Go file's package clause, read from its first bytes: the name after `package` once comments and blank lines are
/// skipped, and whether a build constraint excludes the file from every build (`//go:build ignore`, the generators
/// beside a library's files: `package main` in a folder whose package is not).
enum GoPackageClause {
    /// The package name, or nil when the file has no clause or a constraint ignores it.
    static func name(in bytes: [UInt8]) -> String? {
        var index = 0
        var inBlock = false
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = trimmed(bytes[index..<end])
            index = end + 1
            if inBlock {
                if contains(line, "*/") { inBlock = false }
                continue
            }
            if line.isEmpty { continue }
            if line.starts(with: Array("//".utf8)) {
                if isIgnoreConstraint(line) { return nil }
                continue
            }
            if line.starts(with: Array("/*".utf8)) {
                inBlock = !contains(line.dropFirst(2), "*/")
                continue
            }
            return packageName(line)
        }
        return nil
    }

    /// `//go:build ignore` or the old `// +build ignore`.
    private static func isIgnoreConstraint(_ line: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("//go:build") || text.hasPrefix("// +build") else { return false }
        return text.split(separator: " ").contains("ignore")
    }

    /// The identifier after `package ` on a clause line.
    private static func packageName(_ line: ArraySlice<UInt8>) -> String? {
        let keyword = Array("package".utf8)
        guard line.starts(with: keyword), line.count > keyword.count else { return nil }
        let rest = line.dropFirst(keyword.count)
        guard let first = rest.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") else { return nil }
        let name = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            .prefix { $0 == UInt8(ascii: "_") || (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isBlank = { (byte: UInt8) in byte == 32 || byte == 9 || byte == 13 }
        let start = line.firstIndex { !isBlank($0) } ?? line.endIndex
        let end = line.lastIndex { !isBlank($0) }.map { $0 + 1 } ?? start
        return line[start..<max(start, end)]
    }

    private static func contains(_ line: ArraySlice<UInt8>, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard line.count >= needle.count else { return false }
        return (line.startIndex...(line.endIndex - needle.count)).contains { line[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
