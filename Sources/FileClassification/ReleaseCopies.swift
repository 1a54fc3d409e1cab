/// Folders that hold a copy of another project's release: vendored code under a name no list can hold.
///
/// A release unpacked into a repository keeps its name and version and carries its own licence:
/// jbeder/yaml-cpp tracks googletest as `test/googletest-1.16.0/` (LICENSE, its own Bazel module and CMake
/// build), 244 files and 58,000 code lines that are not yaml-cpp's. A copy is a folder named `NAME-VERSION` or
/// `NAME_VERSION` (a name opening with a letter, then a version of at least two numbers: `1.16.0`, `v2.2`,
/// `5.4.6-rc1`) that directly holds a licence file (`LICENSE*`, `LICENCE*`, `COPYING*`). Both are needed: a folder
/// named by version alone is often the project's own (cats' `src/main/scala-2.12/`, spock's `test-groovy-ge-3.0/`),
/// and so is a package with a licence of its own (a monorepo's packages). Over the 97 repositories fetched for
/// accrue's checks, the rule finds googletest's copy and nothing else. A repository whose every folder is such a
/// copy keeps them (its own code kept under a versioned name). Paths only: nothing is read.
public enum ReleaseCopies {
    /// The copies among the folders of `paths` (repository-relative, without a trailing `/`).
    public static func find(in paths: some Sequence<String>) -> Set<String> {
        var copies: Set<String> = []
        var folders: [Substring] = []
        for path in paths {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = path[..<slash]
            folders.append(folder)
            let name = path[path.index(after: slash)...]
            let start = folder.utf8.lastIndex(of: UInt8(ascii: "/")).map { folder.index(after: $0) } ?? folder.startIndex
            guard isLicence(name), isReleaseName(folder[start...]) else { continue }
            copies.insert(String(folder))
        }
        guard !copies.isEmpty else { return copies }
        // Some folder must lie outside every copy, or the copies are the project itself.
        let outside = folders.contains { folder in !copies.contains { folder == $0 || folder.hasPrefix($0 + "/") } }
        return outside ? copies : []
    }

    /// Whether `path` lies in one of `copies` or in another release of the same project beside it: yaml-cpp's history
    /// holds `test/googletest-1.13.0/`, the copy its `test/googletest-1.16.0/` replaced, and its changes are
    /// googletest's too.
    public static func holds(_ path: String, copies: Set<String>) -> Bool {
        for copy in copies {
            if path.hasPrefix(copy + "/") { return true }
            // The copy's folder up to its version: `test/googletest-`.
            let bytes = Array(copy.utf8)
            let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            guard let separator = bytes.indices.dropFirst(nameStart + 1).first(where: { index in
                (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "_")) && startsVersion(bytes[(index + 1)...])
            }) else { continue }
            let stem = String(decoding: bytes[...separator], as: UTF8.self)
            guard path.hasPrefix(stem) else { continue }
            let rest = Array(path.utf8.dropFirst(bytes[...separator].count))
            if startsVersion(rest[...]), rest.contains(UInt8(ascii: "/")) { return true }
        }
        return false
    }

    /// `LICENSE`, `LICENSE.txt`, `License.md`, `LICENCE`, `COPYING`, `COPYING.LIB`, in any case.
    static func isLicence(_ name: Substring) -> Bool {
        let upper = name.prefix(7).uppercased()
        return upper == "LICENSE" || upper == "LICENCE" || upper == "COPYING"
    }

    /// `googletest-1.16.0`, `lua_5.4`, `hamcrest-v2.2`, `zlib-1.3.1-rc1`: a name, `-` or `_`, a version of at least
    /// two numbers, then anything.
    static func isReleaseName(_ name: Substring) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, isLetter(first) else { return false }
        for index in bytes.indices.dropFirst() where bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "_") {
            if startsVersion(bytes[(index + 1)...]) { return true }
        }
        return false
    }

    /// Whether `bytes` open with `v`? digits `.` digits.
    private static func startsVersion(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes
        if rest.first == UInt8(ascii: "v") { rest = rest.dropFirst() }
        let major = rest.prefix(while: isDigit)
        guard !major.isEmpty else { return false }
        rest = rest.dropFirst(major.count)
        guard rest.first == UInt8(ascii: ".") else { return false }
        return rest.dropFirst().first.map(isDigit) ?? false
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
