import GitHistory

/// Release commits that only bump a version: mechanical, like a commit over `largest_change_files` files, so
/// they add no activity (docs/model.md, "Interest"). fastapi's `__init__.py` (21 lines) changed 7.6 times a
/// month, every change a `🔖 Release version 0.141.1` moving `__version__`, and so took 69 hours a month of its
/// module's size debt: a version string needs no module's context.
///
/// Input: commits (any order), which paths hold code and `version_bump_lines` (rules/model.yaml, 4; 0: no bumps).
/// A commit is a bump when its subject announces a release or a version and every code file it changes is
/// modified by at most that many lines each way (files that are not
/// code, release notes or manifests, may change as much as they like). The subject announces one when, past a
/// leading emoji or punctuation and a conventional-commit prefix (`chore(release): `), it starts with `release`,
/// `bump`, `version`, `prepare`, `update version` or a version (`v1.2.3`, `1.2`), and it holds a version number
/// (digits, a dot, digits): `🔖 Release version 0.141.1`, `Version bumped to 2.9.11`, `Prepare 5.10.2`,
/// `chore(release): 1.4.0`, symfony's `Update VERSION for 7.1.2`. A release's other side announces one too: a
/// subject starting with `start development`, `begin development` or `back to development` and holding a version
/// (phpunit's `Start development of PHPUnit 13.4`), and, with no version, one starting with `prepare release`,
/// `prepare for release` or `prepare for next development` (phpunit's `Prepare release`, 26 of its last 30 changes
/// to `src/Runner/Version.php`; the Maven release plugin's `prepare for next development iteration`). A leading
/// bracketed tag is skipped (`[maven-release-plugin] prepare release x-1.2`).
/// `Fix crash in release 1.2` is no bump: it does not start with one. Output: the bumps' ids.
public enum VersionBumps {
    public static func commits(_ commits: [Commit], maximumLines: Int = 2, isCode: (String) -> Bool) -> Set<CommitID> {
        var result = Set<CommitID>()
        guard maximumLines > 0 else { return result }
        for commit in commits where !commit.changes.isEmpty && announcesRelease(commit.subject) {
            let small = commit.changes.allSatisfy { change in
                !isCode(change.path)
                    || (change.kind == .modified && change.linesAdded <= maximumLines && change.linesDeleted <= maximumLines)
            }
            if small { result.insert(commit.id) }
        }
        return result
    }

    /// Whether `subject` announces a release or a version (see the type's comment).
    public static func announcesRelease(_ subject: String) -> Bool {
        let bytes = Array(subject.utf8.prefix(200)).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        var start = skippingPunctuation(bytes, from: bracketedTagEnd(bytes) ?? 0)
        if let colon = conventionalPrefixEnd(bytes, from: start) { start = skippingPunctuation(bytes, from: colon) }
        let rest = bytes[start...]
        for words in unnumberedReleaseWords where rest.starts(with: words.utf8) { return true }
        guard holdsVersionNumber(bytes) else { return false }
        for words in releaseWords where rest.starts(with: words.utf8) { return true }
        guard let first = rest.first else { return false }
        if isDigit(first) { return true }
        return first == UInt8(ascii: "v") && rest.dropFirst().first.map(isDigit) == true
    }

    /// Words that open a release's subject when it holds a version number.
    private static let releaseWords = [
        "release", "bump", "version", "prepare", "update version", "start development", "begin development",
        "back to development",
    ]

    /// Words that open a release's subject with or without a version number.
    private static let unnumberedReleaseWords = [
        "prepare release", "prepare for release", "prepare for next development",
    ]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// The index after a leading `[tag]` (`[maven-release-plugin]`), or nil.
    private static func bracketedTagEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.first == UInt8(ascii: "["), let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return close + 1
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 97 && byte <= 122) }

    /// Digits, a dot, digits.
    private static func holdsVersionNumber(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 1..<(bytes.count - 1) where bytes[index] == UInt8(ascii: ".") {
            if isDigit(bytes[index - 1]) && isDigit(bytes[index + 1]) { return true }
        }
        return false
    }

    /// Past emoji, punctuation and spaces (not past letters or digits).
    private static func skippingPunctuation(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count && !isLetterOrDigit(bytes[index]) { index += 1 }
        return index
    }

    /// The index after `type(scope)!:` at `start` (`chore(release):`, `build:`), or nil.
    private static func conventionalPrefixEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count && bytes[index] >= 97 && bytes[index] <= 122 { index += 1 }
        guard index > start, index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "(") {
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            index = close + 1
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: "!") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        return index + 1
    }
}
