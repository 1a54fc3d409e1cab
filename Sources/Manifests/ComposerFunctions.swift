import ModuleGraph
import Foundation

/// PHP code calls a package's global functions without importing anything: a Composer package's `autoload.files`
/// (symfony/deprecation-contracts' `function.php`, which declares `trigger_deprecation()`) are loaded for every
/// package requiring it. So a declared dependency whose functions the module's code calls is used, though no `use`
/// names it (symfony's 25 "declares but never imports: symfony/deprecation-contracts").
public enum ComposerFunctions {
    /// The global functions the files a `composer.json` autoloads (`"autoload": {"files": […]}`) declare.
    public static func declared(manifest: String, read: (String) -> [UInt8]?) -> [String] {
        guard let bytes = read(manifest) else { return [] }
        let folder = ManifestContext.folder(of: manifest)
        return autoloadedFiles(String(decoding: bytes, as: UTF8.self)).flatMap { file -> [String] in
            guard let source = read(ManifestContext.join(folder, file)) else { return [] }
            return functionNames(String(decoding: source, as: UTF8.self))
        }
    }

    /// Whether one of `paths` calls one of `functions` (`name(`).
    public static func calls(_ functions: [String], in paths: [String], read: (String) -> [UInt8]?) -> Bool {
        guard !functions.isEmpty else { return false }
        return paths.contains { path in
            guard path.hasSuffix(".php"), let bytes = read(path) else { return false }
            let text = String(decoding: bytes, as: UTF8.self)
            return functions.contains { text.contains($0 + "(") }
        }
    }

    /// The quoted paths of the `files` list inside `"autoload"` (not `"autoload-dev"`).
    static func autoloadedFiles(_ json: String) -> [String] {
        guard let autoload = json.range(of: "\"autoload\""),
            let files = json[autoload.upperBound...].range(of: "\"files\""),
            let open = json[files.upperBound...].firstIndex(of: "["),
            let close = json[open...].firstIndex(of: "]")
        else { return [] }
        // The list must belong to this object: no other key's object closes before it.
        guard !json[autoload.upperBound..<files.lowerBound].contains("}") else { return [] }
        return json[json.index(after: open)..<close].split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// The names of the functions a PHP file declares (`function name(`, at any indentation).
    static func functionNames(_ php: String) -> [String] {
        php.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("function ") else { return nil }
            let name = trimmed.dropFirst("function ".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            return name.isEmpty ? nil : String(name)
        }
    }
}
