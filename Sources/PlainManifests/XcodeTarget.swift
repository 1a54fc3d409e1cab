import ModuleGraph

/// The files an Xcode target's code is: what Xcode compiles, by ending, and the headers beside it.
package enum XcodeCode {
    /// The C-family sources, whose same-stem header is theirs.
    static let sources: Set<Substring> = ["m", "mm", "c", "cc", "cpp", "cxx"]
    /// What Xcode compiles: Swift, the C-family sources and Metal shaders.
    static let compiled = sources.union(["swift", "metal"])
    /// Compiled files and headers.
    static let code = compiled.union(["h", "hh", "hpp", "hxx"])

    /// The ending of the file `path` names, after its last dot; nil without one.
    static func ending(of path: String) -> Substring? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return path[path.index(after: dot)...]
    }

    /// Whether `path` names a code file.
    static func isCode(_ path: String) -> Bool { ending(of: path).map(code.contains) ?? false }

    /// Whether `path` names a file Xcode compiles (a header aside: any target includes it).
    package static func isCompiled(_ path: String) -> Bool { ending(of: path).map(compiled.contains) ?? false }
}

/// One native target of an Xcode project as a module: its name, kind, code files, dependencies and module name.
///
/// Its files are the code files of its Sources and Headers build phases (file references resolved through the groups),
/// with the header beside each C-family source that shares its stem (`Player.m` → `Player.h`), and those of the
/// folders it synchronizes (Xcode 16's `fileSystemSynchronizedGroups`: every tracked code file below the folder, less
/// the `membershipExceptions` a `PBXFileSystemSynchronizedBuildFileExceptionSet` lists for it; such a set for a
/// target that does not synchronize the folder adds those files to it instead). Resources, plists and asset catalogs
/// are no code. Its dependencies are the targets its `PBXTargetDependency`s name (a target of another project by its
/// proxy's `remoteInfo`), the targets whose products its Frameworks phase links (by the framework's name when another
/// project of the workspace builds it), and the Swift package products it
/// uses (`packageProductDependencies`, by product name; a build tool plugin is none); an executable or loadable bundle
/// it depends on is one it embeds, loads or drives (iina's app extension, home-assistant's MacBridge, a UI test's
/// app), and an aggregate target a script it runs first, no code it links, and is none, but for a unit test bundle's
/// host app, which it imports (`@testable import`).
struct XcodeTarget {
    let id: String
    let name: String
    let kind: ModuleDeclaration.Kind
    let line: Int
    var files: [String]
    var dependencies: [String]
    /// The name Swift imports it by (XcodeBuildSettings' `moduleName`).
    let moduleName: String
    /// The framework it builds (`X` of `X.framework`), which Objective-C includes headers through (`<X/Y.h>`).
    let frameworkName: String?


    /// A product type's kind: a test bundle is a test, an application, app extension, tool or other process is an
    /// executable, a framework, library or loadable bundle a library.
    static func kind(of productType: String) -> ModuleDeclaration.Kind {
        let type = productType.hasPrefix("com.apple.product-type.") ? String(productType.dropFirst(23)) : productType
        if type.hasPrefix("bundle.") && (type.contains("test") || type.contains("testing")) { return .test }
        let processes = ["application", "app-extension", "tool", "xpc-service", "watchkit", "tv-app-extension"]
        if processes.contains(where: type.hasPrefix) || type.hasSuffix("-extension") { return .executable }
        return .library
    }
}

extension XcodeProject {
    /// The native targets, in the project's order (aggregate and legacy targets build no code of their own).
    func targets(context: ManifestContext) -> [XcodeTarget] {
        let ids = project["targets"]?.items.compactMap(\.text) ?? []
        var products: [String: String] = [:]
        for id in ids {
            if let product = object(id)?["productReference"]?.text, let name = object(id)?["name"]?.text { products[product] = name }
        }
        let synchronized = objects.filter { $0.value["isa"]?.text == "PBXFileSystemSynchronizedRootGroup" }
            .sorted { $0.key < $1.key }.compactMap { group in path(of: group.key).map { (group.key, group.value, $0) } }
        let targets = ids.compactMap { id -> XcodeTarget? in
            guard let target = object(id), target["isa"]?.text == "PBXNativeTarget", let name = target["name"]?.text,
                let files = codeFiles(of: id, target, synchronized, context: context)
            else { return nil }
            var seen = Set<String>()
            return XcodeTarget(
                id: id, name: name, kind: XcodeTarget.kind(of: target["productType"]?.text ?? ""), line: target.line,
                files: files.filter { seen.insert($0).inserted },
                dependencies: dependencies(of: target, products: products).filter { $0 != name },
                moduleName: moduleName(of: target, named: name, context: context),
                frameworkName: frameworkName(of: target))
        }
        return withoutEmbedded(targets, ids: ids)
    }

    /// `targets` with no dependency on a target no code links: an executable or a loadable bundle (an app extension,
    /// tool or plugin the target embeds or loads, an app a UI test drives), an aggregate or legacy target (a script
    /// it runs first); but a unit test bundle's on the app hosting it (`@testable import App`).
    private func withoutEmbedded(_ targets: [XcodeTarget], ids: [String]) -> [XcodeTarget] {
        var unlinked = Set<String>()
        var executables = Set<String>()
        for id in ids {
            guard let target = object(id), let name = target["name"]?.text else { continue }
            let type = target["productType"]?.text ?? ""
            if XcodeTarget.kind(of: type) == .executable { executables.insert(name) }
            if target["isa"]?.text != "PBXNativeTarget" || type == "com.apple.product-type.bundle" { unlinked.insert(name) }
        }
        unlinked.formUnion(executables)
        return targets.map { target in
            let isUnitTest = object(target.id)?["productType"]?.text?.hasSuffix(".bundle.unit-test") == true
            var linking = target
            linking.dependencies = target.dependencies.filter { !unlinked.contains($0) || isUnitTest && executables.contains($0) }
            return linking
        }
    }

    /// The target's code files: those of its build phases and synchronized folders; nil when it lists no source at
    /// all (a watch app's container, a resources bundle: no code to own).
    private func codeFiles(
        of id: String, _ target: Value, _ synchronized: [(id: String, group: Value, folder: String)], context: ManifestContext
    ) -> [String]? {
        let phases = objects("buildPhases", of: target).filter {
            ["PBXSourcesBuildPhase", "PBXHeadersBuildPhase"].contains($0.object["isa"]?.text ?? "")
        }
        let entries = phases.flatMap { objects("files", of: $0.object) }
        let folders = synchronizedFiles(of: id, target, synchronized, context: context)
        guard !entries.isEmpty || folders != nil else { return nil }
        let listed = entries.compactMap { $0.object["fileRef"]?.text.flatMap(path(of:)) }
            .filter { XcodeCode.isCode($0) && context.contains($0) }.flatMap { [$0] + sameStemHeader(of: $0, context) }
        return listed + (folders ?? [])
    }

    private func sameStemHeader(of path: String, _ context: ManifestContext) -> [String] {
        guard let ending = XcodeCode.ending(of: path), XcodeCode.sources.contains(ending) else { return [] }
        let header = String(path.dropLast(ending.count)) + "h"
        return context.contains(header) ? [header] : []
    }

    /// The code files of the synchronized folders `target` (`id`) holds, less its exceptions, and those the exception
    /// sets of other synchronized folders add to it; nil when it has none of either.
    private func synchronizedFiles(
        of id: String, _ target: Value, _ groups: [(id: String, group: Value, folder: String)], context: ManifestContext
    ) -> [String]? {
        let own = Set(target["fileSystemSynchronizedGroups"]?.items.compactMap(\.text) ?? [])
        var files: [String]?
        for (groupID, group, folder) in groups {
            let sets = objects("exceptions", of: group).filter {
                $0.object["isa"]?.text == "PBXFileSystemSynchronizedBuildFileExceptionSet" && $0.object["target"]?.text == id
            }
            let excepted = sets.flatMap { $0.object["membershipExceptions"]?.items.compactMap(\.text) ?? [] }
                .map { ManifestContext.join(folder, $0) }
            guard own.contains(groupID) || !excepted.isEmpty else { continue }
            let isMember = own.contains(groupID)
            files = (files ?? []) + context.paths(under: folder).filter { path in
                XcodeCode.isCode(path) && isMember != excepted.contains { ManifestContext.isInside(path, $0) }
            }
        }
        return files
    }

    /// The targets it depends on and links, and the package products it uses, each once.
    private func dependencies(of target: Value, products: [String: String]) -> [String] {
        var names = Set<String>()
        for (_, dependency) in objects("dependencies", of: target) where dependency["productRef"] == nil {
            let name = object(dependency["target"]?.text)?["name"]?.text
                ?? object(dependency["targetProxy"]?.text)?["remoteInfo"]?.text
            if let name { names.insert(name) }
        }
        for (_, product) in objects("packageProductDependencies", of: target) {
            if let name = product["productName"]?.text, !name.hasPrefix("plugin:") { names.insert(name) }
        }
        for (_, phase) in objects("buildPhases", of: target) where phase["isa"]?.text == "PBXFrameworksBuildPhase" {
            for (_, file) in objects("files", of: phase) {
                guard let reference = file["fileRef"]?.text else { continue }
                if let name = products[reference] ?? builtFramework(reference) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// `X` of an `X.framework` another build of the workspace puts in the products folder (Kingfisher's demo project
    /// links the `Kingfisher.framework` its Kingfisher project builds).
    private func builtFramework(_ reference: String) -> String? {
        guard let file = object(reference), file["sourceTree"]?.text == "BUILT_PRODUCTS_DIR",
            let path = file["path"]?.text, path.hasSuffix(".framework")
        else { return nil }
        return path.split(separator: "/").last.map { String($0.dropLast(10)) }
    }

    /// `X` of the `X.framework` the target builds; nil for any other product.
    private func frameworkName(of target: Value) -> String? {
        guard let product = object(target["productReference"]?.text)?["path"]?.text, product.hasSuffix(".framework")
        else { return nil }
        return String(product.dropLast(10).split(separator: "/").last ?? "")
    }
}
