/// Which declared names are values, not what a module is named after (Planning's `ModuleSplitStages+Naming` asks).
extension ModuleNaming {
    /// Of the names the moving files declare (`declarations`, each with its declaring keyword, and `bare`, names
    /// declared with no region of their own), those declared only as constants or variables (gin's `stackBufSize`)
    /// or only bare (the later members of Go's `const ( … )`: gin's `root`): a package is named after what it does,
    /// a type or a function, before a value its files share, however often they use it.
    package static func valueNames(declarations: [(name: String, kind: String)], bare: [String]) -> Set<String> {
        var isValue: [String: Bool] = [:]
        for name in bare where isValue[name] == nil { isValue[name] = true }
        for (name, kind) in declarations { isValue[name] = (isValue[name] ?? true) && valueKinds.contains(kind) }
        return Set(isValue.filter(\.value).keys)
    }

    /// Whether C, C++ or Lua files are named after their main file before their most used declaration, a function
    /// (`centralKinds`, its declaring kinds): a C file is the language's unit of code, and a function names one
    /// operation (redis's pack of defrag.c, latency.c and sparkline.c was `createsparklinesequence`); a struct,
    /// a class or a typedef still names the files first. So are Lua files, each a module its callers `require`:
    /// telescope.nvim's pack of pickers.lua, finders.lua and entry_manager.lua was `iter`, after `EntryManager:iter`.
    /// And so are JavaScript and TypeScript files, each a module its callers import by path: fastify's pack of
    /// hooks.js, context.js and req-id-gen-factory.js was `get-gen-req-id`, and is `hooks`. And Python files (a `def`),
    /// each a module its callers import by name: click's pack of _termui_impl.py, termui.py, utils.py and _compat.py
    /// was `strip_ansi`, and is `termui_impl`; requests' `to_native_string` is `cookies`.
    package static func namesAfterMainFile(files: [String], centralKinds: [String]) -> Bool {
        !files.isEmpty && files.allSatisfy { isCFamily($0) || $0.hasSuffix(".lua") || isScriptModule($0) } && !centralKinds.isEmpty
            && centralKinds.allSatisfy(functionKinds.contains)
    }

    /// The file a new module is named after: the one with most code lines, test code last (git's
    /// `contrib/diff-highlight/`: `DiffHighlight.pm`, not its test script `t/t9400-diff-highlight.sh`, which made the
    /// module `T9400-diff-highlight`); ties by path.
    package static func mainFile(_ files: [(path: String, codeLines: Int)]) -> String? {
        func rank(_ path: String) -> Int { looksLikeTest(path) ? 0 : 1 }
        return files.max { (rank($0.path), $0.codeLines, $1.path) < (rank($1.path), $1.codeLines, $0.path) }?.path
    }

    /// A test folder on the path (`t`, `test`, `tests`, `spec`, `specs`, `__tests__`) or a test file's name
    /// (`test_x.py`, `x_test.go`, `x_spec.rb`, `XTests.swift`, `x.test.ts`, `x.spec.js`).
    package static func looksLikeTest(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        if parts.dropLast().contains(where: { ["t", "test", "tests", "spec", "specs", "__tests__"].contains($0) }) { return true }
        let name = parts.last.map(String.init) ?? path
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return stem.hasPrefix("test_") || ["_test", "_spec", "Test", "Tests", "Spec"].contains(where: stem.hasSuffix)
            || name.contains(".test.") || name.contains(".spec.")
    }

    /// The names of `declarations`, types and functions first, then values (in their order each): what a part of a
    /// file is for before the constants and aliases it starts with (telescope.nvim's `__files.lua` opens with
    /// `local api = vim.api` and a dozen `local x = require "…"`), for its file's name and its label.
    package static func valuesLast(_ declarations: [(name: String, kind: String)]) -> [String] {
        let values = declarations.filter { valueKinds.contains($0.kind) }
        return (declarations.filter { !valueKinds.contains($0.kind) } + values).map(\.name)
    }

    /// C declarations' kinds that name an operation, not a thing.
    private static let functionKinds: Set<String> = ["function", "prototype", "macro", "def"]

    /// A JavaScript, TypeScript or Python file: a module its callers import by its path or name.
    private static func isScriptModule(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return ["js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "py"].contains(String(path[path.index(after: dot)...]))
    }

    /// Declaring keywords of constants and variables (Lua's `local x = …` is `local`).
    private static let valueKinds: Set<String> = ["const", "let", "var", "val", "static", "variable", "define", "local"]

    /// `names` (in file order) cut into runs of one name that follow each other, as index ranges: TypeScript's
    /// overloads (vuejs/core's five `defineCustomElement` signatures and body), a type's extensions side by side.
    package static func runs(of names: [String]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for index in names.indices {
            if let last = runs.last, names[last.lowerBound] == names[index] {
                runs[runs.count - 1] = last.lowerBound..<(index + 1)
            } else {
                runs.append(index..<(index + 1))
            }
        }
        return runs
    }
}
