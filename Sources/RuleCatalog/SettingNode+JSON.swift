import Foundation

extension SettingNode {
    /// The tree as JSON bytes, for Foundation's JSONDecoder (faster than a Decodable walk over YAML nodes).
    func json() -> Data {
        var out: [UInt8] = []
        write(into: &out)
        return Data(out)
    }

    /// The value as compact one-line JSON, for the effective-rules dump.
    var compactJSON: String {
        var out: [UInt8] = []
        write(into: &out, spaced: true)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], spaced: Bool = false) {
        switch kind {
        case .scalar(let scalar, _):
            switch scalar {
            case .null: out += Array("null".utf8)
            case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
            case .int(let value): out += Array(String(value).utf8)
            case .number(let value): out += Array(Self.format(value).utf8)
            case .string(let text): Self.writeString(text, into: &out)
            }
        case .list(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out += spaced ? [44, 32] : [44] }
                element.write(into: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let entries):
            out.append(UInt8(ascii: "{"))
            for (index, entry) in entries.enumerated() {
                if index > 0 { out += spaced ? [44, 32] : [44] }
                Self.writeString(entry.key, into: &out)
                out += spaced ? [58, 32] : [58]
                entry.value.write(into: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A number as people write it: `400`, `0.5`, `1.24` (no trailing `.0`).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [92, 34]
            case UInt8(ascii: "\\"): out += [92, 92]
            case 10: out += [92, 110]
            case 13: out += [92, 114]
            case 9: out += [92, 116]
            case 0..<32: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
