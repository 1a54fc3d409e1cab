import Foundation

extension ModuleNaming {
    /// A name for the files' module: their file names' common stem, else the folder they alone fill (`folder`),
    /// else their most used declaration (`central`), else the further `candidates` in order (the folder holding
    /// them all, their main file's stem, their next most used declarations), else `<Module>Part<n>`, spelled as
    /// `ecosystem` names modules (else lower case when `lowercase`, the files' own case, else capitalized); never
    /// one of `taken`, never a word the module's languages reserve (`inline`, `struct`, `import`), and a generic
    /// word (`return`, `map`, `string`, the module's own name) only when nothing says more. A C or C++ declaration
    /// loses the module's `declarationPrefix` (`declarationPrefix(of:)`: libuv's `uv__stream_close` is `stream_close`).
    ///
    /// Names are compared without case (`Taken`): `Telescope` and `telescope` are one folder on macOS and Windows.
    /// `around` are the folders where the new module's folder goes that hold the files and others that stay
    /// (lower-cased, `presentEntries`): such a folder names where the files are, not what they are, so it is no
    /// candidate (qualified, it was a folder beside itself: telescope.nvim's `lua/lua_telescope/` beside
    /// `lua/telescope/`); another folder of that name there only takes the name (laravel's `QueueConsole` beside
    /// `Console/`, illuminate/console's).
    ///
    /// A name taken already is qualified by the module's own name as its ecosystem writes it (`hono-export`; a
    /// Composer package by its folder, the PSR-4 namespace segment: `HttpKernelDataCollector`, never kebab glued to
    /// camel; a Go package by its last path part), unless that repeats a word (prometheus's `labels` in
    /// `model/labels`, dune's `duneboot` in `duneboot`): the next name of the list is tried, as for the second pack
    /// of one folder this module split off already (`own`). A number is the last resort (hono's `middleware2`).
    package static func name(
        files: [String], folder: String? = nil, central: String?, candidates: [Candidate] = [], module: String,
        root: String? = nil, ordinal: Int, lowercase: Bool, taken: Set<String>, around: Set<String> = [],
        own: Set<String> = [], ecosystem: String, declarationPrefix: String? = nil
    ) -> String {
        let owner = ownerName(of: module, root: root, ecosystem: ecosystem)
        let prefix = parentPrefix(of: module, ecosystem: ecosystem)
        let listed = ([folder.map(Candidate.folder), central.map(Candidate.declaration)].compactMap { $0 } + candidates)
            .filter { !around.contains($0.folderName?.lowercased() ?? "") }
        let bases = bases(
            files: files, listed: listed, module: module, owner: owner, ecosystem: ecosystem, prefix: declarationPrefix)
        // With nothing to go by, a numbered part: after the parent's name where the ecosystem puts it first anyway
        // (`Jellyfin.Api.Part2`, not `Jellyfin.Api.Jellyfin.ApiPart2`).
        let tried = bases.isEmpty ? [(prefix == nil ? "\(owner)Part\(ordinal)" : "Part\(ordinal)", false)] : bases
        let taken = Taken(taken)
        for (base, isFolder) in tried {
            let plain = spelled(base, prefix: prefix, lowercase: lowercase, ecosystem: ecosystem)
            if !taken.contains(plain) { return plain }
            // A second pack of a folder this module already split off takes the next name: a qualifier would not tell
            // the packs apart (libuv's `unix/` packs were `unix2` to `unix6`), and a number is the last resort.
            guard !(isFolder && own.contains(plain)), prefix == nil, !repeatsWords(owner, base) else { continue }
            let qualified = qualified(base, by: owner, module: module, lowercase: lowercase, ecosystem: ecosystem)
            if !taken.contains(qualified) { return qualified }
        }
        let first = tried.first.map { spelled($0.0, prefix: prefix, lowercase: lowercase, ecosystem: ecosystem) } ?? module
        return numbered(first, taken: taken)
    }

    /// `base` numbered from 2 on, the first of those not taken (`middleware2`).
    private static func numbered(_ base: String, taken: Taken) -> String {
        var (candidate, suffix) = ("\(base)2", 3)
        while taken.contains(candidate) {
            candidate = "\(base)\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// `name` as the ecosystem spells a module, after the parent's name where the ecosystem names parts so.
    private static func spelled(
        _ name: String, prefix: (name: String, separator: String)?, lowercase: Bool, ecosystem: String
    ) -> String {
        var stem = name
        if let styled = styled(stem, ecosystem: ecosystem) {
            let snake = ecosystem == "cargo" && prefix?.separator == "_"
            stem = snake ? styled.replacingOccurrences(of: "-", with: "_") : styled
        } else if lowercase {
            stem = stem.lowercased()
        } else if let first = stem.first, !stem.contains("_") {
            // A snake-case name keeps its case (lualine's `git_branch` had been `Git_branch`).
            stem = first.uppercased() + stem.dropFirst()
        }
        if let prefix, stem != prefix.name, !stem.hasPrefix(prefix.name + prefix.separator) {
            stem = prefix.name + prefix.separator + stem
        }
        return stem
    }

    /// The module's own name as a qualifier: a Composer package's one folder (none where its roots are the files and
    /// folders of the repository's root, symfony/console's: its first, `Application.php`, named `Application.phpStyle`),
    /// its PSR-4 namespace segment
    /// (`src/Symfony/Component/HttpKernel` → `HttpKernel`, else `symfony/http-kernel` → `HttpKernel`), a Go package's
    /// last path part (`labels`), a Gradle project's last project without colons (`:okio` → `okio`); the module's
    /// name elsewhere (a scoped npm name stays whole: `@trpc/client`).
    /// A name made distinct by its build (`libgit (cmake)`, `phoenix (npm)`, `ModuleIdentity.distinctNames`) qualifies
    /// by its name alone: git's `libgit (cmake)_compat` was a folder name with a space and brackets.
    static func ownerName(of module: String, root: String?, ecosystem: String) -> String {
        let module = withoutBuild(module)
        let last = module.split(separator: "/").last.map(String.init) ?? module
        switch ecosystem {
        case "composer":
            if let folder = root?.split(separator: "/").last, !folder.isEmpty, folder.first?.isUppercase == true {
                return String(folder)
            }
            return words(of: last).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        case "go": return last
        case "gradle": return gradleProject(module)
        default: return module
        }
    }

    /// `name` without the ` (build)` that made it distinct (`libgit (cmake)` → `libgit`).
    package static func withoutBuild(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards), open.lowerBound > name.startIndex
        else { return name }
        return String(name[..<open.lowerBound])
    }

    /// A Gradle project path's last project, without the path's colons (`:okio` → `okio`, `:samples:zlib` → `zlib`):
    /// the colons are the build's punctuation, not words of the name (`:okio` qualifying `okio` was `okio-okio`).
    static func gradleProject(_ path: String) -> String {
        path.split(separator: ":").last.map(String.init) ?? path
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
