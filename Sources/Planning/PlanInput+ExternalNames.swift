extension PlanInput {
    /// The names an external package the repository depends on (`dependency`, declared by a module of `ecosystem`)
    /// takes from a new module, as its registry compares names: as written and in lower case; a crate with `-` and `_`
    /// alike (crates.io takes `vm-service` and `vm_service` for one name), a Python distribution in both spellings of
    /// PEP 503's normalized name (runs of `-`, `_` and `.` are one separator: `Vm.Service` is `vm-service`). A pub
    /// package (`vm_service`) or an npm one (`@scope/name` whole) is its name. riverpod's devtool depends on the pub
    /// package `vm_service`: a workspace package of that name split off it would stand in for the published one.
    public static func externalNames(of dependency: String, ecosystem: String) -> Set<String> {
        let lower = dependency.lowercased()
        var names: Set<String> = [dependency, lower]
        guard ecosystem == "cargo" || ecosystem == "python" else { return names }
        let separators: Set<Character> = ecosystem == "python" ? ["-", "_", "."] : ["-", "_"]
        var words: [Substring] = lower.split { separators.contains($0) }
        if words.isEmpty { words = [Substring(lower)] }
        names.formUnion([words.joined(separator: "-"), words.joined(separator: "_")])
        return names
    }
}
