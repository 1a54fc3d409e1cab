import Foundation
import ModuleGraph

/// The build settings a target's module name comes from, read as text: the `buildSettings` of its configurations,
/// then the `.xcconfig` file each is based on (`baseConfigurationReference`, or Xcode 16's anchor in a synchronized
/// folder and relative path), then the same for the project's configurations. `#include`s of xcconfig files are not
/// followed.
extension XcodeProject {
    /// The name Swift imports the target by: `PRODUCT_MODULE_NAME` where set, else `PRODUCT_NAME`, else the target's
    /// name, with characters invalid in an identifier as `_` (Xcode's `c99extidentifier`). `$(TARGET_NAME)` is the
    /// target's name; a value naming any other setting is unknown, and the target's name is used.
    func moduleName(of target: Value, named name: String, context: ManifestContext) -> String {
        let owners = [target, project]
        for key in ["PRODUCT_MODULE_NAME", "PRODUCT_NAME"] {
            for owner in owners {
                guard let value = setting(key, of: owner, context: context) else { continue }
                return Self.identifier(Self.expanded(value, target: name) ?? name)
            }
        }
        return Self.identifier(name)
    }

    /// The first value of `key` set by a configuration of `owner` (a target or the project), or its xcconfig file.
    private func setting(_ key: String, of owner: Value, context: ManifestContext) -> String? {
        let configurations = objects("buildConfigurations", of: object(owner["buildConfigurationList"]?.text))
        for (_, configuration) in configurations {
            if let value = configuration["buildSettings"]?[key]?.text { return value }
        }
        for (_, configuration) in configurations {
            guard let path = configurationFile(of: configuration), let bytes = context.read(path) else { continue }
            if let value = Self.xcconfigValue(key, in: bytes) { return value }
        }
        return nil
    }

    /// The repository path of the xcconfig file a configuration is based on.
    private func configurationFile(of configuration: Value) -> String? {
        if let reference = configuration["baseConfigurationReference"]?.text { return path(of: reference) }
        guard let anchor = configuration["baseConfigurationReferenceAnchor"]?.text,
            let relative = configuration["baseConfigurationReferenceRelativePath"]?.text, let folder = path(of: anchor)
        else { return nil }
        return ManifestContext.join(folder, relative)
    }

    /// The value an xcconfig file gives `key` without a condition (`KEY = value`, `//` comments dropped).
    static func xcconfigValue(_ key: String, in bytes: [UInt8]) -> String? {
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            var text = line.drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix(key) else { continue }
            text = text.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            guard text.first == "=" else { continue }
            let value = text.dropFirst().split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = value.trimmingCharacters(in: [" ", "\t", "\r", ";"])
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }

    /// `value` with `$(TARGET_NAME)` (also `${…}` and `:c99extidentifier`) replaced by `target`; nil when it names
    /// another setting.
    static func expanded(_ value: String, target: String) -> String? {
        var text = value
        for reference in ["$(TARGET_NAME)", "${TARGET_NAME}", "$(TARGET_NAME:c99extidentifier)", "${TARGET_NAME:c99extidentifier}"] {
            text = text.replacingOccurrences(of: reference, with: target)
        }
        return text.contains("$") ? nil : text
    }

    /// A name as a module name: letters, digits and `_`, others as `_`, not starting with a digit.
    static func identifier(_ name: String) -> String {
        let mapped = String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
        return mapped.first?.isNumber == true ? "_" + mapped : mapped
    }
}
