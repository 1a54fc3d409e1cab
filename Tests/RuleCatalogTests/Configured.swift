import Foundation
import RuleCatalog
import TestSupport

/// Loads the bundled rules with `yaml` as the repository's `.accrue.yml`.
func configured(_ yaml: String) throws -> RuleCatalog {
    let folder = try FixtureRepository.temporaryFolder(prefix: "config")
    let url = folder.appendingPathComponent(".accrue.yml")
    try Data(yaml.utf8).write(to: url)
    return try RuleCatalog.bundled(configuration: ConfigurationFile(url: url, displayName: ".accrue.yml"))
}

/// The one-line error loading `yaml` as `.accrue.yml` gives, or nil when it loads.
func configurationError(_ yaml: String) throws -> String? {
    do {
        _ = try configured(yaml)
        return nil
    } catch let error as RuleCatalogError {
        return error.description
    }
}

/// A copy of the bundled rules folder to break on purpose.
func copiedRules() throws -> URL {
    let destination = try FixtureRepository.temporaryFolder(prefix: "rules").appendingPathComponent("rules")
    try FileManager.default.copyItem(at: try RuleCatalog.defaultFolder(), to: destination)
    return destination
}
