// MARK: - Xcode

/// An Xcode target as PlainManifests' XcodeProjectManifest reads one back: a native target of the project owning the
/// files it compiles, depending on the targets its Frameworks and Libraries list links. A part split off an app or
/// framework becomes a framework target in the same project, its files in a folder of its own.
extension BuildSpelling {
    /// The `.xcodeproj` bundle declaring the old target (`iina.xcodeproj` of `iina.xcodeproj/project.pbxproj`).
    private static func project(_ new: NewModule) -> String {
        NewModule.parent(of: new.manifest).split(separator: "/").last.map(String.init) ?? new.manifest
    }

    static func xcodeCreation(_ new: NewModule, own: [String]) -> String {
        "Add a framework target `\(new.declared)` to \(project(new)) (File ▸ New ▸ Target) compiling the files moved to "
            + "`\(new.folder)/`"
    }

    /// `modules` in the Frameworks and Libraries of the target using them (its General tab), which links and embeds them.
    static func xcodeAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        "add \(listed(modules)) to the Frameworks and Libraries of `\(toNew ? new.declared : new.old)`"
    }
}
