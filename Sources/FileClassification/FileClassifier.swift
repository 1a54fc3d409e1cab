import SourceScan

/// Decides whether a tracked file is scanned, and as which language, from its path and then its bytes.
///
/// Path checks run first because they are free; content checks (binary, generated markers, minified)
/// need the bytes. Attributes from `.gitattributes` come in from the caller (SourceScan never reads git).
public struct FileClassifier: Sendable {
    public let settings: ScanSettings
    public let languages: LanguageTable
    /// Which exclusions are switched off (`--include-vendored` and friends).
    public var includes: Set<Exclusion>
    /// Folders under a vendored name that are the project's own (`FirstPartyFolders`), as `deps/rabbit`.
    public var firstPartyFolders: Set<String> = []
    /// Copies of another project's release (`ReleaseCopies`), as `test/googletest-1.16.0`: vendored.
    public var releaseCopies: Set<String> = []
    /// Project templates a scaffolder ships as files (`ScaffoldTemplates`), as `packages/create-vite/template-vue`.
    public var scaffoldingFolders: Set<String> = []
    private let vendoredFolders: Set<String>
    private let generatedFilenames: Set<String>
    private let excludedGlobs: [PathGlob]
    private let markers: [GeneratedMarker]
    private let trailers: [GeneratedMarker]

    public init(settings: ScanSettings, languages: LanguageTable, includes: Set<Exclusion> = []) {
        self.settings = settings
        self.languages = languages
        self.includes = includes
        vendoredFolders = Set(settings.vendoredFolders)
        generatedFilenames = Set(settings.generatedFilenames)
        excludedGlobs = settings.excludedPaths.map(PathGlob.init)
        markers = settings.generatedMarkers.map(GeneratedMarker.init)
        trailers = settings.generatedTrailers.map(GeneratedMarker.init)
    }

    /// The verdict on a path before reading it.
    public enum PathVerdict: Hashable, Sendable {
        case excluded(Exclusion)
        /// Scan it as this language (an index into `languages`).
        case language(Int)
        /// No language from the name: look for a `#!` line in the bytes.
        case needsShebang
    }

    /// Classifies by path alone. `isVendored`/`isGenerated` come from `.gitattributes`.
    public func classify(path: String, isVendored: Bool = false, isGenerated: Bool = false) -> PathVerdict {
        if excludedGlobs.contains(where: { $0.matches(path) }) && !includes.contains(.configured) {
            return .excluded(.configured)
        }
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) } ?? path
        if isVendoredPath(path, marked: isVendored) || settings.vendoredFilenames.contains(name) {
            return .excluded(.vendored)
        }
        if !includes.contains(.scaffolding) && isUnder(scaffoldingFolders, path) { return .excluded(.scaffolding) }
        if !includes.contains(.lockfile) && generatedFilenames.contains(name) { return .excluded(.lockfile) }
        if !includes.contains(.generated) && (isGenerated || isGeneratedByName(path, name: name)) {
            return .excluded(.generated)
        }
        if let index = languages.language(forPath: path) { return .language(index) }
        // Only names without an extension may be scripts named by their `#!` line.
        return name.contains(".") ? .excluded(.unknownLanguage) : .needsShebang
    }

    /// Whether `path` names a generated file: a generated suffix (`.min.js`, `.pb.go`), a bundler's hashed output
    /// (`HashedBundles`), or accrue's own output (.accrue/baseline.json, committed for the gate), whatever the rules
    /// say.
    private func isGeneratedByName(_ path: String, name: String) -> Bool {
        path.hasPrefix(".accrue/") || settings.generatedSuffixes.contains(where: { name.hasSuffix($0) })
            || HashedBundles.isBundle(path)
    }

    /// Whether `path` is vendored (and those are not included): `marked` so by `.gitattributes`, under a folder of a
    /// vendored name or in a release copy.
    private func isVendoredPath(_ path: String, marked: Bool) -> Bool {
        guard !includes.contains(.vendored) else { return false }
        return marked || isUnderVendoredFolder(path) || !releaseCopies.isEmpty && ReleaseCopies.holds(path, copies: releaseCopies)
    }

    /// Whether a folder of `path` is one of `folders`.
    private func isUnder(_ folders: Set<String>, _ path: String) -> Bool {
        guard !folders.isEmpty else { return false }
        var end = path.endIndex
        while let slash = path[..<end].lastIndex(of: "/") {
            if folders.contains(String(path[..<slash])) { return true }
            end = slash
        }
        return false
    }

    /// Whether a folder of `path` has a vendored name, unless that folder and the next are a first-party folder.
    private func isUnderVendoredFolder(_ path: String) -> Bool {
        let folders = path.split(separator: "/").dropLast()
        for (offset, folder) in folders.enumerated() where vendoredFolders.contains(String(folder)) {
            let next = folders.index(folders.startIndex, offsetBy: offset + 1)
            if !firstPartyFolders.isEmpty, next < folders.endIndex,
                firstPartyFolders.contains(folders[...next].joined(separator: "/")) {
                continue
            }
            return true
        }
        return false
    }

    /// Classifies by content: returns an exclusion, or nil when the file should be scanned.
    public func classify(content bytes: UnsafeBufferPointer<UInt8>) -> Exclusion? {
        if bytes.count > settings.maximumFileBytes && !includes.contains(.tooLarge) { return .tooLarge }
        if isBinary(bytes) && !includes.contains(.binary) { return .binary }
        if !includes.contains(.generated) && isGenerated(bytes) { return .generated }
        if !includes.contains(.minified) && isMinified(bytes) { return .minified }
        return nil
    }

    /// Git's rule: a NUL byte in the first 8,000 bytes makes a file binary.
    public func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let limit = min(bytes.count, 8000)
        guard let base = bytes.baseAddress, limit > 0 else { return false }
        return memchrNUL(base, limit)
    }

    private func hasGeneratedMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The head: the first N lines, at most 4 KiB.
        var end = 0
        var lines = 0
        let limit = min(bytes.count, 4096)
        while end < limit && lines < settings.generatedMarkerLines {
            if bytes[end] == 10 { lines += 1 }
            end += 1
        }
        let head = UnsafeBufferPointer(rebasing: bytes[0..<end])
        return markers.contains { $0.occurs(in: head) }
    }

    private func hasGeneratedTrailer(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !trailers.isEmpty else { return false }
        // The last line that is not blank, at most 512 bytes of it.
        var end = bytes.count
        while end > 0 && (bytes[end - 1] == 10 || isSpace(bytes[end - 1])) { end -= 1 }
        var start = end
        while start > 0 && bytes[start - 1] != 10 && end - start < 512 { start -= 1 }
        let last = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return trailers.contains { $0.occurs(in: last) }
    }

    /// A generated marker at the head, a build's trailer at the end, or a table of numbers.
    private func isGenerated(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hasGeneratedMarker(bytes) || hasGeneratedTrailer(bytes) || isDataTable(bytes)
    }

    /// Whether the file is a table of numbers (`ScanSettings.dataTableMinimumBytes`): it stops at the first byte over
    /// the share that writes no number, so a code file costs a few hundred bytes' look. A run of brackets or signs
    /// with no digits (a fuzzer's input) is none.
    private func isDataTable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= settings.dataTableMinimumBytes else { return false }
        let allowed = Int(Double(bytes.count) * settings.dataTableOtherShare)
        var (others, digits) = (0, 0)
        for byte in bytes {
            if byte &- 48 < 10 {
                digits += 1
            } else if !numberBytes[Int(byte)] {
                others += 1
                if others > allowed { return false }
            }
        }
        // Numbers, not only their punctuation: a fifth of the bytes are digits (`0x00, ` half of them).
        return 5 * digits >= bytes.count
    }

    /// Whether the average line is longer than the limit and the bytes do not read as text (`readsAsText`): a
    /// hand-written table or prose on long lines is not minified (cats' docs/typelevelEcosystem.md, a Markdown
    /// table 470 bytes a line).
    private func isMinified(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hasLongLines(bytes) && !readsAsText(bytes)
    }

    /// Whether the average line is longer than the limit: `count / lines > average`, that is
    /// `lines <= count / (average + 1)`, so counting stops at the first line over that.
    private func hasLongLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= settings.minifiedMinimumBytes else { return false }
        let most = bytes.count / (settings.minifiedAverageLineLength + 1)
        var lines = 1
        for byte in bytes where byte == 10 {
            lines += 1
            if lines > most { return false }
        }
        return lines <= most
    }
}

/// The bytes a table of numbers is written with: digits, hex letters, `x`, separators, signs, brackets, white space.
private let numberBytes: [Bool] = (0..<256).map { byte in
    Array("0123456789abcdefABCDEFxX,;.-+(){}[] \t\r\n".utf8).contains(UInt8(byte))
}

/// Whether `bytes` read as prose or a table rather than minified code or data. White space is at least one byte
/// in ten (prose has one in six, a padded table more; a minified bundle two or three in a hundred, Office XML four
/// to six, base64 none), or half the bytes are beyond ASCII (a script written without spaces); and letters and
/// white space make two thirds of the bytes (prose four fifths; an SVG path's numbers a quarter). Read only for
/// files whose lines are long, so it costs nothing for the others.
private func readsAsText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var blanks = 0
    var letters = 0
    var beyondASCII = 0
    for byte in bytes {
        switch byte {
        case 9, 10, 13, 32: blanks += 1
        case 65...90, 97...122: letters += 1
        case 0x80...: beyondASCII += 1
        default: break
        }
    }
    let spaced = 10 * blanks >= bytes.count || 2 * beyondASCII >= bytes.count
    return spaced && 3 * (blanks + letters + beyondASCII) >= 2 * bytes.count
}

/// Whether a NUL byte is among the first `count`: eight bytes at a time (a zero byte's borrow sets its top bit).
private func memchrNUL(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
        index += 8
    }
    while index < count {
        if base[index] == 0 { return true }
        index += 1
    }
    return false
}
