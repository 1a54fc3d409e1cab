import Foundation
import ModuleGraph
import SourceScan
internal import Yams

/// The rules folder: languages and scan settings, read from YAML.
public struct RuleCatalog: Sendable {
    public var languages: LanguageTable
    public var scan: ScanSettings
    public var modules: ModuleSettings
    /// Where the rules were read from.
    public var folder: URL

    /// Reads the rules bundled with accrue, or the folder named by `ACCRUE_RULES` when set.
    public static func bundled() throws(RuleCatalogError) -> RuleCatalog {
        try load(from: defaultFolder())
    }

    /// The folder the bundled rules are read from.
    public static func defaultFolder() throws(RuleCatalogError) -> URL {
        if let override = ProcessInfo.processInfo.environment["ACCRUE_RULES"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // Next to the executable first (an installed copy), then the build's resource bundle.
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent().appendingPathComponent("rules")
        if FileManager.default.fileExists(atPath: beside.appendingPathComponent("languages.yaml").path) {
            return beside
        }
        guard let url = Bundle.module.url(forResource: "rules", withExtension: nil) else {
            throw .missingFolder("the rules bundled with accrue")
        }
        return url
    }

    /// Reads `languages.yaml` and `scan.yaml` from `folder`.
    public static func load(from folder: URL) throws(RuleCatalogError) -> RuleCatalog {
        let languageFile: LanguageFile = try decode(folder.appendingPathComponent("languages.yaml"))
        let scan: ScanSettings = try decode(folder.appendingPathComponent("scan.yaml"))
        let modules: ModuleSettings = try decode(folder.appendingPathComponent("modules.yaml"))
        guard modules.budget.warning <= modules.budget.error else {
            throw .invalid(file: "modules.yaml", detail: "budget.warning must not exceed budget.error")
        }
        var seen = Set<String>()
        for language in languageFile.languages {
            guard seen.insert(language.name).inserted else {
                throw .invalid(file: "languages.yaml", detail: "language '\(language.name)' is defined twice")
            }
        }
        return RuleCatalog(
            languages: LanguageTable(languageFile.languages), scan: scan, modules: modules, folder: folder)
    }

    static func decode<T: Decodable>(_ url: URL) throws(RuleCatalogError) -> T {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .missingFolder(url.path)
        }
        do {
            // Yams parses (libyaml, fast); Foundation's JSONDecoder decodes. YAMLDecoder's own Decodable
            // layer took most of accrue's start-up time on the 90-language table.
            guard let node = try Yams.compose(yaml: text) else {
                throw RuleCatalogError.invalid(file: url.lastPathComponent, detail: "the file is empty")
            }
            var json: [UInt8] = []
            YAMLToJSON.write(node, into: &json)
            return try JSONDecoder().decode(T.self, from: Data(json))
        } catch let error as RuleCatalogError {
            throw error
        } catch {
            throw .invalid(file: url.lastPathComponent, detail: String(describing: error))
        }
    }
}

struct LanguageFile: Decodable {
    var version: Int
    var languages: [Language]
}

/// Why the rules could not be read.
public enum RuleCatalogError: Error, CustomStringConvertible, Equatable {
    case missingFolder(String)
    case invalid(file: String, detail: String)

    public var description: String {
        switch self {
        case .missingFolder(let path): "cannot read rules from \(path)"
        case .invalid(let file, let detail): "invalid rules file \(file): \(detail)"
        }
    }
}
