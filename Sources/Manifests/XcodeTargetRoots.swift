import ModuleGraph
import PlainManifests

/// Xcode targets beside the other builds of a repository, and their files gathered into folders.
///
/// A library with both a `Package.swift` and an `.xcodeproj` (Alamofire, Kingfisher, Moya) describes the same files
/// twice; SwiftPM's targets keep them: an Xcode target's file that a module of another build holds through a folder
/// below the repository root, or by its path, in a language that build compiles (`ecosystem_languages`: a React
/// Native app's npm package folder holding `ios/` is no Swift module), is left to it, and a target left with no file
/// is that module described again and is left out. The files a target keeps become its roots, gathered into the
/// largest folders below the repository root all of whose Swift, C-family and Objective-C sources (`XcodeCode`;
/// headers aside, any target includes them) it compiles: `iina` rather than 171 paths, its build scripts and bridging
/// header with it; a file stays a root of its own beside sources of other targets or of none.
enum XcodeTargetRoots {
    static func resolve(
        _ modules: [ModuleDeclaration], files: [ModuleCoverage.File], paths: [String], languages: [String: [String]]
    ) -> [ModuleDeclaration] {
        guard modules.contains(where: { $0.ecosystem == "xcode" }) else { return modules }
        let others = modules.map { module -> ModuleDeclaration in
            var other = module
            let isBuild = !["xcode", "folder", "config"].contains(module.ecosystem)
            other.roots = isBuild ? module.roots.filter { !$0.isEmpty } : []
            return other
        }
        let ownership = ModuleOwnership(modules: others)
        let language = Dictionary(files.map { ($0.path, $0.language) }, uniquingKeysWith: { first, _ in first })
        var replaced: [String: String] = [:]
        let resolved = modules.compactMap { module -> ModuleDeclaration? in
            guard module.ecosystem == "xcode" else { return module }
            let kept = module.roots.filter { path in
                guard let owner = ownership.owner(of: path) else { return true }
                // A file the scan leaves out (too large: Moya's TestImage.swift) goes with its folder.
                guard let written = language[path] else { return false }
                return !(languages[modules[owner].ecosystem].map { $0.contains(written) } ?? true)
            }
            // Headers alone (Moya's umbrella `Moya.h`) are no target SwiftPM leaves to it.
            let isCompiled = XcodeCode.isCompiled
            if !kept.contains(where: isCompiled), let first = module.roots.first(where: isCompiled) {
                replaced[module.name] = ownership.owner(of: first).map { modules[$0].name }
                return nil
            }
            var resolved = module
            resolved.roots = folders(of: kept, paths: paths)
            return resolved
        }
        // A target depending on one left out depends on the module holding its files.
        return resolved.map { module in
            guard module.ecosystem == "xcode", module.dependencies.contains(where: { replaced[$0] != nil }) else { return module }
            var renamed = module
            renamed.dependencies = Set(module.dependencies.map { replaced[$0] ?? $0 }).subtracting([module.name]).sorted()
            return renamed
        }
    }

    /// The file endings Xcode compiles.
    /// `files` as roots: each in the largest folder above it (below the repository root) whose every compiled source
    /// is one of them, and which holds one (a folder of headers alone is no target's), else by its path.
    static func folders(of files: [String], paths: [String]) -> [String] {
        let own = Set(files)
        let context = ManifestContext(paths: paths, read: { _ in nil })
        var compiling = Set<String>()
        for file in files where XcodeCode.isCompiled(file) {
            var folder = ManifestContext.folder(of: file)
            while !folder.isEmpty && compiling.insert(folder).inserted { folder = ManifestContext.folder(of: folder) }
        }
        var whole: [String: Bool] = [:]
        func isWhole(_ folder: String) -> Bool {
            if let known = whole[folder] { return known }
            let verdict = context.paths(under: folder).allSatisfy { !XcodeCode.isCompiled($0) || own.contains($0) }
            whole[folder] = verdict
            return verdict
        }
        var roots = Set<String>()
        for file in files {
            var root = file
            var folder = ManifestContext.folder(of: file)
            // A folder holding another's source holds it for every folder above too.
            while !folder.isEmpty && isWhole(folder) {
                if compiling.contains(folder) { root = folder }
                folder = ManifestContext.folder(of: folder)
            }
            roots.insert(root)
        }
        return roots.filter { root in
            !roots.contains { $0 != root && ManifestContext.isInside(root, $0) }
        }.sorted()
    }

}
