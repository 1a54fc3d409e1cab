import SymbolScan

/// A C or C++ source file's split: a `static` function is its file's own, so one called across the split (moved and
/// called from what stays, or staying and called from what moves) loses `static` and is declared in a private header
/// both files include; a new file is compiled only once the build lists it, beside the old one where a build file
/// names that (cJSON_Utils.c's split had moved five `static` functions the code left behind calls into
/// cJSON_Utils_sort_list.c, and said nothing of CMakeLists.txt:179 or Makefile:110).
extension FileSplitStages {
    static let cSourceExtensions: Set<String> = [".c", ".cc", ".cpp", ".cxx", ".c++", ".m", ".mm"]

    /// The steps a C or C++ source file's split needs besides the moves; none elsewhere.
    func cSourceSteps(
        _ batch: [Declaration], to names: [String], earlier: some Sequence<Declaration> = [Declaration]()
    ) -> [String] {
        guard Self.cSourceExtensions.contains(fileExtension) else { return [] }
        let newFiles = Self.unique(names)
        let list = Self.joined(newFiles)
        var steps = ["Repeat at the top of \(list) the `#include` lines the moved code needs"]
        let shared = staticsAcross(batch, gone: Set(earlier))
        if !shared.isEmpty {
            let listed = shared.prefix(8).map { "`\($0)`" }.joined(separator: ", ")
                + (shared.count > 8 ? " and \(shared.count - 8) more" : "")
            let them = shared.count == 1 ? "it" : "them"
            steps.append("Drop `static` from \(listed) and declare \(them) in a private header (not installed) that "
                + "\(Self.joined([fileName] + newFiles)) include: code on both sides of the split calls \(them)")
        }
        if !file.buildListings.isEmpty {
            let listings = file.buildListings.joined(separator: ", ")
            steps.append("Add \(list) beside \(fileName) where the build lists it: " + listings)
        }
        return steps
    }

    /// `a`, `a and b`, `a, b and c`.
    static func joined(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    /// The file's `static` names (`PlanFile.filePrivateNames`) that a declaration on one side of the split uses on
    /// the other, in file order; what an earlier stage moved (`gone`) is on neither side: that stage said so.
    private func staticsAcross(_ batch: [Declaration], gone: Set<Declaration>) -> [String] {
        let statics = Set(file.filePrivateNames)
        guard !statics.isEmpty else { return [] }
        let declarations = file.declarations
        let moving = Set(batch)
        var shared = Set<String>()
        for (index, uses) in file.declarationUses.enumerated()
        where index < declarations.count && !gone.contains(declarations[index]) {
            for other in uses where declarations.indices.contains(other) && statics.contains(declarations[other].name)
            && !gone.contains(declarations[other])
            && moving.contains(declarations[index]) != moving.contains(declarations[other]) {
                shared.insert(declarations[other].name)
            }
        }
        return declarations.map(\.name).filter { shared.remove($0) != nil }
    }
}
