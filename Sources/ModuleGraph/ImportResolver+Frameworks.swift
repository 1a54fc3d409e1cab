/// C-family includes of a framework's headers: Xcode copies a framework target's public headers into `X.framework`,
/// where `#import <X/Y.h>` finds them, wherever the header lies in the repository (home-assistant's
/// `Sources/Shared/…`, not a folder `Shared/` holding `Y.h` directly). Such an include, matching no tracked path,
/// resolves to the module building framework `X` (`ModuleDeclaration.frameworkNames`) that the importer's language
/// can reach, when one holds a header of that name.
extension ImportResolver {
    /// Framework name → the modules building it, in declaration order.
    static func frameworkIndex(_ modules: [ModuleDeclaration]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, module) in modules.enumerated() {
            for name in module.frameworkNames where index[name]?.last != position { index[name, default: []].append(position) }
        }
        return index
    }

    /// The module building framework `X` of an include `X/Y.h` whose `Y.h` it owns; nil for any other include.
    func frameworkHeader(_ include: String, from importer: Importer) -> Int? {
        let parts = include.split(separator: "/")
        guard parts.count == 2, let candidates = frameworks[String(parts[0])] else { return nil }
        let reachable = candidates.filter { isReachable($0, from: importer.module) && isImportable($0, by: importer) }
        let headers = byFileName[String(parts[1])] ?? []
        return reachable.first { module in headers.contains { ownership.owner(of: $0) == module } }
    }
}
