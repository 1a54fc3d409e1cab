import Foundation
import SourceScan

/// The project templates a scaffolder ships as files: data it copies for its users, not code of its own.
///
/// create-vite ships `template-react/`, `template-vue-ts/`… (16 small apps, each with its own `package.json`);
/// a dependency bump changes them all in one commit, which read as 79 hidden couplings among 16 modules. A
/// template folder is one named `template`, `templates` or `template-*` below an npm package that is a
/// scaffolder by npm's and Yeoman's naming conventions (`create-*`, `@scope/create-*`, the packages `npm init`
/// runs; `generator-*`, Yeoman's) and that ships the folder as files: its `package.json` `files` lists it, a
/// glob matching it (`template-*`) or a folder holding it (a Yeoman generator's `generators`, holding
/// `generators/app/templates/`). The nearest `package.json` above the folder is its package. Anything less (a
/// `templates/` folder of a web app, a scaffolder that bundles its templates into `dist/`) stays code.
/// The caller hands in the tracked paths and reads the few `package.json` files asked for.
public enum ScaffoldTemplates {
    /// The template folders (repository-relative) among the folders of `paths`.
    public static func find(in paths: [String], read: (String) -> [UInt8]?) -> Set<String> {
        let tracked = Set(paths)
        var candidates: Set<String> = []
        for path in paths where path.contains("template") {
            var folder = ""
            for part in path.split(separator: "/").dropLast() {
                folder += folder.isEmpty ? String(part) : "/" + part
                if isTemplateName(part) {
                    candidates.insert(folder)
                    break  // a template inside a template is the outer one's data already
                }
            }
        }
        var verdicts: [String: Scaffolder?] = [:]
        return candidates.filter { folder in
            guard let package = nearestPackage(above: folder, tracked: tracked) else { return false }
            if verdicts[package] == nil { verdicts[package] = .some(read(package + "package.json").flatMap(Scaffolder.init)) }
            guard let scaffolder = verdicts[package] ?? nil else { return false }
            return scaffolder.ships(String(folder.dropFirst(package.count)))
        }
    }

    /// `template`, `templates`, `template-react`.
    private static func isTemplateName(_ name: Substring) -> Bool {
        name == "template" || name == "templates" || (name.hasPrefix("template-") && name.count > "template-".count)
    }

    /// The folder (with its trailing `/`, `""` for the root) of the nearest `package.json` strictly above `folder`.
    private static func nearestPackage(above folder: String, tracked: Set<String>) -> String? {
        var current = Substring(folder)
        while let slash = current.lastIndex(of: "/") {
            current = current[..<slash]
            if tracked.contains(current + "/package.json") { return current + "/" }
        }
        return tracked.contains("package.json") ? "" : nil
    }

    /// A scaffolder's `package.json`: the globs of its `files`.
    struct Scaffolder {
        let files: [PathGlob]
        let excluded: [PathGlob]

        /// Nil unless the bytes are a `package.json` of a package named `create-*` or `generator-*` (scoped or not)
        /// with a `files` list.
        init?(_ bytes: [UInt8]) {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
                let name = object["name"] as? String, let files = object["files"] as? [Any]
            else { return nil }
            let bare = name.split(separator: "/").last ?? ""
            guard bare.hasPrefix("create-") || bare.hasPrefix("generator-") else { return nil }
            let entries = files.compactMap { $0 as? String }
            self.files = entries.filter { !$0.hasPrefix("!") }.map { PathGlob(Self.folderPattern($0)) }
            self.excluded = entries.filter { $0.hasPrefix("!") }.map { PathGlob(Self.folderPattern(String($0.dropFirst()))) }
        }

        /// Whether `files` ships the folder at `relative` (to the package): an entry matches it or a folder above it,
        /// and no `!` entry names it.
        func ships(_ relative: String) -> Bool {
            guard !excluded.contains(where: { $0.matches(relative) }) else { return false }
            var prefix = ""
            for part in relative.split(separator: "/") {
                prefix += prefix.isEmpty ? String(part) : "/" + part
                if files.contains(where: { $0.matches(prefix) }) { return true }
            }
            return false
        }

        /// An entry as a pattern for a folder: `./templates/**` → `templates`.
        private static func folderPattern(_ entry: String) -> String {
            var pattern = Substring(entry)
            if pattern.hasPrefix("./") { pattern = pattern.dropFirst(2) }
            for suffix in ["/**/*", "/**", "/*", "/"] where pattern.hasSuffix(suffix) {
                pattern = pattern.dropLast(suffix.count)
                break
            }
            return String(pattern)
        }
    }
}
