import Foundation

/// Why a baseline file could not be read.
public struct BaselineDecodingError: Error, CustomStringConvertible, Hashable, Sendable {
    public var description: String
}

extension Baseline {
    /// The canonical text: pretty JSON, keys sorted, one key per line, a trailing newline. The same
    /// figures always give the same bytes, so the file diffs well and a re-run without change is a no-op.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a baseline, checking its schema.
    public static func decode(_ data: Data) throws(BaselineDecodingError) -> Baseline {
        struct Header: Decodable { var schema: String? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw BaselineDecodingError(description: "not a JSON object")
        }
        guard header.schema == currentSchema else {
            let found = header.schema.map { "'\($0)'" } ?? "none"
            throw BaselineDecodingError(description: "schema \(found); expected '\(currentSchema)'")
        }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw BaselineDecodingError(description: String(describing: error))
        }
    }
}
