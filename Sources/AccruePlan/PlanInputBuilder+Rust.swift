import AccrueKit
import ImportScan
import ModuleGraph
import SymbolScan

extension PlanInputBuilder {
    /// A crate's module tree (SymbolScan's `RustModuleTree`): its code and test files, the `mod` lines of those read
    /// (`symbols`), the targets its Cargo.toml names by path as crate roots; nil for a module of another ecosystem.
    static func rustModules(of module: ModuleReport.Module, symbols: [String: SymbolFacts]) -> RustModuleTree? {
        guard module.declaration.ecosystem == "cargo" else { return nil }
        let files = (module.files + module.testFiles).filter { $0.hasSuffix(".rs") }
        var items: [String: [RustModuleItem]] = [:]
        for path in files { if let facts = symbols[path] { items[path] = facts.moduleItems } }
        return RustModuleTree(files: files, items: items, roots: Set(module.declaration.targetFiles))
    }
}
