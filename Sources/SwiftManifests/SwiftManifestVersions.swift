import ModuleGraph

/// Which of a folder's SwiftPM manifests accrue reads: `Package.swift` and its version-specific siblings
/// (`Package@swift-5.9.swift`, `Package@swift-6.swift`) describe one package, and SwiftPM reads one of them.
///
/// SwiftPM reads the version-specific manifest named for the running toolchain (`@swift-6.1.2`, `@swift-6.1`,
/// `@swift-6`); failing that, the newest one not above the toolchain, but only when its tools version is above the
/// `// swift-tools-version:` of `Package.swift`. accrue does not know the toolchain, so it reads what a toolchain newer
/// than all of them would: the manifest with the highest tools version, `Package.swift` on a tie (a version-specific
/// manifest's is the version its name gives). Usually that is `Package.swift`, the others serving older toolchains
/// (Alamofire's `Package@swift-6.0.swift` to `6.2` beside a 6.3 `Package.swift`); a folder with version-specific
/// manifests only, or whose `Package.swift` is older than one of them, gets the newest of those.
public enum SwiftManifestVersions {
    /// What every version-specific manifest's name starts with.
    public static let prefix = "Package@swift-"

    /// The version a version-specific manifest's name gives (`Package@swift-5.9.swift` → [5, 9]); nil for any other
    /// name (`Package.swift`, `Package@swift-next.swift`).
    public static func version(fileName: some StringProtocol) -> [Int]? {
        guard fileName.hasPrefix(prefix), fileName.hasSuffix(".swift") else { return nil }
        let text = fileName.dropFirst(prefix.count).dropLast(".swift".count)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let numbers = parts.compactMap { $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        return numbers.count == parts.count ? numbers : nil
    }

    /// The version of a manifest's `// swift-tools-version:` comment on its first line; [3, 1] when it has none, as
    /// SwiftPM assumes.
    static func toolsVersion(_ bytes: [UInt8]) -> [Int] {
        let line = bytes.prefix { $0 != UInt8(ascii: "\n") }
        let marker = "swift-tools-version:"
        var rest = Substring(String(decoding: line, as: UTF8.self).lowercased())
        while !rest.isEmpty && !rest.hasPrefix(marker) { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return [3, 1] }
        rest = rest.dropFirst(marker.count).drop { $0 == " " || $0 == "\t" }
        let numbers = rest.prefix { $0.isNumber || $0 == "." }.split(separator: ".").compactMap { Int($0) }
        return numbers.isEmpty ? [3, 1] : numbers
    }

    /// Whether the manifest at `path` (its bytes given) is the one of its folder that accrue reads.
    static func isChosen(_ path: String, bytes: [UInt8], context: ManifestContext) -> Bool {
        let folder = ManifestContext.folder(of: path)
        let versioned = context.paths(startingWith: ManifestContext.join(folder, prefix)).compactMap { sibling in
            ManifestContext.folder(of: sibling) == folder ? version(fileName: fileName(of: sibling)) : nil
        }
        guard let newest = versioned.max(by: isBelow) else { return true }
        guard let own = version(fileName: fileName(of: path)) else {
            return !isBelow(toolsVersion(bytes), newest)
        }
        guard own == newest else { return false }
        let regular = ManifestContext.join(folder, "Package.swift")
        guard context.contains(regular) else { return true }
        return isBelow(context.read(regular).map(toolsVersion) ?? [3, 1], own)
    }

    /// Whether version `a` is below `b`, missing parts counting as 0 (`6` is `6.0.0`).
    static func isBelow(_ a: [Int], _ b: [Int]) -> Bool {
        for index in 0..<max(a.count, b.count) {
            let (x, y) = (index < a.count ? a[index] : 0, index < b.count ? b[index] : 0)
            if x != y { return x < y }
        }
        return false
    }

    /// The last part of `path` (`Package@swift-6.swift` of `a/Package@swift-6.swift`), as BuildManifests'
    /// `ManifestText.fileName(of:)` gives it: this target needs nothing else of BuildManifests, so it stays no
    /// dependent of that module.
    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
