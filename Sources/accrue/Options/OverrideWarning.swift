import AccrueKit
import Foundation
import RuleCatalog
import FileScanning
import ModuleGraph

/// An `overrides:` entry of `.accrue.yml` naming a module or a path that the measured snapshot does not have
/// says so on stderr: a team that misspells a module believes its override applies (docs/rules.md).
enum OverrideWarning {
    /// Checks the overrides against the modules and scanned files of a module report.
    static func check(_ catalog: RuleCatalog, _ report: ModuleReport) {
        warn(catalog.unmatchedOverrides(
            modules: report.modules.map(\.declaration.name), files: report.scan.files.map(\.path)))
    }

    /// Checks the overrides against a gate's or baseline's measured figures (their module names and file paths;
    /// the Gate target is not imported here: one more dependent would move it off the main sequence).
    static func check(_ catalog: RuleCatalog, modules: some Sequence<String>, files: some Sequence<String>) {
        warn(catalog.unmatchedOverrides(modules: modules, files: files))
    }

    private static func warn(_ messages: [String]) {
        for message in messages { FileHandle.standardError.write(Data("accrue: warning: \(message)\n".utf8)) }
    }
}
