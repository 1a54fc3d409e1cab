import Foundation

/// A JSON manifest's top-level object (`package.json`, `composer.json`): parsed by Foundation after a nesting
/// check, with the line where a key is first written, for warnings.
package struct JSONObject {
    /// JSON nested deeper than this is refused before parsing (no manifest needs more than a few levels).
    package static let maximumDepth = 100

    package private(set) var fields: [String: Any] = [:]
    /// Why the bytes are no JSON object, and where; nil when they are one.
    package private(set) var problem: (line: Int, message: String)?
    private let bytes: [UInt8]

    /// Parses `bytes`; `kind` names the file in the message when it holds no object (`package.json`).
    package init(_ bytes: [UInt8], kind: String) {
        self.bytes = bytes
        if let deep = Self.firstLineDeeperThanLimit(bytes) {
            problem = (deep, "JSON nested deeper than \(Self.maximumDepth) levels")
            return
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            problem = (Self.offset(in: error).map { Self.line(at: $0, in: bytes) } ?? 1, "invalid JSON")
            return
        }
        guard let fields = object as? [String: Any] else {
            problem = (1, "\(kind) is not a JSON object")
            return
        }
        self.fields = fields
    }

    /// The line where `"key"` is first written, or nil.
    package func line(ofKey key: String) -> Int? {
        let pattern = Array("\"\(key)\"".utf8)
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return Self.line(at: start, in: bytes) }
        }
        return nil
    }

    private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes.prefix(offset).reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    }

    /// The line where JSON nesting first exceeds `maximumDepth`, skipping strings; nil when it never does.
    private static func firstLineDeeperThanLimit(_ bytes: [UInt8]) -> Int? {
        var depth = 0
        var line = 1
        var inString = false
        var escaped = false
        for byte in bytes {
            if byte == 10 { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return nil
    }

    /// The byte offset a JSONSerialization error names ("… around character 19."), if any.
    private static func offset(in error: any Error) -> Int? {
        let text = "\(error)"
        guard let range = text.firstRange(of: "character ") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
