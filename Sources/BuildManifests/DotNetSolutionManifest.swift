import ManifestSyntax
import ModuleGraph

/// Reads .NET solutions (`.sln`, `.slnx`): the projects they list, as a workspace lists its members.
///
/// A solution declares no module: each project it lists declares itself (DotNetProjectManifest). It lists the
/// projects a team builds together, so an example project a solution outside the examples folders lists is built
/// like any other (FixtureProjects keeps it, as it keeps a Cargo workspace's member). The text format names each
/// project on a `Project("{type}") = "Name", "src\Name\Name.csproj", "{id}"` line; a solution folder (type
/// `{2150E333-8FDC-42A3-9474-1A3956D46DE8}`) and its `SolutionItems` are no projects. The XML format (`.slnx`) names
/// them in `<Project Path="…"/>`, at the top or in a `<Folder>`; its folders' `<File>`s are no projects either. Paths
/// are relative to the solution's folder, with `\` or `/`, and match a tracked path regardless of case, as on Windows;
/// an absolute path, a URL (a web site project) or a path above the repository root lists nothing the scan holds and
/// is skipped. A listed project that is not tracked (deleted, or never committed) is a warning on its line. A
/// solution saved as UTF-16 (older Visual Studio did) is read as its text. Nothing is evaluated.
public struct DotNetSolutionManifest: ManifestListing {
    public init() {}

    public var manifestNames: Set<String> { [] }
    public var manifestExtensions: Set<String> { ["sln", "slnx"] }

    /// The type of a solution folder's `Project(…)` line.
    static let solutionFolderType = "{2150E333-8FDC-42A3-9474-1A3956D46DE8}"

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard let text = ManifestText.utf8Text(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let (projects, problems) = Self.projects(text, xml: path.hasSuffix(".slnx"))
        let folder = ManifestContext.folder(of: path)
        let missing = projects.compactMap { project -> (line: Int, message: String)? in
            guard let resolved = Self.resolve(project.path, from: folder),
                !context.contains(Self.tracked(resolved, in: context)),
                // A project under a vendored folder is tracked, though discovery skips it.
                context.read(resolved) == nil
            else { return nil }
            return (project.line, "project '\(project.path)' has no tracked file (\(resolved))")
        }
        return ([], ManifestText.warnings(problems + missing, path: path))
    }

    public func listed(manifest path: String, bytes: [UInt8], context: ManifestContext) -> [String] {
        guard let text = ManifestText.utf8Text(bytes) else { return [] }
        let folder = ManifestContext.folder(of: path)
        return Self.projects(text, xml: path.hasSuffix(".slnx")).projects.compactMap { project in
            Self.resolve(project.path, from: folder).map { Self.tracked($0, in: context) }
        }
    }

    /// The project paths a solution lists as written, with their lines, and the XML format's problems.
    static func projects(_ text: [UInt8], xml: Bool) -> (
        projects: [(path: String, line: Int)], problems: [(line: Int, message: String)]
    ) {
        guard xml else { return (textProjects(text), []) }
        let outline = XMLOutline(text)
        return (xmlProjects(outline), outline.problems)
    }

    /// The tracked path `path` names, matched regardless of case where that spelling is not tracked (a solution
    /// made on Windows, where paths ignore case: aspire-samples lists `samples\metrics\…` for `samples/Metrics/`);
    /// `path` itself when none matches. Only the paths below its nearest tracked folder are compared.
    static func tracked(_ path: String, in context: ManifestContext) -> String {
        if context.contains(path) { return path }
        var folder = ManifestContext.folder(of: path)
        while !folder.isEmpty && !context.hasFiles(under: folder) { folder = ManifestContext.folder(of: folder) }
        let length = path.utf8.count
        let lowered = path.lowercased()
        return context.paths(under: folder).first { $0.utf8.count == length && $0.lowercased() == lowered } ?? path
    }

    /// The project paths of a `.slnx`: `Path` of every `Project` at the top or inside a `Folder`.
    static func xmlProjects(_ outline: XMLOutline) -> [(path: String, line: Int)] {
        outline.attributes.filter { attribute in
            let elements = attribute.path.split(separator: "/")
            return attribute.name == "Path" && elements.count >= 2 && elements.first == "Solution"
                && elements.last == "Project" && elements.dropFirst().dropLast().allSatisfy { $0 == "Folder" }
        }.map { ($0.value, $0.line) }
    }

    /// The project paths of a text `.sln`: the path (the third string) of every `Project(…)` line but a solution
    /// folder's. A leading byte order mark or indentation is skipped.
    static func textProjects(_ bytes: [UInt8]) -> [(path: String, line: Int)] {
        var found: [(path: String, line: Int)] = []
        var start = 0
        var line = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let text = bytes[start..<end]
            start = end + 1
            line += 1
            guard let open = text.firstIndex(where: { $0 != 32 && $0 != 9 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
                text[open...].starts(with: "Project(".utf8)
            else { continue }
            let strings = quoted(text[open...])
            guard strings.count >= 3, strings[0].uppercased() != solutionFolderType else { continue }
            found.append((strings[2], line))
        }
        return found
    }

    /// The `"…"` strings of a line, in order.
    private static func quoted(_ line: ArraySlice<UInt8>) -> [String] {
        var strings: [String] = []
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: UInt8(ascii: "\"")) {
            guard let close = line[(open + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            strings.append(String(decoding: line[(open + 1)..<close], as: UTF8.self))
            index = close + 1
        }
        return strings
    }

    /// `..\samples\App\App.csproj` written in `.github/x.sln` → `samples/App/App.csproj`; nil for an absolute path,
    /// a URL or drive (`:`), or a path above the repository root.
    static func resolve(_ written: String, from folder: String) -> String? {
        let path = String(decoding: written.utf8.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains(":") else { return nil }
        var parts = folder.split(separator: "/")
        for part in path.split(separator: "/") where part != "." {
            guard part == ".." else {
                parts.append(part)
                continue
            }
            guard !parts.isEmpty else { return nil }
            parts.removeLast()
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
