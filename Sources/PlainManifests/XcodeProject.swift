import ModuleGraph

/// One `project.pbxproj`'s object graph: its objects by id, its project object, and where in the repository each
/// file reference and group it names lies.
///
/// A path is resolved as Xcode does: `sourceTree = "<group>"` joins the path of the group holding it (the main group
/// is the project folder's), `SOURCE_ROOT` starts at the project folder (the one holding the `.xcodeproj`, moved by
/// the project's `projectDirPath`); `<absolute>`, `BUILT_PRODUCTS_DIR`, `SDKROOT`, `DEVELOPER_DIR` and any other
/// tree, or a path with a build setting in it, name no file of the repository.
struct XcodeProject {
    typealias Value = OpenStepPlist.Value

    /// Every object by its id.
    let objects: [String: Value]
    /// The `PBXProject` object.
    let project: Value
    /// The project folder, repository-relative.
    let folder: String
    /// A group's or file reference's id → the id of the group listing it among its `children`.
    private let parents: [String: String]

    /// The project `root` describes, for the `.xcodeproj` whose `project.pbxproj` is at `manifest`; nil when it has no
    /// `objects` or `rootObject` naming a project.
    init?(_ root: Value, manifest: String) {
        guard let objects = root["objects"]?.entries, let id = root["rootObject"]?.text, let project = objects[id] else {
            return nil
        }
        self.objects = objects
        self.project = project
        let bundle = ManifestContext.folder(of: manifest)
        let projectDirectory = project["projectDirPath"]?.text ?? ""
        folder = Self.isRelative(projectDirectory)
            ? ManifestContext.join(ManifestContext.folder(of: bundle), projectDirectory)
            : ManifestContext.folder(of: bundle)
        var parents: [String: String] = [:]
        for (id, object) in objects {
            for child in object["children"]?.items ?? [] {
                if let child = child.text { parents[child] = id }
            }
        }
        self.parents = parents
    }

    /// The object `id` names, when it is one.
    func object(_ id: String?) -> Value? {
        id.flatMap { objects[$0] }
    }

    /// The objects the ids in `key` of `object` name, in order (a target's `buildPhases`, a phase's `files`).
    func objects(_ key: String, of object: Value?) -> [(id: String, object: Value)] {
        (object?[key]?.items ?? []).compactMap { item in
            item.text.flatMap { id in objects[id].map { (id, $0) } }
        }
    }

    /// The repository-relative path of the file reference or group `id`; nil when it lies outside the repository's
    /// files (another source tree, an absolute path, a build setting).
    func path(of id: String) -> String? {
        var parts: [String] = []
        var current = id
        // A cycle of groups (a damaged file) ends here.
        for _ in 0..<64 {
            guard let object = objects[current] else { return nil }
            let path = object["path"]?.text
            if let path {
                guard Self.isRelative(path) else { return nil }
                parts.append(path)
            }
            switch object["sourceTree"]?.text ?? "<group>" {
            case "<group>":
                guard let parent = parents[current] else { return joined(parts) }
                current = parent
            case "SOURCE_ROOT": return joined(parts)
            default: return nil
            }
        }
        return nil
    }

    /// The project folder joined with `parts`, innermost first.
    private func joined(_ parts: [String]) -> String {
        parts.reversed().reduce(folder) { ManifestContext.join($0, $1) }
    }

    /// Whether a path is relative and free of build settings (`$(SRCROOT)/x`, `${PODS_ROOT}`).
    private static func isRelative(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.hasPrefix("~") && !path.contains("$")
    }
}
