import BuildManifests
import ManifestSyntax
import ModuleGraph
import SourceScan
/// Reads Maven `pom.xml`: the project's `artifactId`, its `<dependencies>`, and `<modules>` recursively.
///
/// The top-most `pom.xml` declares its whole module tree; nested poms declare nothing themselves, so
/// modules appear once and poms under test resources stay out. Java code imports packages, not
/// artifacts, so modules have no import names: the caller maps packages to folders.
public struct MavenManifest: ManifestReader {
    public init() {}

    /// Module trees deeper than this are cut with a warning.
    private static let maximumModuleDepth = 32

    public var manifestNames: Set<String> { ["pom.xml"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let folder = ManifestContext.folder(of: path)
        guard context.ancestors(of: folder, holding: ["pom.xml"]).isEmpty else { return ([], []) }
        var modules: [ModuleDeclaration] = []
        var warnings: [ManifestWarning] = []
        var visited = Set<String>()
        var pending: [(path: String, bytes: [UInt8]?, depth: Int)] = [(path, bytes, 0)]
        while let (pomPath, knownBytes, depth) = pending.popLast() {
            guard visited.insert(pomPath).inserted else { continue }
            guard let pomBytes = knownBytes ?? context.read(pomPath) else { continue }
            guard !ManifestText.looksBinary(pomBytes) else {
                warnings.append(ManifestText.binaryWarning(pomPath))
                continue
            }
            let outline = XMLOutline(pomBytes)
            warnings += ManifestText.warnings(outline.problems, path: pomPath)
            let pomFolder = ManifestContext.folder(of: pomPath)
            if let module = module(outline, path: pomPath, folder: pomFolder, context: context, warnings: &warnings) {
                modules.append(module)
            }
            let children = outline.texts(at: "project/modules/module")
                + outline.texts(at: "project/profiles/profile/modules/module")
            for child in children {
                let target = ManifestContext.join(pomFolder, child.text)
                let childPath = target.hasSuffix(".xml") ? target : ManifestContext.join(target, "pom.xml")
                // A module outside this tree has no enclosing pom; its own pom declares it.
                guard folder.isEmpty || childPath.hasPrefix(folder + "/") else { continue }
                if !context.contains(childPath) {
                    warnings.append(ManifestWarning(path: pomPath, line: child.line, message: "module '\(child.text)' has no tracked pom.xml"))
                } else if depth + 1 > Self.maximumModuleDepth {
                    warnings.append(ManifestWarning(path: pomPath, line: child.line, message: "modules nested too deep"))
                } else {
                    pending.append((childPath, nil, depth + 1))
                }
            }
        }
        return (modules.sortedForOutput(), warnings)
    }

    private func module(
        _ outline: XMLOutline, path: String, folder: String, context: ManifestContext, warnings: inout [ManifestWarning]
    ) -> ModuleDeclaration? {
        guard let artifact = outline.texts(at: "project/artifactId").first else {
            warnings.append(ManifestWarning(path: path, line: 1, message: "no project artifactId"))
            return nil
        }
        let packaging = outline.texts(at: "project/packaging").first?.text
        let kind: ModuleDeclaration.Kind =
            switch packaging {
            case "pom": .other
            case "maven-plugin": .plugin
            default: .library
            }
        let dependencies = Set(outline.texts(at: "project/dependencies/dependency/artifactId").map(\.text))
        let roots = [folder] + Self.outsideRoots(outline, folder: folder, context: context)
        let testSources = Self.addedTestSources(outline).map { ManifestContext.join(folder, $0) }
        return ModuleDeclaration(
            name: artifact.text, ecosystem: "maven", kind: kind, roots: roots,
            dependencies: dependencies.sorted(), manifest: path, line: artifact.line,
            testFiles: testSources.flatMap { context.paths(under: $0) })
    }

    /// The folders build-helper-maven-plugin adds as test sources (`<goal>add-test-source</goal>` with its
    /// `<sources><source>`, in the build or a profile's): jackson-databind's `src/test-jdk17/java`, whose files are
    /// tests though no name says so. Texts come in document order, an execution's goals before its configuration.
    static func addedTestSources(_ outline: XMLOutline) -> [String] {
        var sources: [String] = []
        var goals: [String] = []
        var sawSource = false
        for text in outline.texts where text.path.contains("/executions/execution/") {
            // A new execution: its id, or a goal after the last one's sources.
            if text.path.hasSuffix("/execution/id") || text.path.hasSuffix("/goals/goal") && sawSource {
                goals = []
                sawSource = false
            }
            if text.path.hasSuffix("/goals/goal") { goals.append(text.text) }
            if text.path.hasSuffix("/configuration/sources/source") {
                sawSource = true
                if goals.contains("add-test-source") { sources.append(text.text) }
            }
        }
        return sources.map { text in
            var relative = text
            for base in ["${project.basedir}/", "${basedir}/"] where relative.hasPrefix(base) { relative.removeFirst(base.count) }
            return relative
        }
    }

    /// Sources outside the module's folder (`<sourceDirectory>../src/main/java</sourceDirectory>`, and the tests'
    /// `<testSourceDirectory>`) are its too. Where the compiler plugin lists `<includes>` (two artifacts built
    /// from one source folder, as google/auto's annotations and processor are), the module has the tracked files
    /// they match in the main source folder (Ant patterns: `*` within a folder, `**` across), not all of it (when
    /// they match any).
    private static func outsideRoots(_ outline: XMLOutline, folder: String, context: ManifestContext) -> [String] {
        func resolved(_ text: String) -> String {
            var relative = text
            for base in ["${project.basedir}/", "${basedir}/"] where relative.hasPrefix(base) { relative.removeFirst(base.count) }
            return ManifestContext.join(folder, relative)
        }
        func isOutside(_ path: String) -> Bool { !(folder.isEmpty || path == folder || path.hasPrefix(folder + "/")) }
        let includes = outline.texts(at: "project/build/plugins/plugin/configuration/includes/include").map(\.text)
        var roots: [String] = []
        for source in outline.texts(at: "project/build/sourceDirectory").map({ resolved($0.text) }) where isOutside(source) {
            guard !includes.isEmpty else {
                roots.append(source)
                continue
            }
            // Includes that match nothing there belong to another plugin (surefire's `**/*Test.java`).
            // A pattern ending in `/` is the folder's whole tree, which join's result no longer says.
            let globs = includes.map { PathGlob(ManifestContext.join(source, $0) + ($0.hasSuffix("/") ? "/" : "")) }
            let included = context.paths(under: source).filter { path in globs.contains { $0.matches(path) } }
            roots += included.isEmpty ? [source] : included
        }
        roots += outline.texts(at: "project/build/testSourceDirectory").map { resolved($0.text) }.filter(isOutside)
        return roots
    }
}
