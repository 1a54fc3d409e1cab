import BuildManifests
import ModuleGraph

/// The readers that may read a path, by its file name: those listing the name, its ending, or a beginning of it
/// (`Package@swift-`, where the reader's `handles(path:)` has the last word).
///
/// A path is offered only to these: one hash per path, not one string split per path and reader (vite has 2,800
/// paths and 8 readers).
struct ManifestReaderIndex {
    private var byName: [String: [any ManifestReader]] = [:]
    private var byExtension: [String: [any ManifestReader]] = [:]
    private var byPrefix: [(prefix: String, reader: any ManifestReader)] = []

    init(_ readers: [any ManifestReader]) {
        for reader in readers {
            for name in reader.manifestNames { byName[name, default: []].append(reader) }
            for ending in reader.manifestExtensions { byExtension[ending, default: []].append(reader) }
            for prefix in reader.manifestPrefixes { byPrefix.append((prefix, reader)) }
        }
    }

    /// The readers of `path`, in the order of the readers given.
    func readers(for path: String) -> [any ManifestReader] {
        let name = ManifestText.fileName(of: path)
        let ending = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]) } ?? ""
        return (byName[name] ?? []) + (byExtension[ending] ?? []) + prefixed(path, name: name)
    }

    /// Whether a reader reads `path` by its whole name or a beginning of it, not only by its ending (a `.gemspec`
    /// is Ruby code too).
    func readsByName(_ path: String) -> Bool {
        let name = ManifestText.fileName(of: path)
        return byName[name] != nil || !prefixed(path, name: name).isEmpty
    }

    private func prefixed(_ path: String, name: String) -> [any ManifestReader] {
        byPrefix.filter { name.hasPrefix($0.prefix) && $0.reader.handles(path: path) }.map(\.reader)
    }
}
