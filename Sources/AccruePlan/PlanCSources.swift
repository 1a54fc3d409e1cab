import Foundation
import SymbolScan

/// What a split of a C or C++ source file needs from the repository's text: its `static` names, which a new file
/// cannot call, and the build lines listing the file by name, where a new file goes beside it. cJSON_Utils.c's split
/// had moved `static` functions the code left behind calls into cJSON_Utils_sort_list.c, which no build compiled
/// (CMakeLists.txt:179 `set(SOURCES_UTILS cJSON_Utils.c)`, Makefile:110). Build files are read, never run.
enum PlanCSources {
    static let extensions: Set<Substring> = ["c", "cc", "cpp", "cxx", "c++", "m", "mm"]

    /// Whether the file at `path` is a C, C++ or Objective-C source file (not a header).
    static func isSource(_ path: String) -> Bool {
        guard let name = path.split(separator: "/").last, name.contains(".") else { return false }
        return extensions.contains(name.split(separator: ".").last ?? "")
    }

    /// The names among `declarations` whose line says `static` before them (`static cJSON *sort_list(`), or the line
    /// above it where the type stands alone (`static int\nmain_loop(void)`).
    static func staticNames(_ declarations: [Declaration], lines: [Substring]) -> [String] {
        let names = declarations.filter { declaration in
            guard declaration.startLine >= 1, declaration.startLine <= lines.count else { return false }
            let line = lines[declaration.startLine - 1]
            var head = line.range(of: declaration.name).map { String(line[..<$0.lowerBound]) } ?? String(line)
            if declaration.startLine > 1 {
                let above = lines[declaration.startLine - 2].trimmingWhitespace
                let ends = [";", "}", "{", "*/", ")"].contains { above.hasSuffix($0) }
                if !above.isEmpty, !ends, !above.hasPrefix("#"), !above.hasPrefix("//") { head = above + " " + head }
            }
            return head.split { !($0.isLetter || $0.isNumber || $0 == "_") }.contains("static")
        }
        return Array(Set(names.map(\.name))).sorted()
    }

    /// Whether `path` names a build file that may list sources (CMake, make, Meson, Bazel, GYP, SCons, MSBuild,
    /// qmake, Android's, premake, xmake, Zig, setup.py).
    static func isBuildFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return buildNames.contains(name) || buildSuffixes.contains { name.hasSuffix($0) }
    }

    private static let buildNames: Set<String> = [
        "CMakeLists.txt", "Makefile", "makefile", "GNUmakefile", "Makefile.am", "meson.build", "BUILD", "BUILD.bazel",
        "SConstruct", "SConscript", "Android.bp", "Android.mk", "premake5.lua", "xmake.lua", "build.zig", "setup.py",
    ]
    private static let buildSuffixes = [".cmake", ".mk", ".mak", ".gyp", ".gypi", ".vcxproj", ".pro", ".pri"]

    /// The lines of `buildFiles` (path and text) in a folder above the source at `path` that name its file as a
    /// word (`cJSON_Utils.c`, not `cJSON_Utils.cpp`), as `path:line`; at most four.
    static func listings(of path: String, in buildFiles: [(path: String, lines: [Substring])]) -> [String] {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        var result: [String] = []
        for build in buildFiles where isAbove(build.path, path) {
            for (index, line) in build.lines.enumerated() where names(fileName, in: line) {
                result.append("\(build.path):\(index + 1)")
            }
        }
        return Array(result.prefix(4))
    }

    /// Whether the build file at `build` lies in a folder holding `source`.
    private static func isAbove(_ build: String, _ source: String) -> Bool {
        let folder = build.split(separator: "/").dropLast().joined(separator: "/")
        return folder.isEmpty || source.hasPrefix(folder + "/")
    }

    /// Whether `line` holds `fileName` with no letter, digit, `_`, `.` or `-` on either side.
    private static func names(_ fileName: String, in line: Substring) -> Bool {
        var start = line.startIndex
        while let range = line.range(of: fileName, range: start..<line.endIndex) {
            let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
            let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
            if !(before.map(isNamePart) ?? false), !(after.map(isNamePart) ?? false) { return true }
            start = range.upperBound
        }
        return false
    }

    private static func isNamePart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "-"
    }
}
