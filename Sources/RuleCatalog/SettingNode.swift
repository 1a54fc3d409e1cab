import Foundation
internal import Yams

/// A YAML value with where it was written: the form defaults and `.accrue.yml` are merged in.
///
/// Plain scalars resolve the way YAML 1.2's core schema does (null, booleans, integers, floats); quoted
/// ones stay strings. Keys keep their order and their own positions, so errors can point at a key.
struct SettingNode: Sendable {
    enum Scalar: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case number(Double)
        case string(String)
    }

    struct Entry: Sendable {
        var key: String
        var keyOrigin: SettingOrigin
        var value: SettingNode
    }

    enum Kind: Sendable {
        case scalar(Scalar, text: String)
        case list([SettingNode])
        case map([Entry])
    }

    var kind: Kind
    var origin: SettingOrigin

    /// The value of `key` in a mapping (nil for a missing key or a non-mapping).
    subscript(key: String) -> SettingNode? {
        get {
            guard case .map(let entries) = kind else { return nil }
            return entries.first { $0.key == key }?.value
        }
        set {
            guard case .map(var entries) = kind else { return }
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, keyOrigin: newValue.origin, value: newValue))
            }
            kind = .map(entries)
        }
    }

    var entries: [Entry] {
        if case .map(let entries) = kind { return entries }
        return []
    }

    var scalar: Scalar? {
        if case .scalar(let scalar, _) = kind { return scalar }
        return nil
    }

    /// A number, integer or not.
    var number: Double? {
        switch scalar {
        case .int(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The scalar's text as written, for anything that is a scalar (numbers become their text).
    var text: String? {
        if case .scalar(let scalar, let text) = kind { return scalar == .null ? nil : text }
        return nil
    }

    /// The origin to show for this node (a key for a mapping, the value for a scalar).
    static func scalar(_ value: Scalar, _ origin: SettingOrigin) -> SettingNode {
        let text: String
        switch value {
        case .null: text = "null"
        case .bool(let flag): text = flag ? "true" : "false"
        case .int(let number): text = String(number)
        case .number(let number): text = String(number)
        case .string(let string): text = string
        }
        return SettingNode(kind: .scalar(value, text: text), origin: origin)
    }
}

extension SettingNode {
    /// Parses YAML text into a tree; `origin` maps a line and column to an origin.
    static func parse(
        _ text: String, origin: (Int, Int) -> SettingOrigin
    ) throws -> SettingNode? {
        // `.basic`: no regex tag resolution; scalars are resolved below, as YAML 1.2 core does.
        guard let node = try Yams.compose(yaml: text, .basic) else { return nil }
        return SettingNode(node, origin: origin)
    }

    private init(_ node: Node, origin: (Int, Int) -> SettingOrigin) {
        let here = origin(node.mark?.line ?? 0, node.mark?.column ?? 0)
        switch node {
        case .scalar(let scalar):
            self = .scalar(Self.resolve(scalar), here)
        case .sequence(let sequence):
            self.init(kind: .list(sequence.map { SettingNode($0, origin: origin) }), origin: here)
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                Entry(
                    key: pair.key.string ?? "", keyOrigin: origin(pair.key.mark?.line ?? 0, pair.key.mark?.column ?? 0),
                    value: SettingNode(pair.value, origin: origin))
            }
            self.init(kind: .map(entries), origin: here)
        case .alias:
            self = .scalar(.null, here)
        }
    }

    private static func resolve(_ scalar: Node.Scalar) -> Scalar {
        let text = scalar.string
        guard scalar.style == .plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default:
            if let int = Int(text) { return .int(int) }
            if let first = text.first, first.isNumber || first == "-" || first == ".", let double = Double(text) {
                return .number(double)
            }
            return .string(text)
        }
    }
}

extension SettingNode {
    /// The value at a decoder's coding path (mapping keys and list indices), or nil when the path leaves the tree.
    func descendant(at path: some Collection<any CodingKey>) -> SettingNode? {
        var node = self
        for key in path {
            switch node.kind {
            case .list(let elements):
                guard let index = key.intValue, elements.indices.contains(index) else { return nil }
                node = elements[index]
            case .map:
                guard let next = node[key.stringValue] else { return nil }
                node = next
            case .scalar: return nil
            }
        }
        return node
    }
}
