import AccrueKit
import ImportScan
import ModuleGraph
import Planning
import SymbolScan

extension PlanInputBuilder {
    /// A crate's module tree (SymbolScan's `RustModuleTree`): its code and test files, the `mod` lines of those read
    /// (`symbols`), the targets its Cargo.toml names by path and its build scripts as crate roots (a `build.rs` that
    /// `build = false` turns off is a file like any), and what each file's `use` lines bind
    /// (`imports`, the scan's); nil for a module of another ecosystem.
    static func rustModules(
        of module: ModuleReport.Module, symbols: [String: SymbolFacts], imports: (String) -> [ImportFacts]
    ) -> RustModuleTree? {
        guard module.declaration.ecosystem == "cargo" else { return nil }
        let files = (module.files + module.testFiles).filter { $0.hasSuffix(".rs") }
        var items: [String: [RustModuleItem]] = [:]
        for path in files { if let facts = symbols[path] { items[path] = facts.moduleItems } }
        var tree = RustModuleTree(
            files: files, items: items, roots: Set(module.declaration.targetFiles),
            buildScripts: Set(module.declaration.buildScripts))
        for path in files where symbols[path] != nil {
            let bound = useBindings(imports(path))
            if !bound.isEmpty { tree.uses[path] = bound }
        }
        return tree
    }

    /// A crate's module tree (`rustModules`) and, where it is published, which of its files its users can name
    /// nothing of (`PlanRustPublication`); nothing for a module of another ecosystem.
    func addRust(
        to planModule: inout PlanModule, of module: ModuleReport.Module, symbols: [String: SymbolFacts],
        imports: (String) -> [ImportFacts]
    ) {
        planModule.rustModules = Self.rustModules(of: module, symbols: symbols, imports: imports)
        guard planModule.isPublished, let tree = planModule.rustModules else { return }
        let hidden = PlanRustPublication.unpublished(
            files: module.files, tree: tree, text: textLines(of:), imports: imports)
        for index in planModule.files.indices {
            planModule.files[index].unpublishedBecause = hidden[planModule.files[index].path]
        }
    }

    /// The names a Rust file's `use` lines bind, to the paths as written: `use crate::body::Foo;` binds `Foo`, `use
    /// a::Foo as Bar;` binds `Bar`, `use super::extract;` binds `extract`; a glob binds nothing by name.
    static func useBindings(_ imports: [ImportFacts]) -> [String: String] {
        var bound: [String: String] = [:]
        for facts in imports where facts.kind == .relative || facts.kind == .module {
            guard let last = facts.path.split(separator: ":").last, last != "*" else { continue }
            let name = facts.alias ?? String(last)
            if name != "_", bound[name] == nil { bound[name] = facts.path }
        }
        return bound
    }
}
