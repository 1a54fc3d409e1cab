import PlanNaming
import Planning

extension ModuleExtraction {
    /// Where its users can name nothing the moving files declare (`PlanFile.unpublishedBecause`: crossbeam-channel's
    /// private `mod flavors;`), a published module is split as an unpublished one: no major version, no forwarding
    /// kept for good; the first move says why instead (`unpublishedStep`).
    mutating func passOverUnpublishedNames() {
        guard module.isPublished, !files.isEmpty, let reason = files.first?.unpublishedBecause,
            files.allSatisfy({ $0.unpublishedBecause != nil })
        else { return }
        let reasons = Set(files.compactMap(\.unpublishedBecause))
        // A `mod` line says the most: it hides a whole folder.
        unpublishedBecause = reasons.sorted().first { $0.hasPrefix("`") } ?? reason
        module.isPublished = false
    }

    /// What the first move says of the names it takes out of the module (`ModuleNaming.passingOn`), and why a
    /// published module's users lose none where they can name none of them (`unpublishedStep`). A rock's users
    /// `require` its modules by their paths, not a package by its name: the new folder ships in the same rock, and
    /// nobody adds a dependency (telescope.nvim's split had told its users to add `files` as one).
    func passingOnSteps() -> [String] {
        if module.ecosystem == "luarocks", module.isPublished, !isLower {
            return ["Ship \(name) in \(module.name)'s rock (\(module.manifest)): its users `require` these files' "
                + "modules by their paths, so keep each one's path below `lua/` (where part of a file moved, set the "
                + "moved names on the old file's table, `M.x = require(\"…\").x`) and no user needs a new dependency"]
        }
        return ModuleNaming.passingOn(of: name, from: module, newIsLower: isLower, hasCallers: !callerList.isEmpty)
            + (unpublishedBecause.map { [unpublishedStep($0)] } ?? [])
    }

    /// The first move's word on a published module whose users can name nothing that moves: the moved items the
    /// other side uses become `pub` in their crate, and a lower layer is published with the module depending on it.
    func unpublishedStep(_ reason: String) -> String {
        let users = "No major version needed: \(module.name)'s users can name nothing these files declare "
            + "(\(reason)), so this split breaks none of them"
        let visible = module.ecosystem != "cargo" ? ""
            : "; what \(interfaceUser) uses of them becomes `pub` in \(name) (a `pub(crate)` item is its crate's only)"
        let release = !isLower ? ""
            : "; publish \(name) with \(module.name)'s next release: \(module.name) depends on it now"
        return users + visible + release
    }

    /// Who uses the moved items across the split: the module left behind, through the interface for an upper layer.
    private var interfaceUser: String { isLower ? module.name : "\(module.name) (through the interface)" }
}
