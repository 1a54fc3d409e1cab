/// OCaml modules by the files that define them: `process.ml` (or `.mli`, `.mll`, `.mly`) is `Process` to the other
/// modules of its library, which see it before any library's name (dune opens a wrapped library's alias module in
/// each of its files). Other libraries are named by their import names (DuneManifest: `Dune_engine`, an unwrapped
/// library's modules).
extension ImportResolver {
    /// Module name (`Process`) → the modules owning a file `…/process.ml` (`.mli`, `.mll`, `.mly`).
    static func ocamlModules(_ paths: [String], ownership: ModuleOwnership) -> [String: Set<Int>] {
        var modules: [String: Set<Int>] = [:]
        for path in paths where isOCaml(path) {
            guard let owner = ownership.owner(of: path), let name = path.split(separator: "/").last else { continue }
            let stem = name.prefix { $0 != "." }
            modules[stem.prefix(1).uppercased() + stem.dropFirst(), default: []].insert(owner)
        }
        return modules
    }

    /// `Process.run` in a file of a library holding `process.ml`: that library; `Dune_engine.Process.run`: the
    /// library named so; anything else (`List`, `Printf`, a dependency's library) nil.
    func resolveOCaml(_ name: String, from importer: Importer) -> Int? {
        if let own = importer.module, ocamlFiles[name]?.contains(own) == true { return own }
        return named(name, from: importer)
    }

    private static func isOCaml(_ path: String) -> Bool {
        path.hasSuffix(".ml") || path.hasSuffix(".mli") || path.hasSuffix(".mll") || path.hasSuffix(".mly")
    }
}
