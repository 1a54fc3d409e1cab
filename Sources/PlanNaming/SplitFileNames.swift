import Foundation

/// The files a split of one file creates, named as its language and its folder name files, never on a path the
/// repository has.
package struct SplitFileNames: Sendable {
    /// The file split, repository-relative.
    package let path: String
    /// Every path the repository tracks and every folder of them: a new file never takes one of them, nor is named as
    /// a folder beside it (`bar.ts` beside `bar/` would shadow `bar/index.ts` for `import "./bar"`).
    package let taken: Set<String>

    package init(path: String, taken: Set<String>) {
        self.path = path
        self.taken = taken
    }

    /// The file's folder with its trailing `/`, `""` at the root.
    package var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    package var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

    package var fileStem: String {
        guard let dot = fileName.firstIndex(of: ".") else { return fileName }
        return String(fileName[..<dot])
    }

    package var fileExtension: String {
        guard let dot = fileName.firstIndex(of: ".") else { return "" }
        return String(fileName[dot...])
    }

    /// The name of what the file holds: its stem, a Rust `mod.rs`'s folder's (`Searcher` is searcher/mod.rs's
    /// namesake).
    package var namesakeStem: String {
        guard fileName == "mod.rs", let name = folder.split(separator: "/").last else { return fileStem }
        return String(name)
    }

    /// A type's own file, named as this file is: `Headers` keeps its name beside `Client.swift`, and becomes
    /// `_headers` beside `_client.py` (snake-case files: a leading `_` or `test_` kept), `httpMethods.ts` beside
    /// `resolveResponse.ts`.
    package func ownFileName(_ type: String) -> String {
        guard let first = fileStem.first, first.isLowercase || first == "_" else { return type }
        let style = fileNameCase(stem: fileStem, extension: fileExtension)
        guard style == .snake || isDunder(fileStem) else { return typeFileName(type, style: style) }
        let snake = snakeCased(type)
        if isDunder(fileStem) { return snake }
        // `TestFilesPipeline` beside test_pipeline_files.py is test_files_pipeline.py, not test_test_files_pipeline.py.
        for prefix in ["test_", "_"] where fileStem.hasPrefix(prefix) { return snake.hasPrefix(prefix) ? snake : prefix + snake }
        return snake
    }

    /// `Stem+Suffix.ext` (`StemSuffix.kt`, `Stem.Suffix.cs`) or `stem_suffix.ext`; a test stem keeps its
    /// `_test`/`_spec` last (Go, Python, Ruby and Elixir find tests by it), once: `Code.SyncTest` moving out of
    /// code_test.exs goes to code_sync_test.exs, not code_sync_test_test.exs. A Rust part is named alone
    /// (`rustPartName`).
    package func sharedName(suffix name: String) -> String {
        if fileExtension == ".rs" { return rustPartName(name) + fileExtension }
        for marker in ["_test", "_spec"] where fileStem.hasSuffix(marker) && fileStem.count > marker.count {
            var part = name
            for repeated in [marker, String(marker.dropFirst()).capitalized] where part.hasSuffix(repeated)
                && part.count > repeated.count
            {
                part.removeLast(repeated.count)
                break
            }
            return partFileName(stem: String(fileStem.dropLast(marker.count)), part: part, extension: "") + marker
                + fileExtension
        }
        return partFileName(stem: fileStem, part: name, extension: fileExtension)
    }

    /// Rust: the folder below this file's where its child modules' files lie: its stem's (`walk.rs` → `walk/`), or
    /// none for a crate root or a `mod.rs`, whose child modules lie beside it. A split's new files go there, as
    /// modules of this file.
    package var rustModuleFolder: String {
        fileExtension != ".rs" || ["lib", "main", "mod"].contains(fileStem) ? "" : fileStem + "/"
    }

    /// Rust: a shared part's module, named after the part alone (its folder, or the folder `mod.rs` and a crate root
    /// name, says whose part it is: axum's method_routing.rs had parts `method_routing/method_routing_….rs`,
    /// from_request/mod.rs `mod_extract_fields.rs`); `impls` for what the module's name would repeat, the impls of
    /// its own type (ripgrep's `impl Iterator for Walk` had gone to `walk/walk_walk.rs`, searcher/mod.rs's
    /// `impl Searcher` would go to `searcher/searcher.rs`); a keyword after the module's name (`commands_type.rs`).
    private func rustPartName(_ name: String) -> String {
        let part = snakeCased(String(name.drop { $0 == "_" }))
        if part.isEmpty || part == namesakeStem { return "impls" }
        // A keyword is no module's name (`mod type;`).
        return ReservedWords.contains(part, files: [], ecosystem: "cargo") ? namesakeStem + "_" + part : part
    }

    /// `name`, or where the repository has a file or a folder of that name beside this one (a type's `clients.ts`, a
    /// part of `index.ts` named `init.ts` or `middlewares` beside `middlewares/`), the name with this file's stem before it (`bundledDevClients.ts`), or an entry
    /// file's folder's (`serverInit.ts` for server/index.ts, `from_request_attr.rs` for from_request/mod.rs).
    package func untaken(_ name: String) -> String {
        // A Rust part lies in the module folder (`walk/stack.rs`), where it must be new.
        let destination = folder + (name.contains("/") ? "" : rustModuleFolder)
        guard let dot = name.firstIndex(of: "."),
            taken.contains(destination + name) || taken.contains(destination + name[..<dot])
        else { return name }
        let folderName = folder.split(separator: "/").last.map(String.init)
        let namesFolder = isIndex(fileStem, extension: fileExtension) || fileStem == "mod" && fileExtension == ".rs"
        let stem = namesFolder ? folderName ?? fileStem : fileStem
        return partFileName(stem: stem, part: String(name[..<dot]), extension: String(name[dot...]))
    }
}
