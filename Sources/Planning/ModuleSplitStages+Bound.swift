import SymbolScan

/// Files bound to each other (`BoundFiles`: a Kotlin `expect` and its `actual`s, a C# `partial` type's files, a Go
/// method and its type) leave the module together, in one stage, or stay together.
extension ModuleSplitStages {
    /// A cluster's files with each bound group whole: grown by the rest of it (of movable files), and without it.
    func wholeBoundGroups(_ cluster: FileClustering.Cluster, movable: Set<Int>) -> [[Int]] {
        let files = Set(cluster.files)
        return Set([bound.whole(files, allowing: movable), bound.whole(files, allowing: [])]).map { $0.sorted() }
    }

    /// `paths` with the files bound to them that `cluster` holds (a lower layer moving only the files the budget needs
    /// takes those bound to them), or nil when nothing is missing.
    func withBoundFiles(_ paths: Set<String>, within cluster: Set<String>) -> Set<String>? {
        let indices = { (paths: Set<String>) in Set(module.files.indices.filter { paths.contains(module.files[$0].path) }) }
        let whole = Set(bound.whole(indices(paths), allowing: indices(cluster)).map { module.files[$0].path })
        return whole == paths ? nil : whole
    }
}
