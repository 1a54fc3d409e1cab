import Foundation

// MARK: - Bazel

/// A Bazel package: a BUILD file in the new folder with one library rule listing its files, its dependencies by
/// label in `deps`, as TargetManifests' BazelManifest reads a package back (named by its label, `//absl/cord`, its
/// workspace's folder first below a nested workspace: `cpp-tutorial/stage1//main`).
extension BuildSpelling {
    /// The library rule of the language most of the old package's files are in, by file ending.
    private static let bazelRules: [(rule: String, endings: Set<String>)] = [
        ("cc_library", ["c", "cc", "cpp", "cxx", "h", "hh", "hpp", "hxx", "inc", "ipp"]),
        ("java_library", ["java"]), ("kt_jvm_library", ["kt"]), ("scala_library", ["scala"]),
        ("py_library", ["py"]), ("go_library", ["go"]), ("rust_library", ["rs"]), ("swift_library", ["swift"]),
        ("ts_project", ["ts", "tsx"]), ("js_library", ["js", "mjs", "cjs"]), ("proto_library", ["proto"]),
    ]

    /// `cc_library` for a package of mostly C++ files, `py_library` for Python…; nil when no ending is known.
    static func bazelRule(of files: [String]) -> String? {
        var counts: [String: Int] = [:]
        for file in files {
            let name = file.split(separator: "/").last ?? ""
            guard let dot = name.lastIndex(of: ".") else { continue }
            let ending = name[name.index(after: dot)...]
            if let rule = bazelRules.first(where: { $0.endings.contains(String(ending)) })?.rule {
                counts[rule, default: 0] += 1
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The module name accrue gives the package in `folder`: its label from the old package's workspace.
    static func bazelName(folder: String, old: String) -> String {
        let workspace = old.range(of: "//").map { String(old[..<$0.lowerBound]) } ?? ""
        return workspace + "//" + NewModule.relative(folder, to: workspace)
    }

    /// The label a BUILD file names a package module by: `//absl/base` (`cpp-tutorial/stage1//lib` is `//lib` in its
    /// workspace); the root package's target by a placeholder, as its name is the rule's.
    static func bazelLabel(_ module: String) -> String {
        let label = module.range(of: "//").map { String(module[$0.lowerBound...]) } ?? module
        return label == "//" ? "//:<target>" : label
    }

    /// The BUILD file of the package in `folder`, named as the old package's is (`BUILD` or `BUILD.bazel`).
    private static func buildFile(in folder: String, _ new: NewModule) -> String {
        NewModule.join(folder, new.manifest.hasSuffix("BUILD") ? "BUILD" : "BUILD.bazel")
    }

    /// `cc_library(name = "cord", srcs = […], hdrs = […], deps = ["//absl/base"])` in `absl/cord/BUILD.bazel`, with
    /// the old rules' `visibility`, so the packages that reach the moved files through the old one may depend on it.
    static func bazelCreation(_ new: NewModule, own: [String]) -> String {
        let rule = bazelRule(of: new.files)
        let files = rule == "cc_library" ? "srcs = […], hdrs = […]" : "srcs = […]"
        let labels = own.map(bazelLabel)
        let deps = labels.isEmpty
            ? "" : ", deps = [\(labels.prefix(8).map { "\"\($0)\"" }.joined(separator: ", "))\(labels.count > 8 ? ", …" : "")]"
        let more = labels.count > 8 ? " (and \(labels.count - 8) more in `deps`)" : ""
        let name = new.folder.split(separator: "/").last.map(String.init) ?? new.name
        return "Create `\(buildFile(in: new.folder, new))` with `\(rule ?? "<lang>_library")(name = \"\(name)\", \(files)\(deps))`"
            + "\(more) listing its files and with the `visibility` of the rules in \(new.manifest)"
    }

    /// The labels added to the `deps` of the new package's rule, or of the old package's rules whose files use it.
    static func bazelAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let labels = listed(modules.map(bazelLabel)) { "`\"\($0)\"`" }
        guard !toNew else { return "add \(labels) to the `deps` of \(buildFile(in: new.folder, new))" }
        return "add \(labels) to the `deps` of the rules in \(new.manifest) whose files use it"
    }
}
