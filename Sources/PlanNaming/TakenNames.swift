/// Names a new module may not take, compared as case-insensitive file systems compare folder names (macOS's APFS,
/// Windows' NTFS): a module's folder is named after it, so `Telescope/` beside `telescope/` is one folder there.
/// telescope.nvim's plan had proposed both a `Telescope` and a `telescope` module, and a `lua/telescope/` folder
/// that was already there.
package struct Taken: Sendable {
    private let folded: Set<String>

    package init(_ names: some Sequence<String>) {
        folded = Set(names.lazy.map { $0.lowercased() })
    }

    /// Whether `name`, in any case, is taken.
    package func contains(_ name: String) -> Bool { folded.contains(name.lowercased()) }
}
