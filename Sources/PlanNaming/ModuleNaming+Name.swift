import Foundation

extension ModuleNaming {
    /// A name for the files' module: their file names' common stem, else the folder they alone fill (`folder`),
    /// else their most used declaration, else `<Module>Part<n>`, spelled as `ecosystem` names modules (else lower
    /// case when `lowercase`, the files' own case, else capitalized); never one of `taken`.
    ///
    /// A name taken already is qualified by the module's own name as its ecosystem writes it (`hono-export`; a
    /// Composer package by its folder, the PSR-4 namespace segment: `HttpKernelDataCollector`, never kebab glued to
    /// camel; a Go package by its last path part), unless that repeats a word (prometheus's `labels` in
    /// `model/labels`, dune's `duneboot` in `duneboot`): the next name of the list is tried. A number is the last
    /// resort, and the second pack of one folder this module split off already (`own`: hono's `middleware2`).
    package static func name(
        files: [String], folder: String? = nil, central: String?, module: String, root: String? = nil, ordinal: Int,
        lowercase: Bool, taken: Set<String>, own: Set<String> = [], ecosystem: String
    ) -> String {
        let owner = ownerName(of: module, root: root, ecosystem: ecosystem)
        let prefix = parentPrefix(of: module, ecosystem: ecosystem)
        var first: String?
        for (base, isFolder) in bases(files: files, folder: folder, central: central, module: module, owner: owner, ordinal: ordinal) {
            let plain = spelled(base, prefix: prefix, lowercase: lowercase, ecosystem: ecosystem)
            if !taken.contains(plain) { return plain }
            if first == nil { first = plain }
            // A second pack of a folder this module already split off is numbered: a qualifier would not tell them apart.
            if isFolder && own.contains(plain) { break }
            guard prefix == nil, !repeatsWords(owner, base) else { continue }
            let qualified = qualified(base, by: owner, module: module, lowercase: lowercase, ecosystem: ecosystem)
            if !taken.contains(qualified) { return qualified }
        }
        let base = first ?? module
        var (candidate, suffix) = ("\(base)2", 3)
        while taken.contains(candidate) {
            candidate = "\(base)\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// The names to try, in order, and whether a folder gave each: the files' common stem, the folder they fill
    /// (not one named as the module, black's `src/black/`, nor a source root, `src`, which names nothing), their most
    /// used declaration; `<Module>Part<n>` when none is long enough.
    private static func bases(
        files: [String], folder: String?, central: String?, module: String, owner: String, ordinal: Int
    ) -> [(String, isFolder: Bool)] {
        var bases: [(String, isFolder: Bool)] = []
        let stem = commonStem(files.map(fileStem))
        if stem.count >= 3 { bases.append((stem, false)) }
        if let folder, folder.count >= 3, folder.lowercased() != module.lowercased(),
            !sourceRoots.contains(folder.lowercased())
        {
            bases.append((folder, true))
        }
        if let central, central.count >= 3 { bases.append((central, false)) }
        return bases.isEmpty ? [("\(owner)Part\(ordinal)", false)] : bases
    }

    /// Folder names that hold a module's sources rather than say what they are.
    private static let sourceRoots: Set<String> = ["src", "lib", "source", "sources"]

    /// `name` as the ecosystem spells a module, after the parent's name where the ecosystem names parts so.
    private static func spelled(
        _ name: String, prefix: (name: String, separator: String)?, lowercase: Bool, ecosystem: String
    ) -> String {
        var stem = name
        if let styled = styled(stem, ecosystem: ecosystem) {
            stem = styled
        } else if lowercase {
            stem = stem.lowercased()
        } else if let first = stem.first {
            stem = first.uppercased() + stem.dropFirst()
        }
        if let prefix, stem != prefix.name, !stem.hasPrefix(prefix.name + prefix.separator) {
            stem = prefix.name + prefix.separator + stem
        }
        return stem
    }

    /// The module's own name as a qualifier: a Composer package's folder, its PSR-4 namespace segment
    /// (`src/Symfony/Component/HttpKernel` → `HttpKernel`, else `symfony/http-kernel` → `HttpKernel`), a Go package's
    /// last path part (`labels`); the module's name elsewhere (a scoped npm name stays whole: `@trpc/client`).
    static func ownerName(of module: String, root: String?, ecosystem: String) -> String {
        let last = module.split(separator: "/").last.map(String.init) ?? module
        switch ecosystem {
        case "composer":
            if let folder = root?.split(separator: "/").last, !folder.isEmpty, folder.first?.isUppercase == true {
                return String(folder)
            }
            return words(of: last).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        case "go": return last
        default: return module
        }
    }

    /// `base` qualified by `owner` in one spelling: Composer in upper camel case (`HttpKernelDataCollector`), a Go
    /// package beside the module in its import path (`…/web/api/v1openapi`), else as the ecosystem joins words.
    private static func qualified(_ base: String, by owner: String, module: String, lowercase: Bool, ecosystem: String) -> String {
        switch ecosystem {
        case "composer":
            return (words(of: owner) + words(of: base)).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        case "go":
            let joined = styled(owner + "_" + base, ecosystem: ecosystem) ?? (owner + base).lowercased()
            guard let slash = module.lastIndex(of: "/") else { return joined }
            return module[..<slash] + "/" + joined
        default:
            return styled(owner + "_" + base, ecosystem: ecosystem)
                ?? (lowercase ? "\(owner.lowercased())_\(base)" : owner + base)
        }
    }

    /// Whether `owner` before `base` would say a word twice: one's words begin the other's (`labels` and `labels`,
    /// `blake3_mini` and `blake3`), or the owner ends with the word the base starts with (`dune_engine`, `engine_run`).
    package static func repeatsWords(_ owner: String, _ base: String) -> Bool {
        let owner = words(of: owner.split(separator: "/").last.map(String.init) ?? owner).map { $0.lowercased() }
        let base = words(of: base).map { $0.lowercased() }
        guard let last = owner.last, let first = base.first else { return false }
        return last == first || owner.starts(with: base) || base.starts(with: owner)
    }
}
