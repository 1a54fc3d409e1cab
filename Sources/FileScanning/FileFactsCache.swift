/// Per-file outcomes kept across runs by content, so a file version is analysed once (the store's
/// `StoreFileCache`, in AccrueStore). Keys: a blob's id and the language (`--rev`), or a work-tree file's
/// `ContentFingerprint` and the language.
public protocol FileFactsCache: Sendable {
    /// The outcome kept under `key`, for a file at `path`; nil when none is.
    func lookup(_ key: String, path: String) -> FileOutcome?
    /// Keeps `outcome` (its path is not part of it) under `key`.
    func record(_ key: String, _ outcome: FileOutcome)
}

/// A fingerprint of a work-tree file's bytes (two FNV-1a 64 passes with different bases, and the length), as hex:
/// what keys its outcome where no blob id does.
public enum ContentFingerprint {
    public static func of(bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37
        }
        return hex(first) + hex(second) + String(bytes.count, radix: 16)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
