import Analyses
import FileScanning
import ImportScan
import ModuleGraph
import RuleCatalog
import SourceScan

/// What `assign` builds: each module's files and the import sites between modules, re-exports followed.
extension ModuleAnalyzer {
    /// Each module's code and test files, and the import sites between modules.
    struct Assignment {
        var code: [[FileReport]]
        var tests: [[FileReport]]
        /// The code files no module owns, manifests included (analyze leaves those out).
        var unowned: [String] = []
        var sites: [(from: Int, to: Int, file: String)] = []
        /// By site, the file it imports where the import names one (JS/TS, `ImportResolver.scriptFile`).
        var siteTargets: [String?] = []
        /// By `edge(from, to)` (module indices), the first import site of the edge as `path:line`.
        var firstImports: [Int: String] = [:]
        var external: [Int]
        /// Per module, the modules its in-library test files import (not structure; they use dev-dependencies).
        var testImports: [Set<Int>] = []
        /// Per module, the other modules it imports by name somewhere, not only by a JS/TS path to them (relative,
        /// or a tsconfig path alias).
        var byName: [Int: Set<Int>] = [:]
        /// What each module passes on to its importers (`@_exported import`, `pub use`, `export … from`).
        var reexports = ModuleReexports()
        /// By `edge(from, to)`, the modules an edge with no import of its own reaches `to` through.
        var via: [Int: Set<Int>] = [:]

        /// One structural import of its owner's: a site of the edge to its target, or an import from outside.
        mutating func record(_ site: ResolvedImport) {
            let (owner, path) = (site.owner, site.path)
            guard let target = site.target else { return external[owner] += 1 }
            sites.append((owner, target, path))
            siteTargets.append(site.targetFile)
            if !site.byPath && owner != target { byName[owner, default: []].insert(target) }
            if site.reexports { recordReexport(owner, target, path: path, targetFile: site.targetFile) }
            if firstImports[Self.edge(owner, target)] == nil { firstImports[Self.edge(owner, target)] = "\(path):\(site.line)" }
        }

        /// A re-export by `path`, a file of `owner`, of `target` (the file `targetFile` when the import names one).
        mutating func recordReexport(_ owner: Int, _ target: Int, path: String, targetFile: String?) {
            reexports.add(owner, reexports: target)
            if owner != target {
                reexports.add(file: path, reexports: target)
            } else if let targetFile {
                reexports.add(file: path, forwards: targetFile)
            }
        }

        /// The sites the recorded imports reach through re-exports (not `byName`: a module need not declare what
        /// its dependency passes on). The first import of such an edge is that of the module passing it on.
        mutating func addReexportedSites() {
            let direct = Set(sites.map { Self.edge($0.from, $0.to) })
            for site in reexports.sites(adding: sites, targets: siteTargets) {
                sites.append((site.from, site.to, site.file))
                let key = Self.edge(site.from, site.to)
                guard !direct.contains(key) else { continue }
                via[key, default: []].insert(site.via)
                if firstImports[key] == nil { firstImports[key] = firstImports[Self.edge(site.from, site.via)] }
            }
        }

        /// One key per module edge, without building a string for every import site.
        static func edge(_ from: Int, _ to: Int) -> Int { from << 32 | to }
    }

    /// One import of a module's file, resolved.
    struct ResolvedImport {
        var owner: Int
        /// The module it resolves to; nil: none in the repository.
        var target: Int?
        var path: String
        var line: Int
        /// Whether a JS/TS import reaches its module by a path, not by a package's name.
        var byPath: Bool
        var reexports: Bool
        /// The file it imports, where a JS/TS import names one.
        var targetFile: String?
    }

    /// Each import of `files` with the module it resolves to, to `record`.
    func resolveImports(
        _ files: [(file: FileReport, owner: Int)], with resolver: ImportResolver, record: (ResolvedImport) -> Void
    ) {
        let styles = Dictionary(
            catalog.languages.languages.map { ($0.name, $0.importStyle) }, uniquingKeysWith: { first, _ in first })
        for (file, owner) in files {
            let style = styles[file.language] ?? nil
            for facts in file.imports {
                let target = resolver.resolve(facts, in: file.path, style: style, language: file.language)
                // A crate path that names no declared dependency is most likely a local item: not an import.
                guard target != nil || facts.kind != .path else { continue }
                let script = style == "javascript" ? target : nil
                record(ResolvedImport(
                    owner: owner, target: target, path: file.path, line: facts.line,
                    byPath: script != nil && resolver.resolvesByPath(facts, in: file.path), reexports: facts.reexports,
                    targetFile: script.flatMap { resolver.scriptFile(facts, in: file.path, module: $0) }))
            }
        }
    }
}
