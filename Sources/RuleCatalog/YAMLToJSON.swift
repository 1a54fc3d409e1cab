import Foundation
internal import Yams

/// Writes a composed YAML node as JSON bytes, resolving plain scalars the way YAML 1.2's core schema does
/// (null, booleans, integers, floats; anything else is a string).
enum YAMLToJSON {
    static func write(_ node: Node, into out: inout [UInt8]) {
        switch node {
        case .scalar(let scalar):
            writeScalar(scalar, into: &out)
        case .sequence(let sequence):
            out.append(UInt8(ascii: "["))
            for (index, element) in sequence.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .mapping(let mapping):
            out.append(UInt8(ascii: "{"))
            for (index, pair) in mapping.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(pair.key.string ?? "", into: &out)
                out.append(UInt8(ascii: ":"))
                write(pair.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .alias:
            out.append(contentsOf: Array("null".utf8))
        }
    }

    private static func writeScalar(_ scalar: Node.Scalar, into out: inout [UInt8]) {
        let text = scalar.string
        guard scalar.style == .plain else { return writeString(text, into: &out) }
        switch text {
        case "", "~", "null", "Null", "NULL": out.append(contentsOf: Array("null".utf8))
        case "true", "True", "TRUE": out.append(contentsOf: Array("true".utf8))
        case "false", "False", "FALSE": out.append(contentsOf: Array("false".utf8))
        default:
            if Int(text) != nil || (Double(text) != nil && text.first.map { $0.isNumber || $0 == "-" } == true) {
                out.append(contentsOf: Array(text.utf8))
            } else {
                writeString(text, into: &out)
            }
        }
    }

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
            case 10: out.append(contentsOf: [92, 110])
            case 13: out.append(contentsOf: [92, 114])
            case 9: out.append(contentsOf: [92, 116])
            case 0..<32: out.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
