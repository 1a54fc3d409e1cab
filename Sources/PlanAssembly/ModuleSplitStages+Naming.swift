import PlanNaming
import Planning
import SymbolScan

/// What a split's new module could be named after, most telling first (PlanNaming's `ModuleNaming.name` chooses).
extension ModuleSplitStages {
    /// The name of the module `files` (at `paths`) move to, the `ordinal`th of this split, none of `taken` nor a
    /// folder or file already where its folder goes (the repository's paths but those moving: a folder all of whose
    /// files move becomes the module where it is, a folder module's `src/middleware/`), in any case: named after what
    /// moves, never after such a folder holding them (`around`); in a Python namespace, a package beside theirs
    /// (whose folder names nothing new). A C declaration loses the prefix most of the module's declarations share
    /// (libuv's `uv__`).
    func newName(_ files: [PlanFile], paths: Set<String>, ordinal: Int, taken: Set<String>, own: Set<String>) -> String {
        let present = ModuleNaming.presentEntries(
            besideNewModulesOf: module, among: (module.files.map(\.path) + elsewhere).filter { !paths.contains($0) })
        let around = present.intersection(ModuleNaming.presentEntries(besideNewModulesOf: module, among: paths))
        let taken = taken.union(present)
        let package = ModuleNaming.pythonNamespacedPackage(of: files.map(\.path), in: module)
        let declarations = rankedDeclarations(paths)
        let kinds = files.flatMap(\.declarations).filter { $0.name == declarations.first }.map(\.kind)
        let fileFirst = ModuleNaming.namesAfterMainFile(files: files.map(\.path), centralKinds: kinds)
        // A JavaScript folder's entry, the largest file moving, names it as the folder (vite's optimizer/index.ts).
        let main = ModuleNaming.mainFile(files.map { ($0.path, $0.codeLines) }).flatMap { $0.hasSuffix(".lua") ? nil : $0 }
        let entry = main.flatMap(ModuleNaming.entryFolder(of:))
        let name = ModuleNaming.name(
            files: files.map(\.path), folder: filledFolder(paths).flatMap { $0 == package?.name ? nil : $0 } ?? entry,
            central: fileFirst ? nil : declarations.first,
            candidates: nameCandidates(files, declarations: declarations, centralAfterMainFile: fileFirst),
            module: module.name, root: module.roots.count == 1 ? module.roots.first : nil, ordinal: ordinal,
            lowercase: !["swiftpm", "xcode", "cargo", "npm"].contains(module.ecosystem)
                && files.map(\.path).allSatisfy(ModuleNaming.startsInLowerCase),
            taken: taken, around: around, own: own, ecosystem: module.ecosystem,
            declarationPrefix: ModuleNaming.declarationPrefix(of: module.dependencies.lazy.flatMap(\.names)))
        guard let package else { return name }
        return ModuleNaming.pythonNamespaced(name, in: package, taken: taken)
    }

    /// The names after the files' common stem, the folder they fill and their most used declaration: the folder
    /// holding them all (rubocop's `cop/style`, but no root of the module nor the folder all its files are in),
    /// their main file's stem (`ModuleNaming.mainFile`: most code lines, test code last; a Lua `init.lua`'s is its
    /// folder's name) and their next most used declarations; a declaration no better than a number is skipped.
    /// `centralAfterMainFile` puts the most used declaration after the main file's stem.
    func nameCandidates(_ files: [PlanFile], declarations: [String], centralAfterMainFile: Bool = false) -> [ModuleNaming.Candidate] {
        var candidates: [ModuleNaming.Candidate] = []
        if let folder = ModuleNaming.enclosingFolder(of: files.map(\.path), in: module) { candidates.append(.folder(folder)) }
        if let main = ModuleNaming.mainFile(files.map { ($0.path, $0.codeLines) }) {
            candidates.append(.file(ModuleNaming.moduleStem(main)))
        }
        let next = declarations.dropFirst(centralAfterMainFile ? 0 : 1).prefix(centralAfterMainFile ? 3 : 2)
        return candidates + next.map(ModuleNaming.Candidate.declaration)
    }

    /// The last name of the folder holding every file of `paths` when they are most of the code of each of its
    /// entries they touch (a folder that moves, but for what cannot: pandoc's `Readers/ODT`, with `Readers/ODT.hs`,
    /// the module the folder's files extend, as Rust's `foo.rs` beside `foo/`; or whole subfolders of it: a pack of
    /// hono's middleware folders), unless it names the whole module (`ModuleNaming.partName`); nil otherwise.
    func filledFolder(_ paths: Set<String>) -> String? {
        let inside = paths.map { ModuleNaming.intoItsFolder($0, among: paths) }
        guard let first = inside.min() else { return nil }
        var folder = String(first.split(separator: "/").dropLast().joined(separator: "/"))
        while !folder.isEmpty, !inside.allSatisfy({ $0.hasPrefix(folder + "/") }) {
            folder = String(folder.split(separator: "/").dropLast().joined(separator: "/"))
        }
        let inFolder = module.files.filter { $0.path.hasPrefix(folder + "/") }
        guard !folder.isEmpty, inFolder.count < module.files.count else { return nil }
        // Per entry of the folder (a subfolder, or a file with the folder its name gives): the lines that move
        // and all its lines. Every entry the files touch must move for the most part.
        var entries: [Substring: (moving: Int, all: Int)] = [:]
        for file in inFolder {
            let rest = file.path.dropFirst(folder.count + 1)
            let entry = rest.prefix { $0 != "/" && $0 != "." }
            let moving = paths.contains(file.path) ? file.codeLines : 0
            entries[entry, default: (0, 0)].moving += moving
            entries[entry, default: (0, 0)].all += file.codeLines
        }
        guard entries.values.allSatisfy({ $0.moving == 0 || 2 * $0.moving >= $0.all }) else { return nil }
        return ModuleNaming.partName(ofFolder: folder, in: module)
    }

    /// The declarations of the cluster, those its own files use most first, then those the rest of the module uses
    /// most (files that do not use each other: a pack of rubocop's cops). An error type comes last: every file that
    /// can fail uses it, whatever the cluster is for (swift-syntax's refactorings were to become a module named
    /// `RefactoringNotApplicableError` rather than after `RefactoringProvider`).
    func rankedDeclarations(_ paths: Set<String>) -> [String] {
        var (inside, outside): ([String: Int], [String: Int]) = ([:], [:])
        for dependency in module.dependencies where paths.contains(dependency.to) {
            for name in dependency.names {
                if paths.contains(dependency.from) { inside[name, default: 0] += 1 } else { outside[name, default: 0] += 1 }
            }
        }
        // Errors and annotations (`@ExperimentalKotlinPoetApi`) are used everywhere and name nothing moving.
        let annotations = Set(module.files.flatMap(\.declarations).filter { $0.kind == "annotation" }.map(\.name))
        let isError: (String) -> Bool = { $0.hasSuffix("Error") || $0.hasSuffix("Exception") || annotations.contains($0) }
        let ranked: ([String: Int]) -> [String] = { uses in
            uses.sorted { a, b in
                let (rankA, rankB) = ((isError(a.key) ? 0 : 1, a.value), (isError(b.key) ? 0 : 1, b.value))
                return rankA != rankB ? rankA > rankB : a.key < b.key
            }.map(\.key)
        }
        let all = ranked(inside) + ranked(outside).filter { inside[$0] == nil }
        let moving = module.files.filter { paths.contains($0.path) }
        let values = ModuleNaming.valueNames(
            declarations: moving.flatMap { $0.declarations.map { ($0.name, $0.kind) } }, bare: moving.flatMap(\.declaredNames))
        return all.filter { !values.contains($0) } + all.filter(values.contains)
    }
}
