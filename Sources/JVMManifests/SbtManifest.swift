import BuildManifests
import ManifestSyntax
import ModuleGraph
import SourceScan

/// Reads sbt's `build.sbt` (Scala) as text (never run): one module per project the build defines, owning its folder.
///
/// A project is a `val` (`lazy val core = project`, `crossProject(JVMPlatform, JSPlatform)`, `projectMatrix`,
/// `Project("core", file("core"))`, or a helper of the build's that makes one: `pekkoModule("actor")`) named by its
/// id, the val's name. Its folder is the one `in(file("…"))` or
/// `Project(…, file("…"))` gives, else a string argument of its constructor naming a tracked folder
/// (`projectMatrix("scalafmt-core")`, `PlayCrossBuiltProject("Play", "core/play")`), else the id. Its declared dependencies are the projects its own
/// `.dependsOn(…)` names (`core.jvm`, `LocalProject("core")`, `ProjectRef(file("."), "core")`), except those only
/// tests depend on (`tests % "test->test"`, `% Test`); the `file(…)` and strings inside another call
/// (`dependsOn`, `settings`) are no folder of the project. A project applying `JmhPlugin` is a benchmark: its Scala and Java files are
/// test code, as are a scalafix rule's test project and the input and output projects it names. The root project (a val `in file(".")`, else implicit) owns the build's folder; its `project/`
/// folder, the build's own Scala code, is test code as Gradle's `buildSrc/` is. A `build.sbt` defining no project
/// below another build is a subproject's settings, not a build; one defining projects is a build of its own, whose
/// modules' names and imports resolve only among its own (`ModuleDeclaration.build`); the builds of sbt's scripted
/// tests (`src/sbt-test/`) are a plugin's fixtures.
public struct SbtManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["build.sbt"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        // sbt's scripted tests (`src/sbt-test/<group>/<test>/build.sbt`) are a plugin's fixtures, not builds.
        guard !path.contains("/sbt-test/") && !path.hasPrefix("sbt-test/") else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let folder = ManifestContext.folder(of: path)
        let items = ManifestTokens(bytes, grammar: ManifestTokens.scala).items
        let definitions = Self.definitions(
            items, constructors: Self.constructors(in: [items] + Self.buildCode(in: folder, context: context)))
        let isNested = !context.ancestors(of: folder, holding: ["build.sbt"]).isEmpty
        if definitions.isEmpty && isNested { return ([], []) }

        let ids = Set(definitions.map(\.id))
        var modules: [ModuleDeclaration] = []
        var warnings = ManifestText.warnings(ManifestTokens.bracketProblems(in: items), path: path)
        var root: Definition?
        let fixtures = Self.scalafixFixtures(definitions, items: items, ids: ids)
        for definition in definitions {
            let projectFolder = Self.folder(of: definition, items: items, in: folder, context: context)
            if projectFolder == folder {
                root = Self.root(root, or: definition, items)
                continue
            }
            if !context.hasFiles(under: projectFolder) {
                warnings.append(ManifestWarning(
                    path: path, line: definition.line, message: "project '\(definition.id)' has no tracked files"))
            }
            var module = project(definition, items: items, folder: projectFolder, ids: ids, manifest: path, context: context)
            if fixtures.contains(definition.id) {
                module.testFiles = context.paths(under: projectFolder).filter(Self.isJVMSource)
            }
            modules.append(module)
        }
        modules.append(rootModule(
            root, definitions: definitions, items: items, folder: folder, ids: ids, manifest: path,
            context: context))
        // A build is separate from one it is nested in (cats' `scalafix/`): its code uses the other's published
        // artifacts (`"org.typelevel" %% "cats-core" % "2.2.0"`), never its projects.
        let built = modules.map { module in
            var module = module
            module.build = folder
            return module
        }
        return (built.sortedForOutput(), warnings)
    }

    /// The root project: the val defining it, else implicit (named by a top-level `name :=`, else its folder); an
    /// aggregate (`other`) when other projects are defined and it has no `src/`; its `project/` folder is test code.
    private func rootModule(
        _ definition: Definition?, definitions: [Definition], items: [ManifestTokens.Item], folder: String,
        ids: Set<String>, manifest: String, context: ManifestContext
    ) -> ModuleDeclaration {
        let topName = Self.topLevelName(items, outside: definitions)
        var module = definition.map {
            project($0, items: items, folder: folder, ids: ids, manifest: manifest, context: context)
        } ?? ModuleDeclaration(
            name: topName?.name ?? (folder.isEmpty ? "root" : ManifestText.fileName(of: folder)), ecosystem: "sbt",
            roots: [folder], manifest: manifest, line: topName?.line ?? 1)
        if !definitions.isEmpty && !context.hasFiles(under: ManifestContext.join(folder, "src"))
            && !(definition.map { Self.isCross($0, items) } ?? false)
        {
            module.kind = .other
        }
        module.testFiles += context.paths(under: ManifestContext.join(folder, "project")).filter { path in
            Self.isJVMSource(path) || path.hasSuffix(".sbt")
        }
        return module
    }

    /// Whether a `def`'s signature and body make a project: its declared result is one (`): Project =`, not a
    /// parameter's type, `p: Project,`), or it calls a constructor (not a type named, `p: Project`).
    private static func makesProject(_ body: [ManifestTokens.Item], known: Set<String>) -> Bool {
        let typed = body.indices.dropLast(2).contains { at in
            body[at].text == ":" && ["Project", "CrossProject"].contains(body[at + 1].text) && body[at + 2].text == "="
        }
        return typed || body.indices.contains { at in
            body[at].kind == .word && known.contains(body[at].text) && (at == 0 || body[at - 1].text != ":")
        }
    }

    /// The tokens of the build's own Scala code, `project/*.scala`, where helpers making projects may be defined.
    private static func buildCode(in build: String, context: ManifestContext) -> [[ManifestTokens.Item]] {
        let folder = ManifestContext.join(build, "project")
        return context.paths(under: folder)
            .filter { $0.hasSuffix(".scala") && ManifestContext.folder(of: $0) == folder }
            .compactMap { context.read($0) }.filter { !ManifestText.looksBinary($0) }
            .map { ManifestTokens($0, grammar: ManifestTokens.scala).items }
    }

    /// One `val` defining a project: its id, where the definition starts (the name) and ends (exclusive).
    struct Definition {
        var id: String
        var line: Int
        var range: Range<Int>
    }

    /// Of two projects in the build's folder, the first, unless the other is a cross project: its code is the build's
    /// (`shared/`, `jvm/`, `js/`), not the aggregate's beside it.
    private static func root(_ first: Definition?, or other: Definition, _ items: [ManifestTokens.Item]) -> Definition {
        guard let first, !isCross(first, items) else { return first ?? other }
        return isCross(other, items) ? other : first
    }

    /// Whether the definition makes a cross project, whose code is in platform folders below its own
    /// (`crossProject(JSPlatform, JVMPlatform)`, `projectMatrix`).
    static func isCross(_ definition: Definition, _ items: [ManifestTokens.Item]) -> Bool {
        items[definition.range].prefix(8).contains { ["crossProject", "CrossProject", "projectMatrix"].contains($0.text) }
    }

    private static let builtInConstructors: Set<String> = [
        "project", "crossProject", "projectMatrix", "Project", "Projects", "CrossProject",
    ]

    /// The built-in project constructors and the build's own helpers making projects: a `def` whose declared type
    /// is `Project` or `CrossProject`, or whose body calls a constructor (`def pekkoModule(name: String): Project`,
    /// `def libraryProject(name: String) = http4sProject(name)`), in `build.sbt` or `project/*.scala`.
    static func constructors(in files: [[ManifestTokens.Item]]) -> Set<String> {
        var known = builtInConstructors
        var helpers: [(name: String, body: ArraySlice<ManifestTokens.Item>)] = []
        for items in files {
            for index in items.indices where items[index].text == "def" && index + 1 < items.count
                && items[index + 1].kind == .word
            {
                helpers.append((items[index + 1].text, items[(index + 2)..<statementEnd(items, from: index + 1)]))
            }
        }
        var grew = true
        while grew {
            grew = false
            for helper in helpers where !known.contains(helper.name) && makesProject(Array(helper.body), known: known) {
                known.insert(helper.name)
                grew = true
            }
        }
        return known
    }

    /// The top-level `val`s whose right-hand side starts with a project constructor (within its first tokens), each
    /// running to the next top-level statement.
    static func definitions(_ items: [ManifestTokens.Item], constructors: Set<String>) -> [Definition] {
        var found: [Definition] = []
        var depth = 0
        var index = 0
        while index < items.count {
            let item = items[index]
            if item.kind == .punct { depth += bracketChange(item.text) }
            guard depth == 0, item.text == "val", index + 2 < items.count, items[index + 1].kind == .word,
                items[index + 2].text == "=" || items[index + 2].text == ":"
            else {
                index += 1
                continue
            }
            let end = statementEnd(items, from: index + 2)
            let head = items[(index + 3)..<min(end, index + 8)]
            if head.contains(where: { $0.kind == .word && constructors.contains($0.text) }) {
                found.append(Definition(id: items[index + 1].text, line: items[index + 1].line, range: index..<end))
            }
            index = end
        }
        return found
    }

    /// Where the statement continuing from `start` ends: the first token at bracket depth 0 that opens a line and
    /// neither continues a call chain (`.settings`) nor follows `=` (`:=`, `+=` too), `.`, `,`, `+` or an infix `in`/`%`.
    private static func statementEnd(_ items: [ManifestTokens.Item], from start: Int) -> Int {
        var depth = 0
        var index = start + 1
        while index < items.count {
            let item = items[index]
            if depth == 0, item.line != items[index - 1].line, item.text != ".",
                !["=", ".", ",", "in", "%", "+"].contains(items[index - 1].text)
            {
                return index
            }
            if item.kind == .punct { depth = max(0, depth + bracketChange(item.text)) }
            index += 1
        }
        return items.count
    }

    private static func bracketChange(_ text: String) -> Int {
        switch text {
        case "(", "[", "{": 1
        case ")", "]", "}": -1
        default: 0
        }
    }

    /// The project's folder: `file("…")` in the definition, else the first string argument of its constructor naming a
    /// tracked folder, else the id.
    private static func folder(
        of definition: Definition, items: [ManifestTokens.Item], in build: String, context: ManifestContext
    ) -> String {
        let range = definition.range
        // Not a `file(…)` inside another call (`.dependsOn(ProjectRef(file(".."), "core"))`, `.settings(…)`).
        let inner = chainCalls(items, in: range).filter { $0.name != "in" && $0.name != "file" }.map(\.arguments)
        for index in range where index + 2 < range.upperBound && items[index].text == "file"
            && items[index + 1].text == "(" && items[index + 2].kind == .string
            && !inner.contains(where: { $0.contains(index) })
        {
            return ManifestContext.join(build, items[index + 2].unquoted)
        }
        // The constructor's own arguments: `PlayCrossBuiltProject("Play", "core/play")` names its folder second.
        if let open = items[range].firstIndex(where: { $0.text == "(" }),
            !inner.contains(where: { $0.contains(open + 1) }),
            let named = constructorFolder(items, from: open, to: range.upperBound, in: build, context: context)
        {
            return named
        }
        return ManifestContext.join(build, definition.id)
    }

    /// The first string argument of the constructor call opening at `open` that names a tracked folder.
    private static func constructorFolder(
        _ items: [ManifestTokens.Item], from open: Int, to end: Int, in build: String, context: ManifestContext
    ) -> String? {
        var depth = 0
        for index in open..<end {
            depth += bracketChange(items[index].text)
            if depth == 0 { break }
            let text = items[index].unquoted
            guard items[index].kind == .string, !text.isEmpty else { continue }
            let named = ManifestContext.join(build, text)
            if context.hasFiles(under: named) { return named }
        }
        return nil
    }

    private func project(
        _ definition: Definition, items: [ManifestTokens.Item], folder: String, ids: Set<String>, manifest: String,
        context: ManifestContext
    ) -> ModuleDeclaration {
        let chain = Self.chainCalls(items, in: definition.range)
        let dependsOn = chain.filter { $0.name == "dependsOn" }
        let build = ManifestContext.folder(of: manifest)
        let dependencies = dependsOn.flatMap { Self.projectArguments(items, $0.arguments, build: build) }
        let testDependencies = dependsOn.flatMap {
            Self.projectArguments(items, $0.arguments, build: build, testOnly: true)
        }
        let plugins = Set(chain.filter { $0.name == "enablePlugins" }.flatMap { items[$0.arguments].map(\.text) })
        let isApplication = plugins.contains { ["JavaAppPackaging", "NativeImagePlugin", "GraalVMNativeImagePlugin"].contains($0) }
            || chain.contains { call in
                items[call.arguments].indices.contains { items[$0].text == "mainClass" }
            }
        var module = ModuleDeclaration(
            name: definition.id, ecosystem: "sbt", kind: isApplication ? .executable : .library, roots: [folder],
            dependencies: Set(dependencies).intersection(ids).subtracting([definition.id]).sorted(),
            manifest: manifest, line: definition.line)
        module.testDependencies = Set(testDependencies).intersection(ids).subtracting([definition.id]).sorted()
        if plugins.contains("JmhPlugin") {
            module.testFiles = context.paths(under: folder).filter(Self.isJVMSource)
        }
        return module
    }

    /// The projects of a scalafix rule's tests: the one testing (it applies `ScalafixTestkitPlugin` or sets
    /// `scalafixTestkit…` keys) and the input and output projects its settings name, whose code is what the rule
    /// reads and should write, not code of the build (cats' `v1_0_0_input`, http4s' `scalafixInternalOutput`).
    private static func scalafixFixtures(_ definitions: [Definition], items: [ManifestTokens.Item], ids: Set<String>) -> Set<String> {
        var fixtures: Set<String> = []
        for definition in definitions where items[definition.range].contains(where: { item in
            item.kind == .word && (item.text == "ScalafixTestkitPlugin" || item.text.hasPrefix("scalafixTestkit"))
        }) {
            fixtures.insert(definition.id)
            for call in chainCalls(items, in: definition.range) where call.name == "settings" {
                fixtures.formUnion(items[call.arguments].filter { $0.kind == .word && ids.contains($0.text) }.map(\.text))
            }
        }
        return fixtures
    }

    /// The calls chained at the definition's top level (`.dependsOn(…)`, `dependsOn(…)` infix), each with the
    /// range of tokens inside its parentheses.
    private static func chainCalls(_ items: [ManifestTokens.Item], in range: Range<Int>) -> [(name: String, arguments: Range<Int>)] {
        var calls: [(name: String, arguments: Range<Int>)] = []
        var depth = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let item = items[index]
            if depth == 0, item.kind == .word, index + 1 < range.upperBound, items[index + 1].text == "(",
                index > range.lowerBound, [".", ")", "project"].contains(items[index - 1].text) || items[index - 1].kind == .word
            {
                var close = index + 2
                var inner = 1
                while close < range.upperBound {
                    inner += bracketChange(items[close].text)
                    if inner == 0 { break }
                    close += 1
                }
                calls.append((item.text, (index + 2)..<close))
                index = close + 1
                continue
            }
            if item.kind == .punct { depth = max(0, depth + bracketChange(item.text)) }
            index += 1
        }
        return calls
    }

    /// The project ids a `dependsOn(…)` names (`core`, `LocalProject("core")`, `ProjectRef(file("."), "core")` of
    /// the build in `build`; a `ProjectRef` to another build names none), leaving out those only tests depend on
    /// (`x % Test`, `x % "test->test"`; `"compile->compile;test->test"` stays), or only those with `testOnly`.
    private static func projectArguments(
        _ items: [ManifestTokens.Item], _ range: Range<Int>, build: String, testOnly: Bool = false
    ) -> [String] {
        var names: [String] = []
        var argumentStart = range.lowerBound
        var depth = 0
        for index in range.lowerBound...range.upperBound {
            if index < range.upperBound {
                if items[index].kind == .punct { depth += bracketChange(items[index].text) }
                guard depth == 0 && items[index].text == "," else { continue }
            }
            let argument = items[argumentStart..<index]
            argumentStart = index + 1
            guard let first = argument.first else { continue }
            let name = switch first.text {
            case "LocalProject": argument.first { $0.kind == .string }?.unquoted
            case "ProjectRef": sameBuildReference(argument, build: build)
            default: first.text
            }
            guard let name, isTestOnly(argument) == testOnly else { continue }
            names.append(name)
        }
        return names
    }

    /// The project id of `ProjectRef(file("…"), "id")` when the file is the build's own folder, else nil.
    private static func sameBuildReference(_ argument: ArraySlice<ManifestTokens.Item>, build: String) -> String? {
        guard let file = argument.firstIndex(where: { $0.text == "file" }), file + 2 < argument.endIndex,
            argument[file + 1].text == "(", argument[file + 2].kind == .string,
            ManifestContext.join(build, argument[file + 2].unquoted) == build
        else { return nil }
        return argument[(file + 3)...].first { $0.kind == .string }?.unquoted
    }

    private static func isTestOnly(_ argument: ArraySlice<ManifestTokens.Item>) -> Bool {
        guard let percent = argument.firstIndex(where: { $0.text == "%" }), percent + 1 < argument.endIndex else {
            return false
        }
        let configuration = argument[percent + 1]
        let text = configuration.kind == .string ? configuration.unquoted : configuration.text
        // `"compile->compile; test->test"`: the configurations before each `->` (`test-internal` is a test one).
        let sources = text.split(separator: ";").map { $0.drop { $0 == " " }.lowercased() }
        return !sources.isEmpty && sources.allSatisfy { $0.hasPrefix("test") || $0.hasPrefix("it") || $0.hasPrefix("integrationtest") }
    }

    /// `name := "…"` outside every project definition: the root project's name.
    private static func topLevelName(_ items: [ManifestTokens.Item], outside definitions: [Definition]) -> (name: String, line: Int)? {
        // The lexer keeps `:=` as `:` and `=`.
        for index in items.indices where index + 3 < items.count && items[index].text == "name"
            && items[index + 1].text == ":" && items[index + 2].text == "=" && items[index + 3].kind == .string
            && !definitions.contains(where: { $0.range.contains(index) })
        {
            // Not a scoped key (`Compile / name`, `docs.name`) other than the build's own (`ThisBuild / name`).
            if index > 0, [".", "/"].contains(items[index - 1].text), index < 2 || items[index - 2].text != "ThisBuild" {
                continue
            }
            return (items[index + 3].unquoted, items[index].line)
        }
        return nil
    }

    static func isJVMSource(_ path: String) -> Bool { path.hasSuffix(".scala") || path.hasSuffix(".java") }
}
