import Foundation
import Lexing

/// The decoded language table, cached in binary form by the content of `languages.yaml`.
///
/// Decoding the 90-language YAML costs more than the rest of `accrue files`' start-up (Yams, then
/// JSONDecoder); reading the same table back from `~/.cache/accrue` (or `$XDG_CACHE_HOME/accrue`) costs a
/// fraction of a millisecond. The cache file is named by a hash of the YAML's bytes and the format
/// version, so an edited file (or another `--rules` folder) misses and is decoded afresh. A cache that
/// cannot be read or written is ignored: the YAML is always the source of truth.
enum LanguageCache {
    /// Bump when `Language` or the encoding below changes.
    /// 2: `script_blocks`. 3: a string form's `word_start`. 4: its `tag`, `run`, `line_start` and `paragraph`.
    /// 5: a block comment's `strings`. 6: a string form's `expression_start` and `nested`. 7: its `interpolation`.
    /// 8: its `after_word`. 9: its `heredoc` and `comment_lines`, a language's `comments_at_word_start` and `code_escape`.
    /// 10: a string form's `closing_prefix`. 11: its `escapes`, `interpolation_comment` and `quotes`.
    /// 12: its `doubled`. 13: its `prefix_run`. 14: none in the format; lexing changed with files-27 (an
    /// interpolation's nested comments and raw literals), so tables cached before are decoded afresh.
    /// 15: a language's `markup`. 16: a string form's `after_keywords` and `classes`.
    static let formatVersion: UInt8 = 16

    /// The languages of the file at `url`, from the cache or decoded by `decode`.
    static func languages(
        at url: URL, decode: () throws(RuleCatalogError) -> [Language]
    ) throws(RuleCatalogError) -> [Language] {
        guard let yaml = FileManager.default.contents(atPath: url.path) else { throw .missingFolder(url.path) }
        let file = cacheFile(for: [UInt8](yaml))
        if let file, let data = FileManager.default.contents(atPath: file.path),
            let languages = LanguageCodec.decode([UInt8](data))
        {
            return languages
        }
        let languages = try decode()
        if let file { store(LanguageCodec.encode(languages), at: file) }
        return languages
    }

    static func cacheFile(for yaml: [UInt8]) -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.cache"
        } else {
            return nil
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in yaml { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let name = "languages-v\(formatVersion)-" + String(hash, radix: 16) + ".bin"
        return URL(fileURLWithPath: base).appendingPathComponent("accrue").appendingPathComponent(name)
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a file.
    private static func store(_ bytes: [UInt8], at file: URL) {
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        guard (try? Data(bytes).write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
