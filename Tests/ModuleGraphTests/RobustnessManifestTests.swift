import Foundation
import Manifests
import BuildManifests
import JVMManifests
import PlainManifests
import TargetManifests
import ModuleGraph
import Testing

/// Every reader meets broken manifests: it warns with file and line, returns what it could, never crashes
/// and never hangs.
@Suite struct RobustnessManifestTests {
    /// One ecosystem's manifest name, a valid sample, and how its grammar opens and closes nesting.
    struct Grammar: CustomTestStringConvertible, Sendable {
        var path: String
        var reader: any ManifestReader
        var sample: String
        /// Text opening one level of nesting, and closing it.
        var open: String
        var close: String
        /// What wraps the nesting so it sits where a value belongs.
        var prefix: String
        var suffix: String
        /// Whether deep but balanced nesting is itself a problem (readers with a depth limit).
        var limitsDepth: Bool

        var testDescription: String { path }
    }

    static let grammars: [Grammar] = [
        Grammar(
            path: "Cargo.toml", reader: CargoManifest(),
            sample: "[package]\nname = \"a\"\n[dependencies]\nb = { path = \"../b\", features = [\"x\", \"y\"] }\n",
            open: "[", close: "]", prefix: "[package]\nname = \"a\"\nx = ", suffix: "\n", limitsDepth: true),
        Grammar(
            path: "go.mod", reader: GoModManifest(), sample: "module a.b/c\n\nrequire (\n\tx.y/z v1.0.0\n)\n",
            open: "(", close: ")", prefix: "module a.b/c\nrequire ", suffix: "\n", limitsDepth: false),
        Grammar(
            path: "package.json", reader: NodeWorkspaceManifest(),
            sample: "{\n  \"name\": \"a\",\n  \"workspaces\": [\"p/*\"],\n  \"dependencies\": {\"b\": \"1\"}\n}\n",
            open: "[", close: "]", prefix: "{\"name\": \"a\", \"x\": ", suffix: "}", limitsDepth: true),
        Grammar(
            path: "pom.xml", reader: MavenManifest(),
            sample: "<project>\n  <artifactId>a</artifactId>\n  <modules>\n    <module>m</module>\n  </modules>\n</project>\n",
            open: "<a>", close: "</a>", prefix: "<project><artifactId>a</artifactId>", suffix: "</project>",
            limitsDepth: true),
        Grammar(
            path: "settings.gradle", reader: GradleManifest(),
            sample: "rootProject.name = 'a'\ninclude(':b', ':c')\nproject(':c').projectDir = file('x/c')\n",
            open: "(", close: ")", prefix: "include ':b'\nfoo", suffix: "\n", limitsDepth: false),
        Grammar(
            path: "pyproject.toml", reader: PythonManifest(),
            sample: "[project]\nname = \"a\"\ndependencies = [\n  \"b>=1\",\n  \"c\",\n]\n",
            open: "[", close: "]", prefix: "[project]\nname = \"a\"\ndependencies = ", suffix: "\n", limitsDepth: true),
        Grammar(
            path: "setup.py", reader: PythonManifest(),
            sample: "from setuptools import setup\nsetup(\n    name=\"a\",\n    packages=[\"a\", \"a.b\"],\n)\n",
            open: "[", close: "]", prefix: "setup(name=\"a\", packages=", suffix: ")\n", limitsDepth: false),
        Grammar(
            path: "setup.cfg", reader: PythonManifest(), sample: "[metadata]\nname = a\n[options]\npackages =\n    a\n",
            open: "[", close: "]", prefix: "[metadata]\nname = a\n", suffix: "\n", limitsDepth: false),
        Grammar(
            path: "CMakeLists.txt", reader: CMakeManifest(),
            sample: "project(p)\nadd_library(core STATIC a.c b.c)\ntarget_link_libraries(core PUBLIC m)\n",
            open: "(", close: ")", prefix: "add_library(core ", suffix: ")\n", limitsDepth: false),
        Grammar(
            path: "BUILD.bazel", reader: BazelManifest(),
            sample: "cc_library(\n    name = \"a\",\n    srcs = [\"a.cc\"],\n    deps = [\"@x//y\"],\n)\n",
            open: "[", close: "]", prefix: "cc_library(name = \"a\", deps = ", suffix: ")\n", limitsDepth: false),
        Grammar(
            path: "build.sbt", reader: SbtManifest(),
            sample: "lazy val a = project\n  .in(file(\"a\"))\n  .dependsOn(b % \"compile->compile\", c)\nlazy val b = project\n",
            open: "(", close: ")", prefix: "lazy val a = project.settings", suffix: "\n", limitsDepth: false),
        Grammar(
            path: "deps.edn", reader: ClojureManifest(),
            sample: "{:paths [\"src\"] :deps {a/b {:local/root \"../b\"}, c/d {:mvn/version \"1\"}}}\n",
            open: "[", close: "]", prefix: "{:paths [\"src\"] :deps ", suffix: "}\n", limitsDepth: false),
        Grammar(
            path: "project.clj", reader: ClojureManifest(),
            sample: "(defproject acme/a \"1.0\"\n  :dependencies [[acme/b \"1.0\"]]\n  :main acme.core)\n",
            open: "[", close: "]", prefix: "(defproject acme/a \"1.0\" :dependencies ", suffix: ")\n", limitsDepth: false),
        Grammar(
            path: "src/a.app.src", reader: OTPApplicationManifest(),
            sample: "{application, a, [\n  {applications, [kernel, stdlib, b]}\n]}.\n",
            open: "[", close: "]", prefix: "{application, a, [{applications, ", suffix: "}]}.\n", limitsDepth: false),
        Grammar(
            path: "Makefile", reader: ErlangMkManifest(),
            sample: "PROJECT = a\ninclude erlang.mk\nDEPS = b \\\n  c $(call deps,\\\n  d e)\n",
            open: "(", close: ")", prefix: "PROJECT = a\ninclude erlang.mk\nDEPS = $", suffix: "\n", limitsDepth: false),
        Grammar(
            path: "A.xcodeproj/project.pbxproj", reader: XcodeProjectManifest(),
            sample: "// !$*UTF8*$!\n{\n\tobjects = {\n\t\tP = {isa = PBXProject; mainGroup = G; targets = (T, );};\n"
                + "\t\tG = {isa = PBXGroup; children = (F); sourceTree = \"<group>\";};\n"
                + "\t\tF = {isa = PBXFileReference; path = \"x.go\"; sourceTree = \"<group>\";};\n"
                + "\t\tB = {isa = PBXBuildFile; fileRef = F /* x.go */;};\n\t\tS = {isa = PBXSourcesBuildPhase; files = (B);};\n"
                + "\t\tT = {isa = PBXNativeTarget; buildPhases = (S); name = A; productType = \"com.apple.product-type.tool\";};\n"
                + "\t};\n\trootObject = P;\n}\n",
            open: "(", close: ")", prefix: "{ objects = {}; rootObject = P; x = ", suffix: "; }\n", limitsDepth: true),
    ]

    private func run(_ grammar: Grammar, _ bytes: [UInt8]) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning], seconds: Double) {
        // The files the valid samples refer to: a Maven module, Gradle projects, a Python package, Go code.
        let others: [String: [UInt8]] = [
            "a/__init__.py": [], "b/build.gradle": [], "m/pom.xml": Array("<project><artifactId>m</artifactId></project>".utf8),
            "x.go": [], "x/c/build.gradle": [], "a/A.scala": [],
        ]
        let paths = ([grammar.path] + others.keys).sorted()
        let context = ManifestContext(paths: paths) { $0 == grammar.path ? bytes : others[$0] }
        let started = Date()
        let result = grammar.reader.read(manifest: grammar.path, bytes: bytes, context: context)
        return (result.modules, result.warnings, Date().timeIntervalSince(started))
    }

    @Test(arguments: grammars)
    func validSampleReadsWithoutWarnings(grammar: Grammar) {
        let result = run(grammar, Array(grammar.sample.utf8))

        #expect(!result.modules.isEmpty)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test(arguments: grammars)
    func truncatedFileWarnsWithItsLine(grammar: Grammar) {
        // Cut inside the last bracket, string or element of the sample.
        let bytes = Array(grammar.sample.utf8)
        let truncated = Array(bytes.prefix(bytes.count * 3 / 4))

        let result = run(grammar, truncated)

        #expect(!result.warnings.isEmpty, "\(grammar.path) cut to \(String(decoding: truncated, as: UTF8.self))")
        #expect(result.warnings.allSatisfy { $0.path == grammar.path && $0.line >= 1 })
    }

    @Test(arguments: grammars)
    func binaryGarbageIsSkippedWithAWarning(grammar: Grammar) {
        var generator = SeededBytes(seed: 42)
        let garbage = (0..<4096).map { _ in generator.next() } + [0]

        let result = run(grammar, garbage)

        #expect(result.modules.isEmpty)
        #expect(result.warnings.map(\.description) == ["\(grammar.path):1: not a text file; skipped"])
    }

    @Test(arguments: grammars)
    func printableGarbageNeverCrashes(grammar: Grammar) {
        var generator = SeededBytes(seed: 7)
        let alphabet = Array("[]{}()<>\"'=#:,./\\ \n\tabc-_*!?".utf8)
        let garbage = (0..<20_000).map { _ in alphabet[Int(generator.next()) % alphabet.count] }

        let result = run(grammar, garbage)

        // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
        #expect(result.seconds < 10)
        // The capped parse problems, their summary, and at most one reader-level warning.
        #expect(result.warnings.count <= 12)
    }

    @Test(arguments: grammars)
    func unbalancedBracketsWarnWithALine(grammar: Grammar) {
        let text = grammar.prefix + String(repeating: grammar.open, count: 3) + grammar.suffix

        let result = run(grammar, Array(text.utf8))

        if grammar.path == "setup.cfg" {
            #expect(result.warnings.contains { $0.line == 3 })  // `[[[` is a section header without `]`
        } else {
            #expect(!result.warnings.isEmpty, "\(text)")
        }
        #expect(result.warnings.allSatisfy { $0.path == grammar.path && $0.line >= 1 })
    }

    @Test(arguments: grammars)
    func tenThousandNestedBracketsNeitherCrashNorHang(grammar: Grammar) {
        let depth = 10_000
        let balanced = grammar.prefix + String(repeating: grammar.open, count: depth)
            + String(repeating: grammar.close, count: depth) + grammar.suffix
        let unclosed = grammar.prefix + String(repeating: grammar.open + "\n", count: depth)

        let deep = run(grammar, Array(balanced.utf8))
        let open = run(grammar, Array(unclosed.utf8))

        // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
        #expect(deep.seconds < 10 && open.seconds < 10)
        if grammar.limitsDepth { #expect(!deep.warnings.isEmpty) }
        if grammar.path != "setup.cfg" { #expect(!open.warnings.isEmpty) }
        #expect(open.warnings.count <= 12)
    }
}

/// A deterministic byte stream (xorshift), so garbage inputs are the same on every run.
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next() -> UInt8 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state >> 24)
    }
}

/// The readers of formats with no brackets to leave open (a `.cabal` file's layout, `mix.exs` read for a few
/// keys): garbage never crashes them and costs little; they name what they could not read.
@Suite struct LayoutManifestRobustnessTests {
    static let readers: [(path: String, reader: any ManifestReader)] = [
        ("a.cabal", CabalManifest()), ("mix.exs", MixManifest()), ("package.yaml", HpackManifest()),
    ]

    @Test(arguments: [0, 1, 2])
    func printableGarbageNeverCrashes(index: Int) {
        let (path, reader) = Self.readers[index]
        var generator = SeededBytes(seed: 7)
        let alphabet = Array("[]{}()<>\"'=#:,./\\ \n\tabc-_*!?".utf8) + Array("library\napp: :x\ndeps\n{:".utf8)
        let garbage = (0..<20_000).map { _ in alphabet[Int(generator.next()) % alphabet.count] }
        let context = ManifestContext(paths: [path, "Main.hs"]) { $0 == path ? garbage : [] }
        let started = Date()

        let result = reader.read(manifest: path, bytes: garbage, context: context)

        // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.warnings.count <= 1)
    }

    @Test func aCabalFieldContinuedOverManyLinesIsReadOnce() {
        let text = "name: big\nlibrary\n  build-depends:\n" + String(repeating: "    base >= 4,\n", count: 50_000)
        let started = Date()

        let result = CabalManifest().read(manifest: "big.cabal", bytes: Array(text.utf8), context: ManifestContext(paths: []) { _ in nil })

        // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.modules.map(\.dependencies) == [["base"]])
    }
}
