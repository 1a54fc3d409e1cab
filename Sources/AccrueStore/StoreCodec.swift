import AccrueKit
import Foundation
import RuleCatalog
import SourceScan

/// Appends values to bytes in a compact, versioned-by-caller layout (little-endian, length-prefixed).
///
/// The store keeps file and commit facts in this form: decoding 80,000 commits must take well under
/// a second, which JSON does not.
struct StoreWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        // ZigZag then LEB128: small numbers take one byte.
        var zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        int(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func optionalString(_ value: String?) {
        guard let value else { return int(-1) }
        string(value)
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    var data: Data { Data(bytes) }
}

/// Reads what `StoreWriter` wrote; every read fails softly (nil) on truncated or foreign bytes.
struct StoreReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func int() -> Int? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 {
                let value = Int64(bitPattern: result)
                return Int((value >> 1) ^ -(value & 1))
            }
            shift += 7
        }
        return nil
    }

    mutating func double() -> Double? {
        guard offset + 8 <= bytes.count else { return nil }
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return Double(bitPattern: pattern)
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        guard let count = int() else { return nil }
        if count < 0 { return .some(nil) }
        guard offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return .some(String(decoding: bytes[offset..<offset + count], as: UTF8.self))
    }

    mutating func bool() -> Bool? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset] != 0
    }
}

/// A stable 128-bit fingerprint of bytes (two FNV-1a 64 passes with different bases), as 32 hex digits.
///
/// Swift's `hashValue` is seeded per process, so settings are fingerprinted with this instead.
package enum StoreFingerprint {
    package static func of(_ parts: [Data]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for part in parts {
            for byte in part + [0xFF] {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37
            }
        }
        return hex(first) + hex(second)
    }

    static func of(_ text: String) -> String { of([Data(text.utf8)]) }

    /// What every stored figure depends on besides the commit and the caller's flags: the analysers' and the
    /// figures' versions, languages, path rules, modules, rules, model, the configuration file and `.mailmap`.
    package static func analysis(_ catalog: RuleCatalog, mailmap: String) -> [Data] {
        let configuration = catalog.configuration.flatMap { try? Data(contentsOf: $0.url) } ?? Data()
        return [
            Data(StoreFileCache.analyserVersion.utf8), Data(StoreCommitCache.analyserVersion.utf8),
            Data(ScanAnalyzer.figuresVersion.utf8), json(catalog.languages.languages), json(catalog.scan),
            json(catalog.modules), json(catalog.rules), json(catalog.model), configuration, Data(mailmap.utf8),
        ]
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// JSON with sorted keys: a stable serialization of Codable settings.
    package static func json<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)) ?? Data()
    }
}
