import BuildManifests
import ModuleGraph
/// Reads `go.mod`: one module per Go package, that is per folder holding non-test `.go` files.
///
/// Every package carries the module's direct `require`s as its dependencies (go.mod declares them per
/// module, not per package).
///
/// A package's name and import name is its import path (the module path, then the folder relative to
/// `go.mod`). Folders the go tool ignores (`testdata`, `vendor`, names starting with `_` or `.`) and
/// folders under a nested `go.mod` are left out. Each package's roots are its own folder; since every
/// subfolder with Go files is a package of its own, the caller's longest-prefix ownership keeps a
/// package to the files directly in its folder.
public struct GoModManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["go.mod"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let file = GoModFile(String(decoding: bytes, as: UTF8.self))
        var warnings = ManifestText.warnings(file.problems, path: path)
        guard let modulePath = file.modulePath else {
            warnings.append(ManifestWarning(path: path, line: 1, message: "no module directive"))
            return ([], warnings)
        }
        let folder = ManifestContext.folder(of: path)
        let packages = packageFolders(under: folder, context: context)
        let modules = packages.keys.sorted().map { packageFolder in
            let relative = folder.isEmpty ? packageFolder : String(packageFolder.dropFirst(folder.count))
            let importPath = relative.isEmpty ? modulePath : modulePath + (folder.isEmpty ? "/" : "") + relative
            return ModuleDeclaration(
                name: importPath, ecosystem: "go", kind: isProgram(packages[packageFolder] ?? [], context) ? .executable : .library,
                roots: [packageFolder], dependencies: file.requirements,
                importNames: [importPath], manifest: path, line: file.moduleLine)
        }
        return (modules.sortedForOutput(), warnings)
    }

    /// Whether a package is a program, `package main`, which nothing can import (prometheus's `cmd/prometheus`): the
    /// clause of its first file no `//go:build ignore` excludes (a generator beside a library's files is one).
    private func isProgram(_ files: [String], _ context: ManifestContext) -> Bool {
        for file in files {
            guard let bytes = context.read(file) else { continue }
            if let name = GoPackageClause.name(in: Array(bytes.prefix(4096))) { return name == "main" }
        }
        return false
    }

    /// Folders under `folder` holding non-test `.go` files, not ignored by the go tool and not inside a
    /// nested module, with those files.
    private func packageFolders(under folder: String, context: ManifestContext) -> [String: [String]] {
        let nestedModules = context.paths(under: folder).filter {
            ManifestText.fileName(of: $0) == "go.mod" && ManifestContext.folder(of: $0) != folder
        }.map { ManifestContext.folder(of: $0) + "/" }
        var found: [String: [String]] = [:]
        var left = Set<String>()
        for path in context.paths(under: folder) where path.hasSuffix(".go") && !path.hasSuffix("_test.go") {
            let packageFolder = ManifestContext.folder(of: path)
            if found[packageFolder] != nil { found[packageFolder, default: []].append(path) }
            if found[packageFolder] != nil || left.contains(packageFolder) { continue }
            if isBuilt(packageFolder, in: folder, nestedModules: nestedModules) {
                found[packageFolder] = [path]
            } else {
                left.insert(packageFolder)
            }
        }
        return found
    }

    /// Whether the go tool builds the package in `packageFolder` as this module's: not in a folder it ignores
    /// (`testdata`, `vendor`, `_x`, `.x`) nor inside a nested module.
    private func isBuilt(_ packageFolder: String, in folder: String, nestedModules: [String]) -> Bool {
        let relative = folder.isEmpty ? packageFolder : String(packageFolder.dropFirst(folder.count))
        let isIgnored = relative.split(separator: "/").contains {
            $0 == "testdata" || $0 == "vendor" || $0.hasPrefix("_") || $0.hasPrefix(".")
        }
        return !isIgnored && !nestedModules.contains { (packageFolder + "/").hasPrefix($0) }
    }
}

/// The directives of a `go.mod` the readers need: `module` and `require` (single and block forms).
struct GoModFile {
    private(set) var modulePath: String?
    private(set) var moduleLine = 1
    /// Directly required module paths (`// indirect` ones left out), sorted and unique.
    private(set) var requirements: [String] = []
    private(set) var problems: [(line: Int, message: String)] = []

    init(_ text: String) {
        var required = Set<String>()
        var block: String?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            var content = Substring(rawLine)
            let isIndirect = content.hasSuffix("// indirect") || content.hasSuffix("// indirect\r")
            if let comment = content.firstRange(of: "//") { content = content[..<comment.lowerBound] }
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let first = words.first else { continue }
            if let open = block {
                if first == ")" {
                    block = nil
                } else if !Self.isModulePath(first) {
                    problems.append((line, "unexpected '\(first.prefix(40))' in \(open) block"))
                } else if open == "require" && !isIndirect {
                    required.insert(Self.unquoted(first))
                }
                continue
            }
            if words.count >= 2, words[1] != "(", !Self.isModulePath(words[1]) {
                problems.append((line, "unexpected '\(words[1].prefix(40))' after \(first.prefix(40))"))
                continue
            }
            switch first {
            case "module":
                guard words.count >= 2 else {
                    problems.append((line, "module directive without a path"))
                    continue
                }
                if modulePath == nil {
                    modulePath = Self.unquoted(words[1])
                    moduleLine = line
                }
            case "require", "replace", "exclude", "retract", "tool", "ignore", "godebug":
                if words.count >= 2 && words[1] == "(" {
                    block = first
                } else if first == "require" && !isIndirect {
                    if words.count >= 2 { required.insert(Self.unquoted(words[1])) }
                }
            case "go", "toolchain", ")":
                continue
            default:
                problems.append((line, "unknown directive '\(first.prefix(40))'"))
            }
        }
        if block != nil { problems.append((text.split(separator: "\n").count, "unterminated \(block ?? "") block")) }
        requirements = required.sorted()
    }

    /// Whether a word can be a module path or version (no brackets, braces or stray quotes).
    private static func isModulePath(_ word: String) -> Bool {
        !word.contains { "(){}[]<>;,'".contains($0) }
    }

    private static func unquoted(_ word: String) -> String {
        word.count >= 2 && (word.hasPrefix("\"") || word.hasPrefix("`")) ? String(word.dropFirst().dropLast()) : word
    }
}
