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
        if let line = conflictLine(data) {
            throw BaselineDecodingError(description: "it has merge conflict markers (line \(line)): keep one side "
                + "(`git checkout --ours .accrue/baseline.json`) and run `accrue baseline --update`, which only tightens it")
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw BaselineDecodingError(description: "not a valid JSON object (cut short, or edited by hand?)")
        }
        guard header.schema == currentSchema else {
            let found = header.schema.map { "'\($0)'" } ?? "none"
            throw BaselineDecodingError(description: "schema \(found); expected '\(currentSchema)'")
        }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw BaselineDecodingError(description: Self.explain(error))
        }
    }

    /// The first line that starts a merge conflict (`<<<<<<< `), 1-based.
    private static func conflictLine(_ data: Data) -> Int? {
        var line = 1
        var atLineStart = true
        var run = 0
        for byte in data {
            if atLineStart || run > 0 {
                run = byte == UInt8(ascii: "<") ? run + 1 : 0
                if run == 7 { return line }
            }
            atLineStart = byte == 10
            if atLineStart { line += 1 }
        }
        return nil
    }

    /// A decoding error in words: what is missing or wrong, and where (`files.a.swift.codeLines`).
    private static func explain(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.isEmpty ? "the top level" : keys.reduce(into: "") { path, key in
                // `debts[3].rule`: a key after a dot, an index in brackets.
                path += key.intValue.map { "[\($0)]" } ?? (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .keyNotFound(let key, let context):
            return "'\(key.stringValue)' is missing at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription.lowercasedFirst) at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return "\(context.debugDescription.lowercasedFirst) at \(path(context.codingPath))"
        @unknown default:
            return String(describing: error)
        }
    }
}

extension String {
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
